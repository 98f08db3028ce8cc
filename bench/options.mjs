// The benchmark's command line.
import { join, resolve } from 'node:path';
import { DEFAULT_SIZES } from './datasets.mjs';
import { DEFAULT_PAGES, PAGES } from './scenarios.mjs';

const USAGE = `The performance benchmark: the app's production build beside a bare vis-timeline page and a
TimelineJS3 page, drawing the same synthetic events, in headless Debian Chromium.

  npm run bench                      # vite build, then: node bench/run.mjs
  node bench/run.mjs --sizes 1000 --reps 3 --report-only     # the short CI form

Options: --sizes 100,1000,10000  --reps 5  --warmup 1  --pages app,bare,timelinejs
         --timeout 120 (seconds per single measurement)  --quiet 1500 (ms without change = settled)
         --slow 30 (seconds): a comparison page whose load takes longer at a size is measured once,
           load only (a load that times out does that to the app too)
         --report-only (alias --budgets-only-report): print budgets, exit 0 even on a FAIL
         --out bench/results/latest.json
Extra pages for diagnosis (not in the default set): bare-span (the app's start/end options),
bare-park (built empty, no start/end, items added while the window is parked on an empty range),
bare-span-park (the same with start/end, as the app does it), bare-park-cv (bare-park with
content-visibility: auto on the rows), bare-bins (bare-park drawing per-row monthly counts while
more than 1,500 events are in view) and bare-cluster (bare-park with vis-timeline's clustering).
See bench/pages/bare.js.

It builds nothing of the app: it serves a snapshot of dist/ (so a rebuild during the run cannot
break it). It does build the bare page (bench/vite.bench.config.mjs) and writes the datasets.`;

/**
 * @typedef {{ sizes: number[], reps: number, warmup: number, pages: string[], timeoutMs: number,
 *   quietMs: number, slowMs: number, reportOnly: boolean, out: string }} Options
 * @param {string[]} argv  process.argv
 * @returns {Options}
 */
export function parseArgs(argv) {
  const opts = {
    sizes: DEFAULT_SIZES,
    reps: 5,
    warmup: 1,
    pages: DEFAULT_PAGES,
    timeoutMs: 120_000,
    quietMs: 1500,
    slowMs: 30_000,
    reportOnly: false,
    out: join(import.meta.dirname, 'results', 'latest.json'),
  };
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--sizes') opts.sizes = next().split(',').map(Number);
    else if (arg === '--reps') opts.reps = Number(next());
    else if (arg === '--warmup') opts.warmup = Number(next());
    else if (arg === '--pages') opts.pages = next().split(',');
    else if (arg === '--timeout') opts.timeoutMs = Number(next()) * 1000;
    else if (arg === '--quiet') opts.quietMs = Number(next());
    else if (arg === '--slow') opts.slowMs = Number(next()) * 1000;
    else if (arg === '--out') opts.out = resolve(next());
    else if (arg === '--report-only' || arg === '--budgets-only-report') opts.reportOnly = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (opts.sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes: positive integers');
  if (!(opts.reps >= 1)) throw new Error('--reps: at least 1');
  for (const p of opts.pages) if (!PAGES[p]) throw new Error(`--pages: unknown page ${p}`);
  return opts;
}

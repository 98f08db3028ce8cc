// The performance benchmark: the app's production build beside a bare vis-timeline page and a
// TimelineJS3 page, drawing the same synthetic events, in headless Debian Chromium.
//
//   npm run bench                      # vite build, then: node bench/run.mjs
//   node bench/run.mjs --sizes 1000 --reps 3 --report-only     # the short CI form
//   node bench/run.mjs --help          # every option
//
// This file only orchestrates: options (options.mjs), datasets (datasets.mjs), first-load bytes
// (bytes.mjs), the server (server.mjs), measuring (repeat.mjs, measure.mjs, scenarios/), statistics
// (stats.mjs), budgets (budgets.mjs) and the report (report.mjs).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs';
import { evaluateBudgets } from './budgets.mjs';
import { firstLoadBytesOfPages } from './bytes.mjs';
import { DATA_DIR, writeDatasets } from './datasets.mjs';
import { environment } from './machine.mjs';
import { parseArgs } from './options.mjs';
import { measureAll } from './repeat.mjs';
import { reportText, writeResults } from './report.mjs';
import { startServer } from './server.mjs';
import { harnessProblems } from './stats.mjs';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '..');

async function main() {
  const opts = parseArgs(process.argv);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/index.html is missing: build the app first (npx vite build, or npm run bench).');
    process.exit(2);
  }
  // A snapshot of the build, so a rebuild while we measure cannot pull files from under us.
  const dirs = {
    app: join(HERE, '.dist', 'app'),
    data: DATA_DIR,
    bare: join(HERE, '.dist', 'bare'),
    pages: join(HERE, 'pages'),
    timelinejs: join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
  };
  rmSync(dirs.app, { recursive: true, force: true });
  cpSync(dist, dirs.app, { recursive: true });

  console.log(`datasets: ${opts.sizes.join(', ')} events → ${DATA_DIR.replace(`${ROOT}/`, '')}`);
  writeDatasets(opts.sizes);
  console.log('building the bare vis-timeline page (bench/vite.bench.config.mjs)');
  await build({ configFile: join(HERE, 'vite.bench.config.mjs') });
  const bytes = firstLoadBytesOfPages(dirs);

  const { server, port } = await startServer(dirs);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const env = environment(browser.version());
  console.log(`Chromium ${env.chromium}, ${env.nproc} cores, ${env.cpu}; serving ${base}`);

  let results;
  try {
    results = await measureAll(browser, base, opts, elapsed);
  } finally {
    await browser.close();
    server.close();
  }

  const budgets = evaluateBudgets(results, bytes, opts);
  const text = reportText(results, bytes, budgets, opts);
  console.log(`\n${text}`);
  writeResults(opts.out, { environment: env, opts, bytes, results, budgets, text });
  console.log(`\nwrote ${opts.out.replace(`${ROOT}/`, '')} in ${elapsed()}`);

  // The harness itself must not rot: a script error, a page error, a missing measurement or a
  // request that left 127.0.0.1 fails the run even with --report-only.
  const problems = harnessProblems(results);
  if (problems.length) {
    console.log(
      `\nHarness problems (exit 3 even with --report-only):\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
    process.exit(3);
  }
  const failed = budgets.filter((b) => b.status === 'FAIL').length;
  if (failed && !opts.reportOnly) {
    console.log(`${failed} budget(s) FAIL`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

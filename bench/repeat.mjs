// Every size, every page: a warm-up, then the repetitions, in an order that changes each time, each
// after the machine has gone quiet. A comparison page too slow to load is measured once, load only.
import { datasetInfo } from './datasets.mjs';
import { waitForIdle } from './machine.mjs';
import { measure } from './measure.mjs';
import { runLine } from './report.mjs';
import { statsOfRuns } from './stats.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base  the server's origin
 * @param {import('./options.mjs').Options} opts
 * @param {() => string} elapsed  time since the start, for the log
 */
export async function measureAll(browser, base, opts, elapsed) {
  const results = {};
  let width = null;
  for (const size of opts.sizes) {
    const info = datasetInfo(size);
    if (width) info.width = width;
    results[size] = Object.fromEntries(opts.pages.map((p) => [p, { runs: [] }]));
    const slow = new Set();
    for (let rep = -opts.warmup; rep < opts.reps; rep++) {
      const warm = rep < 0;
      // Alternate the order so no page always runs first or last.
      const k = ((rep % opts.pages.length) + opts.pages.length) % opts.pages.length;
      const order = [...opts.pages.slice(k), ...opts.pages.slice(0, k)];
      for (const name of order) {
        if (slow.has(name)) continue;
        // Other work on the machine (a build, a test run) would skew the numbers: wait for quiet.
        const busy = await waitForIdle();
        const r = await measure(browser, base, name, size, info, opts, { loadOnly: warm });
        r.cpuBusyBefore = busy;
        if (r.slow) {
          // Keep this one load (even a warm-up's) as the only measurement of this page here.
          slow.add(name);
          results[size][name].slow = true;
          if (warm) results[size][name].runs.push(r);
        }
        // The bare page is drawn as wide as the app's timeline.
        if (name === 'app' && r.checks.width && !width) {
          width = Math.round(r.checks.width);
          info.width = width;
        }
        const when = warm ? 'warm-up' : `rep ${rep + 1}`;
        console.log(`[${elapsed()}] ${size} ${when} ${name}: ${runLine(r, busy, opts)}`);
        if (!warm) results[size][name].runs.push(r);
      }
    }
    for (const name of opts.pages) results[size][name].stats = statsOfRuns(results[size][name].runs);
  }
  return results;
}

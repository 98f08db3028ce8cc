// What is measured, the median and range of each measurement, and whether the harness itself worked.
import { PAGES } from './scenarios.mjs';

/** A measurement that took longer than `--timeout`. */
export const TIMEOUT = 'timeout';

/** Every metric: key, name in the report, unit. */
export const METRICS = [
  ['firstItems', 'first items drawn', 'ms'],
  ['fitted', 'fitted first view', 'ms'],
  ['filterHalf', 'filter to half', 'ms'],
  ['restoreAll', 'back to all events', 'ms'],
  ['zoomMonth', 'zoom in to ~a month', 'ms'],
  ['zoomFull', 'zoom out to full range', 'ms'],
  ['details', "open an event's details", 'ms'],
  ['typingMaxTask', 'longest task while typing', 'ms'],
  ['heapMB', 'JS heap after load', 'MB'],
];

/**
 * Median, min and max of one metric over the repetitions; a timeout counts as Infinity.
 * @param {(number | null | typeof TIMEOUT)[]} values
 */
export function stats(values) {
  const timeouts = values.filter((v) => v === TIMEOUT).length;
  const nums = values.map((v) => (v === TIMEOUT ? Infinity : v)).filter((v) => typeof v === 'number');
  if (!nums.length) return { n: 0, timeouts, values };
  const sorted = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: nums.length, timeouts, median, min: sorted[0], max: sorted.at(-1), values };
}

/** Stats of every metric over a page's runs. @param {{ metrics: Record<string, unknown> }[]} runs */
export function statsOfRuns(runs) {
  return Object.fromEntries(
    METRICS.map(([k]) => [k, stats(runs.map((r) => r.metrics[k]).filter((v) => v !== undefined))]),
  );
}

/**
 * What says the harness broke rather than the app got slow: a script or page error, a request that
 * left 127.0.0.1, a measurement missing from a run that neither timed out nor was too slow.
 */
export function harnessProblems(results) {
  const problems = [];
  for (const [size, pages] of Object.entries(results)) {
    for (const [name, entry] of Object.entries(pages)) {
      entry.runs.forEach((r, i) => {
        const at = `${size} ${name} rep ${i + 1}`;
        for (const e of r.errors) if (!e.startsWith('console:')) problems.push(`${at}: ${e}`);
        if (r.blocked.length)
          problems.push(`${at}: ${r.blocked.length} request(s) left 127.0.0.1: ${r.blocked[0]}`);
        if (r.timedOut || r.slow) return;
        const expected = ['firstItems', 'heapMB', 'filterHalf', 'restoreAll', 'zoomMonth', 'zoomFull'];
        if (!PAGES[name].noDetails) expected.push('details');
        if (name === 'app') expected.push('typingMaxTask');
        const missing = expected.filter((k) => r.metrics[k] === undefined);
        if (missing.length) problems.push(`${at}: no ${missing.join(', ')}`);
      });
    }
  }
  return problems;
}

// The performance budgets, as data, and how a run's results are held against them. Each budget that
// needs a dataset size or a page the run left out is SKIP ("not run").
import { ms } from './format.mjs';

/**
 * @typedef {{ page: string, metric: string }} Measured  a metric of a page, by median
 * @typedef {(
 *   | { kind: 'no-later-than', size: number, of: Measured, than: Measured }
 *   | { kind: 'below' | 'at-most', size: number, of: Measured, limit: number }
 *   | { kind: 'times-sooner', size: number, of: Measured, than: Measured & { label: string }, factor: number }
 *   | { kind: 'first-load-js' | 'timeline-view-js', maxKB: number }
 *   | { kind: 'bundle', momentCopies: number, foreignLocales: number }
 * ) & { name: string }} Budget
 * @typedef {{ name: string, status: 'PASS' | 'FAIL' | 'SKIP', detail: string }} Verdict
 */

const app = (metric) => ({ page: 'app', metric });

/** @type {Budget[]} */
export const BUDGETS = [
  {
    name: '10k: fitted first view <= bare first items',
    kind: 'no-later-than',
    size: 10_000,
    of: app('fitted'),
    than: { page: 'bare', metric: 'firstItems' },
  },
  { name: '10k: filter to half < 150 ms', kind: 'below', size: 10_000, of: app('filterHalf'), limit: 150 },
  {
    name: '10k: back to all events < 600 ms',
    kind: 'below',
    size: 10_000,
    of: app('restoreAll'),
    limit: 600,
  },
  {
    name: '10k: zoom out to full range < 500 ms',
    kind: 'below',
    size: 10_000,
    of: app('zoomFull'),
    limit: 500,
  },
  {
    name: '10k: no task over 200 ms while typing',
    kind: 'at-most',
    size: 10_000,
    of: app('typingMaxTask'),
    limit: 200,
  },
  {
    name: '1k: fitted view >= 3x sooner than TimelineJS',
    kind: 'times-sooner',
    size: 1000,
    of: app('fitted'),
    than: { page: 'timelinejs', metric: 'firstItems', label: 'TimelineJS' },
    factor: 3,
  },
  { name: 'first-load JS <= 120 kB gzip', kind: 'first-load-js', maxKB: 120 },
  { name: 'one copy of moment, no unused locales', kind: 'bundle', momentCopies: 1, foreignLocales: 0 },
  // Issue 15: fast where readers are (50 to 1,000 events), and stricter at 10,000.
  {
    name: '100: fitted view <= bare first items',
    kind: 'no-later-than',
    size: 100,
    of: app('fitted'),
    than: { page: 'bare', metric: 'firstItems' },
  },
  {
    name: '100: fitted view >= 2x sooner than TimelineJS',
    kind: 'times-sooner',
    size: 100,
    of: app('fitted'),
    than: { page: 'timelinejs', metric: 'firstItems', label: 'TimelineJS' },
    factor: 2,
  },
  {
    name: '1k: fitted view <= bare first items',
    kind: 'no-later-than',
    size: 1000,
    of: app('fitted'),
    than: { page: 'bare', metric: 'firstItems' },
  },
  { name: '10k: filter to half <= 60 ms', kind: 'at-most', size: 10_000, of: app('filterHalf'), limit: 60 },
  {
    name: '10k: back to all events <= 60 ms',
    kind: 'at-most',
    size: 10_000,
    of: app('restoreAll'),
    limit: 60,
  },
  {
    name: '10k: zoom in to a month <= bare',
    kind: 'no-later-than',
    size: 10_000,
    of: app('zoomMonth'),
    than: { page: 'bare', metric: 'zoomMonth' },
  },
  {
    name: '10k: no task over 100 ms while typing',
    kind: 'at-most',
    size: 10_000,
    of: app('typingMaxTask'),
    limit: 100,
  },
  { name: 'timeline view JS <= 200 kB gzip', kind: 'timeline-view-js', maxKB: 200 },
];

/**
 * @param {Record<number, Record<string, { stats?: Record<string, { n: number, median?: number, timeouts: number }> }>>} results
 * @param {{ app: { js: { gzip: number }, css: { gzip: number }, timelineView: { gzip: number }, checks: { momentCopies: number, foreignLocales: number } } }} bytes
 * @param {{ sizes: number[], pages: string[] }} opts  what the run measured
 * @returns {Verdict[]}
 */
export function evaluateBudgets(results, bytes, opts, budgets = BUDGETS) {
  const stat = (size, { page, metric }) => results[size]?.[page]?.stats?.[metric];
  const med = (x) => (x?.n ? x.median : undefined);
  const timedOut = (x) => (x?.timeouts ?? 0) > 0;
  const ran = (b) =>
    !('size' in b) ||
    (opts.sizes.includes(b.size) && [b.of, b.than].every((m) => !m || opts.pages.includes(m.page)));

  /** @type {(b: Budget) => [pass: boolean, detail: string]} */
  const check = (b) => {
    if (b.kind === 'first-load-js') {
      const kb = bytes.app.js.gzip / 1000;
      return [kb <= b.maxKB, `${kb.toFixed(1)} kB (+ ${(bytes.app.css.gzip / 1000).toFixed(1)} kB CSS)`];
    }
    if (b.kind === 'timeline-view-js') {
      const kb = bytes.app.timelineView.gzip / 1000;
      return [kb <= b.maxKB, `${kb.toFixed(1)} kB`];
    }
    if (b.kind === 'bundle') {
      const { momentCopies, foreignLocales } = bytes.app.checks;
      return [
        momentCopies === b.momentCopies && foreignLocales === b.foreignLocales,
        `moment copies ${momentCopies}, foreign locale month names ${foreignLocales}`,
      ];
    }
    const x = stat(b.size, b.of);
    const v = med(x);
    if (b.kind === 'below' || b.kind === 'at-most') {
      const within = v !== undefined && (b.kind === 'below' ? v < b.limit : v <= b.limit);
      return [!timedOut(x) && within, `median ${ms(v)}${timedOut(x) ? `, ${x.timeouts} timeout(s)` : ''}`];
    }
    const ref = med(stat(b.size, b.than));
    if (b.kind === 'no-later-than')
      return [
        !timedOut(x) && v !== undefined && ref !== undefined && v <= ref,
        `${b.of.page} ${ms(v)} vs ${b.than.page} ${ms(ref)}`,
      ];
    const r = v && ref ? ref / v : null;
    return [
      !timedOut(x) && r !== null && r >= b.factor,
      `${b.than.label}/${b.of.page} = ${r ? r.toFixed(2) : '–'}`,
    ];
  };

  return budgets.map((b) => {
    if (!ran(b)) return { name: b.name, status: 'SKIP', detail: 'not run' };
    const [pass, detail] = check(b);
    return { name: b.name, status: pass ? 'PASS' : 'FAIL', detail };
  });
}

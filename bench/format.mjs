// How the benchmark writes numbers: counts, milliseconds, medians with their range, text tables.

/** @param {number} n */
export const fmt = (n) => n.toLocaleString('en-US');

/** A value in a table cell: ms or MB, a long time in seconds, 'timeout' for Infinity. */
export const show = (v, unit) => {
  if (v === undefined || v === null || Number.isNaN(v)) return '–';
  if (v === Infinity) return 'timeout';
  if (unit === 'MB') return v.toFixed(1);
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : String(Math.round(v));
};

/** A time with its unit, for budgets. */
export const ms = (v) =>
  v === undefined
    ? '–'
    : v === Infinity
      ? 'timeout'
      : v >= 10_000
        ? `${(v / 1000).toFixed(1)} s`
        : `${Math.round(v)} ms`;

/** `median (min–max)` of a metric's stats. */
export const cell = (s, unit) =>
  s && s.n ? `${show(s.median, unit)} (${show(s.min, unit)}–${show(s.max, unit)})` : '–';

/** Median over median, when both are finite numbers. */
export const ratio = (a, b) =>
  a?.n && b?.n && Number.isFinite(a.median) && Number.isFinite(b.median) && b.median > 0
    ? a.median / b.median
    : null;

/** A text table; the first row is the header. @param {unknown[][]} rows */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, i) => {
      const line = r.map((v, c) => String(v).padEnd(widths[c])).join(' | ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : line;
    })
    .join('\n');
}

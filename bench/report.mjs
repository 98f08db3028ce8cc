// What the benchmark prints and writes: a log line per measurement, a table per size, first-load
// bytes, the budgets, and every number in a JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cell, fmt, ratio, show, table } from './format.mjs';
import { PAGES } from './scenarios.mjs';
import { METRICS, TIMEOUT } from './stats.mjs';

/** The log line of one measurement, after its page and repetition. */
export function runLine(r, busy, opts) {
  const m = r.metrics;
  return (
    METRICS.filter(([k]) => m[k] !== undefined)
      .map(([k, , unit]) => `${k} ${m[k] === TIMEOUT ? 'TIMEOUT' : show(m[k], unit)}`)
      .join(', ') +
    (busy !== null && busy > 0.25 ? ` — machine ${Math.round(busy * 100)}% busy before it` : '') +
    (r.slow ? ` — slower than --slow ${opts.slowMs / 1000} s: measured once, load only` : '') +
    (r.errors.length ? ` — errors: ${r.errors.slice(0, 2).join(' | ')}` : '') +
    (r.blocked.length ? ` — blocked ${r.blocked.length} off-host request(s)` : '')
  );
}

/** The tables and the budgets, as printed at the end of a run. */
export function reportText(results, bytes, budgetList, opts) {
  const lines = [];
  const label = (p) => PAGES[p].label;
  const pages = opts.pages;
  for (const size of opts.sizes) {
    const rows = [
      [
        `${fmt(size)} events: median (min–max), n=${opts.reps}`,
        ...pages.map(label),
        ...(pages.includes('bare') ? ['app/bare'] : []),
        ...(pages.includes('timelinejs') ? ['app/TimelineJS'] : []),
      ],
    ];
    for (const [k, name, unit] of METRICS) {
      const st = (p) => results[size][p]?.stats[k];
      if (!pages.some((p) => st(p)?.n)) continue;
      const rb = ratio(st('app'), st('bare'));
      const rt = ratio(st('app'), st('timelinejs'));
      rows.push([
        `${name} (${unit})`,
        ...pages.map((p) => cell(st(p), unit) + (results[size][p].slow && st(p)?.n ? ' *' : '')),
        ...(pages.includes('bare') ? [rb ? rb.toFixed(2) : '–'] : []),
        ...(pages.includes('timelinejs') ? [rt ? rt.toFixed(2) : '–'] : []),
      ]);
    }
    lines.push(table(rows));
    const slowPages = pages.filter((p) => results[size][p].slow).map(label);
    if (slowPages.length)
      lines.push(
        `* ${slowPages.join(', ')}: load slower than ${opts.slowMs / 1000} s, measured once, load only`,
      );
    lines.push('');
  }
  lines.push(
    table([
      ['first load, gzip (zlib default)', ...Object.keys(bytes)],
      ['JS (kB)', ...Object.values(bytes).map((b) => (b.js.gzip / 1000).toFixed(1))],
      ['CSS (kB)', ...Object.values(bytes).map((b) => (b.css.gzip / 1000).toFixed(1))],
    ]),
    '',
  );
  lines.push('Budgets:');
  for (const b of budgetList) lines.push(`  ${b.status.padEnd(4)}  ${b.name}  — ${b.detail}`);
  return lines.join('\n');
}

/** Every number of the run, described in bench/results/README.md. */
export function writeResults(file, { environment, opts, bytes, results, budgets, text }) {
  const slim = Object.fromEntries(
    Object.entries(results).map(([size, pages]) => [
      size,
      Object.fromEntries(
        Object.entries(pages).map(([p, e]) => [
          p,
          {
            stats: e.stats,
            slow: e.slow ?? false,
            runs: e.runs.map((r) => ({
              metrics: r.metrics,
              checks: r.checks,
              errors: r.errors,
              blocked: r.blocked,
              timedOut: r.timedOut,
              cpuBusyBefore: r.cpuBusyBefore,
            })),
          },
        ]),
      ),
    ]),
  );
  const all = {
    environment,
    options: { ...opts, out: undefined },
    bytes,
    results: slim,
    budgets,
    table: text,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, (k, v) => (v === Infinity ? 'timeout' : v), 2)}\n`);
}

// The performance benchmark: the app's production build beside a bare vis-timeline page and a
// TimelineJS3 page, drawing the same synthetic events, in headless Debian Chromium.
//
//   npm run bench                      # vite build, then: node bench/run.mjs
//   node bench/run.mjs --sizes 1000 --reps 3 --report-only     # the short CI form
//
// Options: --sizes 100,1000,10000  --reps 5  --warmup 1  --pages app,bare,timelinejs
//          --timeout 120 (seconds per single measurement)  --quiet 1500 (ms without change = settled)
//          --slow 30 (seconds): a comparison page whose load takes longer at a size is measured once,
//            load only (a load that times out does that to the app too)
//          --report-only (alias --budgets-only-report): print budgets, exit 0 even on a FAIL
//          --out bench/results/latest.json
// Extra pages for diagnosis (not in the default set): bare-span (the app's start/end options),
// bare-park (built empty, no start/end, items added while the window is parked on an empty range),
// bare-span-park (the same with start/end, as the app does it), bare-park-cv (bare-park with
// content-visibility: auto on the rows), bare-bins (bare-park drawing per-row monthly counts while
// more than 1,500 events are in view) and bare-cluster (bare-park with vis-timeline's clustering).
// See bench/pages/bare.js.
//
// It builds nothing of the app: it serves a snapshot of dist/ (so a rebuild during the run cannot
// break it). It does build the bare page (bench/vite.bench.config.mjs) and writes the datasets.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_SIZES, DATA_DIR, datasetPath, writeDatasets } from './generate.mjs';
import { instrument } from './instrument.js';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const VIEWPORT = { width: 1280, height: 900 };

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = {
    sizes: DEFAULT_SIZES,
    reps: 5,
    warmup: 1,
    pages: ['app', 'bare', 'timelinejs'],
    timeoutMs: 120_000,
    quietMs: 1500,
    slowMs: 30_000,
    reportOnly: false,
    out: join(HERE, 'results', 'latest.json'),
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
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (opts.sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes: positive integers');
  if (!(opts.reps >= 1)) throw new Error('--reps: at least 1');
  for (const p of opts.pages) if (!PAGES[p]) throw new Error(`--pages: unknown page ${p}`);
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Pages and what each does for every operation

const TIMEOUT = 'timeout';

class MeasurementTimeout extends Error {
  constructor(what) {
    super(`${what}: no result after the time limit`);
    this.what = what;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  promise.catch(() => {}); // the page is closed after a timeout; its pending call then rejects
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new MeasurementTimeout(what)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const arm = {
  always: (page, t) => page.evaluate((t) => window.__bench.arm(() => true, t), t),
  status: (page, text, t) =>
    page.evaluate(
      ({ text, t }) =>
        window.__bench.arm(
          () =>
            [...document.querySelectorAll('[role=status]')].some(
              (e) => e.textContent.replace(/\s+/g, ' ').trim() === text,
            ),
          t,
        ),
      { text, t },
    ),
  dialog: (page, title, t) =>
    page.evaluate(
      ({ title, t }) =>
        window.__bench.arm(() => {
          const dialog = document.querySelector('[role=dialog]');
          return dialog !== null && dialog.textContent.includes(title);
        }, t),
      { title, t },
    ),
  tlReady: (page, t) => page.evaluate((t) => window.__bench.arm(() => window.__bench.ready(), t), t),
  tlSlide: (page, id, t) =>
    page.evaluate(
      ({ id, t }) =>
        window.__bench.arm(() => {
          const text = document.getElementById(id);
          const box = document.querySelector('.tl-storyslider');
          if (!text || !box) return false;
          const r = text.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          return r.width > 0 && r.left >= b.left - 1 && r.right <= b.right + 1;
        }, t),
      { id, t },
    ),
};

/** Calls window.bench[name](...args) right after marking the start time. */
const callApi = (page, name, args = []) =>
  page.evaluate(
    ({ name, args }) => {
      window.__bench.start();
      window.bench[name](...args);
    },
    { name, args },
  );

/** An event (a marker or a box; or another kind) fully inside the timeline's centre panel and the viewport: where to click. */
const findItemToClick = (
  page,
  selector = '.vis-item.vis-point:not(.vis-cluster), .vis-item.vis-box:not(.vis-cluster)',
  minWidth = 40,
) =>
  page.evaluate(
    ({ selector, minWidth }) => {
      window.scrollTo(0, 0);
      const center = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!center) return null;
      const bottom = Math.min(center.bottom, window.innerHeight);
      const candidates = [...document.querySelectorAll(selector)].filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > minWidth &&
          r.left >= center.left &&
          r.right <= center.right &&
          r.top >= center.top &&
          r.bottom <= bottom
        );
      });
      const el = candidates[Math.floor(candidates.length / 2)];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2, title: el.textContent.trim() };
    },
    { selector, minWidth },
  );

const fmt = (n) => n.toLocaleString('en-US');

/** The bare vis-timeline page (bench/pages/bare.js) with the given query: the reference or a variant. */
const barePage = (label, query) => ({
  kind: 'vis',
  label,
  url: (size, info) =>
    `/bench/bare/bare.html?data=/bench-data/events-${size}.json&width=${info.width}&${query}`,
  run: (ctx) => runBare(ctx),
});

const PAGES = {
  app: {
    kind: 'vis',
    label: 'app',
    url: (size) => `/?data=/bench-data/events-${size}.json`,
    async run(ctx) {
      const { page, info, op, t } = ctx;
      const total = `Showing ${fmt(info.total)} of ${fmt(info.total)} events`;
      // Keystrokes in the search box, and the filtering each one causes: the longest task, from the
      // first key until the final count is shown and painted.
      await op('typingMaxTask', async () => {
        const search = page.getByRole('searchbox', { name: 'Search events' });
        await search.click();
        const since = await page.evaluate(() => performance.now());
        await arm.status(page, `Showing ${fmt(info.queryCount)} of ${fmt(info.total)} events`, t);
        await page.keyboard.type(info.query, { delay: 120 });
        const done = await page.evaluate(() => window.__bench.pending);
        if (done.timeout) return done;
        await page.waitForTimeout(300);
        const tasks = await page.evaluate(() => window.__bench.longTasks);
        const during = tasks.filter(([start]) => start >= since).map(([, d]) => d);
        // Back to every event before the next operation (not measured).
        await arm.status(page, total, t);
        await page.evaluate(() => window.__bench.start());
        await search.fill('');
        const back = await page.evaluate(() => window.__bench.pending);
        if (back.timeout) return back;
        return during.length ? Math.max(...during) : 0;
      });
      const iran = page.getByRole('checkbox', { name: /^Iran \(/ });
      await op('filterHalf', async () => {
        await arm.status(page, `Showing ${fmt(info.half)} of ${fmt(info.total)} events`, t);
        await iran.click();
        return page.evaluate(() => window.__bench.pending);
      });
      await op('restoreAll', async () => {
        await arm.status(page, total, t);
        await iran.click();
        return page.evaluate(() => window.__bench.pending);
      });
      await op('zoomMonth', async () => {
        const button = page.getByRole('button', { name: 'Zoom in' });
        let sum = 0;
        for (let i = 0; i < info.zoomSteps; i++) {
          await arm.always(page, t);
          await button.click();
          const r = await page.evaluate(() => window.__bench.pending);
          if (r.timeout) return r;
          sum += r.ms;
        }
        return { ms: sum };
      });
      await op('zoomFull', async () => {
        await arm.always(page, t);
        await page.getByRole('button', { name: 'Fit all' }).click();
        return page.evaluate(() => window.__bench.pending);
      });
      ctx.checks.fullAfterZoom = await page.evaluate(() => window.__bench.axisYears());
      await op('details', async () => {
        let target = await findItemToClick(page);
        // The full range of a large set shows counts: a reader clicks one (or a few, each zooming
        // further) to reach its events first. Not part of the measurement.
        for (let i = 0; !target && i < 4; i++) {
          const count = await findItemToClick(page, '.vis-item.et-count', 10);
          if (!count) break;
          await arm.always(page, t);
          await page.mouse.click(count.x, count.y);
          const zoomed = await page.evaluate(() => window.__bench.pending);
          if (zoomed.timeout) return zoomed;
          await page.waitForTimeout(300); // let the new items settle
          target = await findItemToClick(page);
        }
        if (!target) throw new Error('no item to click');
        await arm.dialog(page, target.title, t);
        await page.mouse.click(target.x, target.y);
        return page.evaluate(() => window.__bench.pending);
      });
    },
  },
  bare: barePage('bare vis-timeline', 'filter=dataview&window=fit'),
  'bare-span': barePage('bare, app window', 'filter=dataset&window=span'),
  'bare-park': barePage('bare, parked', 'filter=dataset&window=park'),
  'bare-span-park': barePage('bare, app window, parked', 'filter=dataset&window=span-park'),
  'bare-park-cv': barePage('bare, parked, content-visibility', 'filter=dataset&window=park&cv=1'),
  'bare-bins': {
    ...barePage('bare, parked, counts when dense', 'filter=dataset&window=park&bins=1500'),
    noDetails: true,
  },
  'bare-cluster': barePage('bare, parked, clustered', 'filter=dataset&window=park&cluster=3'),
  timelinejs: {
    kind: 'timelinejs',
    label: 'TimelineJS3',
    url: (size) => `/bench/pages/timelinejs.html?data=/bench-data/events-${size}.json`,
    async run({ page, info, op, t }) {
      for (const [name, method] of [
        ['filterHalf', 'filterHalf'],
        ['restoreAll', 'restoreAll'],
      ]) {
        await op(name, async () => {
          await arm.tlReady(page, t);
          await callApi(page, method);
          return page.evaluate(() => window.__bench.pending);
        });
      }
      for (const [name, method] of [
        ['zoomMonth', 'zoomMonth'],
        ['zoomFull', 'zoomFull'],
      ]) {
        await op(name, async () => {
          await arm.always(page, t);
          await callApi(page, method);
          return page.evaluate(() => window.__bench.pending);
        });
      }
      await op('details', async () => {
        await arm.tlSlide(page, info.midId, t);
        await callApi(page, 'open', [info.midId]);
        return page.evaluate(() => window.__bench.pending);
      });
    },
  },
};

async function runBare({ page, info, op, t, checks, noDetails }) {
  for (const name of ['filterHalf', 'restoreAll']) {
    await op(name, async () => {
      await arm.always(page, t);
      await callApi(page, name);
      return page.evaluate(() => window.__bench.pending);
    });
  }
  await op('zoomMonth', async () => {
    let sum = 0;
    for (let i = 0; i < info.zoomSteps; i++) {
      await arm.always(page, t);
      await callApi(page, 'zoomIn');
      const r = await page.evaluate(() => window.__bench.pending);
      if (r.timeout) return r;
      sum += r.ms;
    }
    checks.monthWindowDays = await page.evaluate(() => {
      const w = window.bench.window();
      return Math.round((w.end - w.start) / 864e5);
    });
    return { ms: sum };
  });
  await op('zoomFull', async () => {
    await arm.always(page, t);
    await callApi(page, 'fit');
    return page.evaluate(() => window.__bench.pending);
  });
  checks.fullAfterZoom = await page.evaluate(() => window.__bench.axisYears());
  if (noDetails) return; // counts at the full range: no event box to open
  await op('details', async () => {
    const target = await findItemToClick(page);
    if (!target) throw new Error('no item to click');
    await arm.dialog(page, target.title, t);
    await page.mouse.click(target.x, target.y);
    return page.evaluate(() => window.__bench.pending);
  });
}

/** One page, one dataset size, one repetition: a fresh browser context. */
async function measure(browser, base, name, size, info, opts, { loadOnly = false } = {}) {
  const def = PAGES[name];
  const out = { metrics: {}, checks: {}, errors: [], blocked: [] };
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      out.blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => out.errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') out.errors.push(`console: ${m.text().slice(0, 300)}`);
  });
  await page.addInitScript(instrument, { kind: def.kind, quietMs: opts.quietMs, maxSettleMs: 20_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const t = opts.timeoutMs;
  const op = async (metric, fn) => {
    const r = await withTimeout(fn(), t, metric);
    if (r && typeof r === 'object' && r.timeout) throw new MeasurementTimeout(metric);
    out.metrics[metric] = typeof r === 'number' ? r : r.ms;
  };
  try {
    await page.goto(base + def.url(size, info), { waitUntil: 'commit', timeout: t });
    // First items within the time limit; then the view may keep settling for a while.
    await withTimeout(
      page.waitForFunction(() => window.__bench?.readyAt != null, null, { timeout: 0, polling: 250 }),
      t,
      'firstItems',
    );
    const load = await withTimeout(
      page.evaluate(() => window.__bench.loaded),
      opts.quietMs + 25_000,
      'fitted',
    );
    out.metrics.firstItems = load.firstItems;
    out.metrics.fitted = load.fitted;
    out.checks.axisYearsAtLoad = load.axisYears;
    if (def.kind === 'vis') {
      const [first, last] = load.axisYears ?? [Infinity, -Infinity];
      out.checks.fittedAtLoad = first <= info.firstYear && last >= info.lastYear;
      if (!out.checks.fittedAtLoad) out.metrics.fitted = null; // drawn, but not the full range
    }
    if (name === 'app')
      out.checks.width = await page.evaluate(
        () => document.querySelector('.et-timeline')?.getBoundingClientRect().width,
      );
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    out.metrics.heapMB = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6;
    // A comparison page this slow to load (TimelineJS3 with 10,000 events) would take the run past
    // its time budget: it is measured once, load only (see the loop in main). The app always runs.
    out.slow = name !== 'app' && load.firstItems > opts.slowMs;
    if (!loadOnly && !out.slow)
      await def.run({ page, info, op, t, checks: out.checks, noDetails: def.noDetails });
  } catch (error) {
    if (error instanceof MeasurementTimeout) {
      out.metrics[error.what] = TIMEOUT;
      out.timedOut = error.what;
      if (error.what === 'firstItems' || error.what === 'fitted') out.slow = true;
    } else out.errors.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}

/** Fraction of the machine's CPU time spent busy over `ms` (Linux /proc/stat), or null. */
async function cpuBusy(ms = 300) {
  const read = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  if (!a) return null;
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/** Waits (up to maxMs) until other processes leave the CPU mostly idle; returns the last reading. */
async function waitForIdle(maxMs = 30_000, threshold = 0.25) {
  const until = Date.now() + maxMs;
  let busy = await cpuBusy();
  while (busy !== null && busy > threshold && Date.now() < until) busy = await cpuBusy(1000);
  return busy;
}

// ---------------------------------------------------------------------------------------------
// Static facts: datasets, bytes on first load

function datasetInfo(size) {
  const data = JSON.parse(readFileSync(datasetPath(size), 'utf8'));
  const events = data.events;
  const last = events.reduce((m, e) => ((e.endDate ?? e.date) > m ? (e.endDate ?? e.date) : m), '');
  const days = (Date.parse(last) - Date.parse(events[0].date)) / 864e5;
  // The app's window: the span plus 1/50 before and 1/8 after (src/timeline/timeline-view.tsx).
  const windowDays = days + Math.max(10, days / 50) + Math.max(30, days / 8);
  return {
    size,
    total: events.length,
    half: events.filter((e) => e.actors.some((a) => a.actor === 'iran')).length,
    firstYear: Number(events[0].date.slice(0, 4)),
    lastYear: Number(events.at(-1).date.slice(0, 4)),
    // "Zoom in" halves the window (zoomIn(1)): this many presses bring it to about a month.
    zoomSteps: Math.max(1, Math.round(Math.log2(windowDays / 30))),
    midId: events[Math.floor(events.length / 2)].id,
    // A tag: the app's text search (src/filters/apply-filters.ts) matches titles, summaries, actor
    // names and aliases, tags and publishers.
    query: 'wiper',
    queryCount: events.filter((e) => {
      const actors = e.actors.flatMap(({ actor }) => {
        const a = data.actors.find((x) => x.id === actor);
        return a ? [a.name, a.shortName ?? '', ...a.aliases] : [];
      });
      const text = [e.title, e.summary, ...actors, ...e.tags, ...e.sources.map((s) => s.publisher)];
      return text.join('\n').toLowerCase().includes('wiper');
    }).length,
    width: 968,
  };
}

/** Scripts, stylesheets and module preloads an HTML file loads, gzip sizes (zlib default level). */
function firstLoadBytes(htmlFile, mapUrl) {
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(stylesheet|modulepreload)"/.test(tag)) refs.push(/href="([^"]+)"/.exec(tag)[1]);
  }
  return bytesOf(refs.map((ref) => mapUrl(ref)).filter(Boolean));
}

function bytesOf(files) {
  const out = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] };
  for (const file of files) {
    const body = readFileSync(file);
    const kind = /\.css$/.test(file) ? 'css' : 'js';
    const gz = gzipSync(body).length;
    out[kind].raw += body.length;
    out[kind].gzip += gz;
    out.files.push({ file: file.replace(`${ROOT}/`, ''), raw: body.length, gzip: gz });
  }
  return out;
}

function bundleChecks(files) {
  const js = files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const count = (re) => (js.match(re) ?? []).length;
  return {
    // moment's deprecation helper text appears once per copy of moment.
    momentCopies: count(/Deprecation warning: /g),
    // January in moment's bundled locales (fr, nl, de, es, it, pt, ru, pl, sv, tr): none expected.
    foreignLocales: count(/janvier|januari|Januar_|enero|gennaio|janeiro|январ|stycz|januari_|ocak/g),
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics, report, budgets

const METRICS = [
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

function stats(values) {
  const timeouts = values.filter((v) => v === TIMEOUT).length;
  const nums = values.map((v) => (v === TIMEOUT ? Infinity : v)).filter((v) => typeof v === 'number');
  if (!nums.length) return { n: 0, timeouts, values };
  const sorted = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: nums.length, timeouts, median, min: sorted[0], max: sorted.at(-1), values };
}

const show = (v, unit) => {
  if (v === undefined || v === null || Number.isNaN(v)) return '–';
  if (v === Infinity) return 'timeout';
  if (unit === 'MB') return v.toFixed(1);
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : String(Math.round(v));
};
const ms = (v) =>
  v === undefined
    ? '–'
    : v === Infinity
      ? 'timeout'
      : v >= 10_000
        ? `${(v / 1000).toFixed(1)} s`
        : `${Math.round(v)} ms`;
const cell = (s, unit) =>
  s && s.n ? `${show(s.median, unit)} (${show(s.min, unit)}–${show(s.max, unit)})` : '–';
const ratio = (a, b) =>
  a?.n && b?.n && Number.isFinite(a.median) && Number.isFinite(b.median) && b.median > 0
    ? a.median / b.median
    : null;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r, i) => {
      const line = r.map((v, c) => String(v).padEnd(widths[c])).join(' | ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}` : line;
    })
    .join('\n');
}

function budgets(results, bytes, opts) {
  const s = (size, page, metric) => results[size]?.[page]?.stats?.[metric];
  const list = [];
  const add = (name, pass, detail) =>
    list.push({ name, status: pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL', detail });
  const has = (size, ...pages) => opts.sizes.includes(size) && pages.every((p) => opts.pages.includes(p));
  const med = (x) => (x?.n ? x.median : undefined);
  const anyTimeout = (x) => (x?.timeouts ?? 0) > 0;

  if (has(10_000, 'app', 'bare')) {
    const app = s(10_000, 'app', 'fitted');
    const bare = s(10_000, 'bare', 'firstItems');
    add(
      '10k: fitted first view <= bare first items',
      !anyTimeout(app) && med(app) !== undefined && med(bare) !== undefined && med(app) <= med(bare),
      `app ${ms(med(app))} vs bare ${ms(med(bare))}`,
    );
  } else add('10k: fitted first view <= bare first items', null, 'not run');
  for (const [metric, limit, label] of [
    ['filterHalf', 150, '10k: filter to half < 150 ms'],
    ['restoreAll', 600, '10k: back to all events < 600 ms'],
    ['zoomFull', 500, '10k: zoom out to full range < 500 ms'],
    ['typingMaxTask', 200, '10k: no task over 200 ms while typing'],
  ]) {
    if (!has(10_000, 'app')) {
      add(label, null, 'not run');
      continue;
    }
    const x = s(10_000, 'app', metric);
    const v = med(x);
    const ok = !anyTimeout(x) && v !== undefined && (metric === 'typingMaxTask' ? v <= limit : v < limit);
    add(label, ok, `median ${ms(v)}${anyTimeout(x) ? `, ${x.timeouts} timeout(s)` : ''}`);
  }
  if (has(1000, 'app', 'timelinejs')) {
    const app = s(1000, 'app', 'fitted');
    const tl = s(1000, 'timelinejs', 'firstItems');
    const r = med(app) && med(tl) ? med(tl) / med(app) : null;
    add(
      '1k: fitted view >= 3x sooner than TimelineJS',
      !anyTimeout(app) && r !== null && r >= 3,
      `TimelineJS/app = ${r ? r.toFixed(2) : '–'}`,
    );
  } else add('1k: fitted view >= 3x sooner than TimelineJS', null, 'not run');
  const kb = bytes.app.js.gzip / 1000;
  add(
    'first-load JS <= 250 kB gzip',
    kb <= 250,
    `${kb.toFixed(1)} kB (+ ${(bytes.app.css.gzip / 1000).toFixed(1)} kB CSS)`,
  );
  add(
    'one copy of moment, no unused locales',
    bytes.app.checks.momentCopies === 1 && bytes.app.checks.foreignLocales === 0,
    `moment copies ${bytes.app.checks.momentCopies}, foreign locale month names ${bytes.app.checks.foreignLocales}`,
  );
  return list;
}

function harnessProblems(results) {
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

// ---------------------------------------------------------------------------------------------

function environment(browserVersion) {
  const pkg = (p) => JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version;
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 1e9),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    playwrightCore: pkg('playwright-core'),
    visTimeline: pkg('vis-timeline'),
    visData: pkg('vis-data'),
    timelinejs: pkg('@knight-lab/timelinejs'),
    gitCommit: git('rev-parse', '--short', 'HEAD'),
    srcChanged: (git('status', '--porcelain', '--', 'src', 'package.json') ?? '').split('\n').filter(Boolean)
      .length,
  };
}

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
  const appDir = join(HERE, '.dist', 'app');
  rmSync(appDir, { recursive: true, force: true });
  cpSync(dist, appDir, { recursive: true });

  console.log(`datasets: ${opts.sizes.join(', ')} events → ${DATA_DIR.replace(`${ROOT}/`, '')}`);
  writeDatasets(opts.sizes);
  console.log('building the bare vis-timeline page (bench/vite.bench.config.mjs)');
  await build({ configFile: join(HERE, 'vite.bench.config.mjs') });

  const tlDir = join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
  const bytes = {
    app: firstLoadBytes(join(appDir, 'index.html'), (ref) => join(appDir, ref.replace(/^\.?\//, ''))),
    bare: firstLoadBytes(join(HERE, '.dist', 'bare', 'bare.html'), (ref) =>
      join(HERE, '.dist', 'bare', ref.replace(/^\/bench\/bare\//, '')),
    ),
    timelinejs: bytesOf([
      join(tlDir, 'js', 'timeline.js'),
      join(tlDir, 'css', 'timeline.css'),
      join(HERE, 'pages', 'timelinejs.js'),
      join(HERE, 'pages', 'timelinejs.css'),
      join(HERE, 'pages', 'tl-font.css'),
    ]),
  };
  bytes.app.checks = bundleChecks(bytes.app.files.map((f) => join(ROOT, f.file)));

  const { server, port } = await startServer({
    app: appDir,
    data: DATA_DIR,
    bare: join(HERE, '.dist', 'bare'),
    pages: join(HERE, 'pages'),
    timelinejs: tlDir,
  });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const env = environment(browser.version());
  console.log(`Chromium ${env.chromium}, ${env.nproc} cores, ${env.cpu}; serving ${base}`);

  const results = {};
  let width = null;
  try {
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
          if (name === 'app' && r.checks.width && !width) {
            width = Math.round(r.checks.width);
            info.width = width;
          }
          const m = r.metrics;
          console.log(
            `[${elapsed()}] ${size} ${warm ? 'warm-up' : `rep ${rep + 1}`} ${name}: ` +
              METRICS.filter(([k]) => m[k] !== undefined)
                .map(([k, , unit]) => `${k} ${m[k] === TIMEOUT ? 'TIMEOUT' : show(m[k], unit)}`)
                .join(', ') +
              (busy !== null && busy > 0.25 ? ` — machine ${Math.round(busy * 100)}% busy before it` : '') +
              (r.slow ? ` — slower than --slow ${opts.slowMs / 1000} s: measured once, load only` : '') +
              (r.errors.length ? ` — errors: ${r.errors.slice(0, 2).join(' | ')}` : '') +
              (r.blocked.length ? ` — blocked ${r.blocked.length} off-host request(s)` : ''),
          );
          if (!warm) results[size][name].runs.push(r);
        }
      }
      for (const name of opts.pages) {
        const entry = results[size][name];
        entry.stats = Object.fromEntries(
          METRICS.map(([k]) => [
            k,
            stats(entry.runs.map((r) => r.metrics[k]).filter((v) => v !== undefined)),
          ]),
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  // Report
  const lines = [];
  const label = (p) => PAGES[p].label;
  for (const size of opts.sizes) {
    const pages = opts.pages;
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
  const budgetList = budgets(results, bytes, opts);
  lines.push('Budgets (issue 6):');
  for (const b of budgetList) lines.push(`  ${b.status.padEnd(4)}  ${b.name}  — ${b.detail}`);
  console.log(`\n${lines.join('\n')}`);

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
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(
    opts.out,
    `${JSON.stringify({ environment: env, options: { ...opts, out: undefined }, bytes, results: slim, budgets: budgetList, table: lines.join('\n') }, (k, v) => (v === Infinity ? 'timeout' : v), 2)}\n`,
  );
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
  const failed = budgetList.filter((b) => b.status === 'FAIL').length;
  if (failed && !opts.reportOnly) {
    console.log(`${failed} budget(s) FAIL`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

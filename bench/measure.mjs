// One measurement: one page, one dataset size, one repetition, in a fresh browser context. The load
// is timed by bench/instrument.js; every later operation by the page's scenario (bench/scenarios/).
import { instrument } from './instrument.js';
import { PAGES } from './scenarios.mjs';
import { TIMEOUT } from './stats.mjs';

const VIEWPORT = { width: 1280, height: 900 };

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

/** One page, one dataset size, one repetition: a fresh browser context. */
export async function measure(browser, base, name, size, info, opts, { loadOnly = false } = {}) {
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
    // its time budget: it is measured once, load only (see bench/repeat.mjs). The app always runs.
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

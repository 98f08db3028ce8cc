import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets } from './budgets.mjs';

/** The stats of a metric over three repetitions: its median, and how many of them timed out. */
const measured = (median: number, timeouts = 0) => ({ n: 3, median, timeouts });
type Stat = ReturnType<typeof measured>;

/** Results of a run at 1,000 and 10,000 events that meets every budget, with some values replaced. */
function run(overrides: { size?: number; page?: string; metric?: string; stat?: Stat } = {}) {
  const results: Record<number, Record<string, { stats: Record<string, Stat> }>> = {
    100: {
      app: { stats: { fitted: measured(200) } },
      bare: { stats: { firstItems: measured(250) } },
      timelinejs: { stats: { firstItems: measured(450) } },
    },
    1000: {
      app: { stats: { fitted: measured(300) } },
      bare: { stats: { firstItems: measured(400) } },
      timelinejs: { stats: { firstItems: measured(1200) } },
    },
    10_000: {
      app: {
        stats: {
          fitted: measured(900),
          filterHalf: measured(50),
          restoreAll: measured(55),
          zoomMonth: measured(300),
          zoomFull: measured(300),
          typingMaxTask: measured(90),
        },
      },
      bare: { stats: { firstItems: measured(1000), zoomMonth: measured(350) } },
    },
  };
  const { size, page, metric, stat } = overrides;
  if (size && page && metric && stat) results[size]![page]!.stats[metric] = stat;
  return results;
}

const bytes = (jsGzip = 97_700, momentCopies = 1, foreignLocales = 0, timelineView = 199_000) => ({
  app: {
    js: { gzip: jsGzip },
    css: { gzip: 9_400 },
    timelineView: { gzip: timelineView },
    checks: { momentCopies, foreignLocales },
  },
});
const everything = { sizes: [100, 1000, 10_000], pages: ['app', 'bare', 'timelinejs'] };

const verdict = (name: string, results = run(), b = bytes(), opts = everything) =>
  evaluateBudgets(results, b, opts).find((v) => v.name === name);

describe('the benchmark budgets', () => {
  it('are the sixteen the report prints, in its order', () => {
    expect(BUDGETS.map((b) => b.name)).toEqual([
      '10k: fitted first view <= bare first items',
      '10k: filter to half < 150 ms',
      '10k: back to all events < 600 ms',
      '10k: zoom out to full range < 500 ms',
      '10k: no task over 200 ms while typing',
      '1k: fitted view >= 3x sooner than TimelineJS',
      'first-load JS <= 120 kB gzip',
      'one copy of moment, no unused locales',
      '100: fitted view <= bare first items',
      '100: fitted view >= 2x sooner than TimelineJS',
      '1k: fitted view <= bare first items',
      '10k: filter to half <= 60 ms',
      '10k: back to all events <= 60 ms',
      '10k: zoom in to a month <= bare',
      '10k: no task over 100 ms while typing',
      'timeline view JS <= 200 kB gzip',
    ]);
  });

  it('all pass for a run within every limit, each with the numbers behind it', () => {
    expect(evaluateBudgets(run(), bytes(), everything)).toEqual([
      { name: BUDGETS[0]!.name, status: 'PASS', detail: 'app 900 ms vs bare 1000 ms' },
      { name: BUDGETS[1]!.name, status: 'PASS', detail: 'median 50 ms' },
      { name: BUDGETS[2]!.name, status: 'PASS', detail: 'median 55 ms' },
      { name: BUDGETS[3]!.name, status: 'PASS', detail: 'median 300 ms' },
      { name: BUDGETS[4]!.name, status: 'PASS', detail: 'median 90 ms' },
      { name: BUDGETS[5]!.name, status: 'PASS', detail: 'TimelineJS/app = 4.00' },
      { name: BUDGETS[6]!.name, status: 'PASS', detail: '97.7 kB (+ 9.4 kB CSS)' },
      { name: BUDGETS[7]!.name, status: 'PASS', detail: 'moment copies 1, foreign locale month names 0' },
      { name: BUDGETS[8]!.name, status: 'PASS', detail: 'app 200 ms vs bare 250 ms' },
      { name: BUDGETS[9]!.name, status: 'PASS', detail: 'TimelineJS/app = 2.25' },
      { name: BUDGETS[10]!.name, status: 'PASS', detail: 'app 300 ms vs bare 400 ms' },
      { name: BUDGETS[11]!.name, status: 'PASS', detail: 'median 50 ms' },
      { name: BUDGETS[12]!.name, status: 'PASS', detail: 'median 55 ms' },
      { name: BUDGETS[13]!.name, status: 'PASS', detail: 'app 300 ms vs bare 350 ms' },
      { name: BUDGETS[14]!.name, status: 'PASS', detail: 'median 90 ms' },
      { name: BUDGETS[15]!.name, status: 'PASS', detail: '199.0 kB' },
    ]);
  });

  it.each([
    ['10k: filter to half < 150 ms', 'filterHalf', 149, 'PASS'],
    ['10k: filter to half < 150 ms', 'filterHalf', 150, 'FAIL'],
    ['10k: back to all events < 600 ms', 'restoreAll', 600, 'FAIL'],
    ['10k: zoom out to full range < 500 ms', 'zoomFull', 499, 'PASS'],
    ['10k: no task over 200 ms while typing', 'typingMaxTask', 200, 'PASS'],
    ['10k: no task over 200 ms while typing', 'typingMaxTask', 201, 'FAIL'],
    ['10k: fitted first view <= bare first items', 'fitted', 1000, 'PASS'],
    ['10k: fitted first view <= bare first items', 'fitted', 1001, 'FAIL'],
    ['10k: filter to half <= 60 ms', 'filterHalf', 60, 'PASS'],
    ['10k: filter to half <= 60 ms', 'filterHalf', 61, 'FAIL'],
    ['10k: back to all events <= 60 ms', 'restoreAll', 61, 'FAIL'],
    ['10k: zoom in to a month <= bare', 'zoomMonth', 350, 'PASS'],
    ['10k: zoom in to a month <= bare', 'zoomMonth', 351, 'FAIL'],
    ['10k: no task over 100 ms while typing', 'typingMaxTask', 100, 'PASS'],
    ['10k: no task over 100 ms while typing', 'typingMaxTask', 101, 'FAIL'],
  ])('%s: a median of %s = %i ms is %s', (name, metric, median, status) => {
    const results = run({ size: 10_000, page: 'app', metric, stat: measured(median) });
    expect(verdict(name, results)?.status).toBe(status);
  });

  it.each([
    [100, 250, 'PASS'],
    [100, 251, 'FAIL'],
    [1000, 400, 'PASS'],
    [1000, 401, 'FAIL'],
  ])(
    '%i events: the app fitted in %i ms against the bare page in its first items is %s',
    (size, fitted, status) => {
      const results = run({ size, page: 'app', metric: 'fitted', stat: measured(fitted) });
      const name = `${size === 100 ? '100' : '1k'}: fitted view <= bare first items`;
      expect(verdict(name, results)?.status).toBe(status);
    },
  );

  it.each([
    [225, 'PASS', 'TimelineJS/app = 2.00'],
    [226, 'FAIL', 'TimelineJS/app = 1.99'],
  ])('100: the app fitted in %i ms against TimelineJS in 450 ms is %s', (fitted, status, detail) => {
    const results = run({ size: 100, page: 'app', metric: 'fitted', stat: measured(fitted) });
    expect(verdict('100: fitted view >= 2x sooner than TimelineJS', results)).toMatchObject({
      status,
      detail,
    });
  });

  it.each([
    [200_000, 'PASS'],
    [200_001, 'FAIL'],
  ])('a timeline view of %i bytes is %s', (timelineView, status) => {
    const b = bytes(97_700, 1, 0, timelineView);
    expect(verdict('timeline view JS <= 200 kB gzip', run(), b)?.status).toBe(status);
  });

  it('fails a limit when a repetition timed out, whatever the median', () => {
    const results = run({ size: 10_000, page: 'app', metric: 'filterHalf', stat: measured(80, 1) });
    expect(verdict('10k: filter to half < 150 ms', results)).toMatchObject({
      status: 'FAIL',
      detail: 'median 80 ms, 1 timeout(s)',
    });
  });

  it.each([
    [400, 'PASS', 'TimelineJS/app = 3.00'],
    [401, 'FAIL', 'TimelineJS/app = 2.99'],
  ])('1k: the app fitted in %i ms against TimelineJS in 1200 ms is %s', (fitted, status, detail) => {
    const results = run({ size: 1000, page: 'app', metric: 'fitted', stat: measured(fitted) });
    expect(verdict('1k: fitted view >= 3x sooner than TimelineJS', results)).toMatchObject({
      status,
      detail,
    });
  });

  it.each([
    [120_000, 1, 0, 'PASS', 'PASS'],
    [120_100, 2, 0, 'FAIL', 'FAIL'],
    [100_000, 1, 3, 'PASS', 'FAIL'],
  ])(
    'first-load JS of %i bytes, %i moment(s), %i foreign locales',
    (js, moments, locales, jsStatus, momentStatus) => {
      const b = bytes(js, moments, locales);
      expect(verdict('first-load JS <= 120 kB gzip', run(), b)?.status).toBe(jsStatus);
      expect(verdict('one copy of moment, no unused locales', run(), b)?.status).toBe(momentStatus);
    },
  );

  it('skips what the run did not measure: a size, or a page a comparison needs', () => {
    const short = evaluateBudgets(run(), bytes(), { sizes: [1000], pages: ['app', 'bare', 'timelinejs'] });
    expect(short.filter((v) => v.status === 'SKIP').map((v) => v.name)).toEqual(
      BUDGETS.filter((b) => /^(10k|100):/.test(b.name)).map((b) => b.name),
    );
    expect(short.every((v) => v.status !== 'SKIP' || v.detail === 'not run')).toBe(true);

    const noBare = evaluateBudgets(run(), bytes(), { sizes: [10_000], pages: ['app'] });
    expect(noBare.find((v) => v.name.startsWith('10k: fitted'))?.status).toBe('SKIP');
    expect(noBare.find((v) => v.name.startsWith('10k: filter'))?.status).toBe('PASS');
    expect(noBare.find((v) => v.name.startsWith('1k'))?.status).toBe('SKIP');
    expect(noBare.find((v) => v.name.startsWith('10k: zoom in'))?.status).toBe('SKIP');
  });
});

import { describe, expect, it } from 'vitest';
import { DAY, dayTime, localTime } from '../lib/dates';
import {
  clamped,
  clearOfLabels,
  framed,
  limitsAround,
  MIN_ZOOM,
  periodTimes,
  spanTimes,
} from './time-window';

const t = (y: number, m = 1, d = 1) => localTime(y, m - 1, d);
const w = (start: number, end: number) => ({ start: new Date(start), end: new Date(end) });
const times = (window: { start: Date; end: Date }): [number, number] => [
  window.start.getTime(),
  window.end.getTime(),
];

describe('dayTime', () => {
  it.each([
    ['2019-06-20', 0, t(2019, 6, 20)],
    ['2019-06-20', 1, t(2019, 6, 21)],
    ['9999-12-31', 1, t(10000, 1, 1)],
    ['0050-06-15', 0, t(50, 6, 15)],
    ['0100-01-01', 0, t(100, 1, 1)],
  ])('%s plus %i days is the local midnight of that day', (iso, plus, expected) => {
    expect(dayTime(iso, plus)).toBe(expected);
  });

  it('keeps years below 100 as they are, not 1900 onwards', () => {
    expect(new Date(dayTime('0050-06-15')).getFullYear()).toBe(50);
  });
});

describe('periodTimes', () => {
  it.each([
    ['2020', t(2020), t(2021)],
    ['2020-01', t(2020), t(2020, 2)],
    ['2020-01-31', t(2020, 1, 31), t(2020, 2, 1)],
    ['9999-12', t(9999, 12), t(10000)],
    ['0050-06', t(50, 6), t(50, 7)],
  ])('%s runs from its first day to the day after its last', (value, start, end) => {
    expect(periodTimes(value)).toEqual({ start, end });
  });

  it.each(['2020-13', '2019-02-30', 'soon', ''])('%s is no period', (value) => {
    expect(periodTimes(value)).toBeNull();
  });
});

describe('framed', () => {
  it('leaves a small margin before the dates and twice that after them, for the last label', () => {
    const [start, end] = times(framed(t(2019, 4), t(2025)));
    const width = t(2025) - t(2019, 4);
    expect(t(2019, 4) - start).toBeCloseTo(width * 0.025, -3);
    expect(end - t(2025)).toBeCloseTo(width * 0.05, -3);
  });

  it('widens a single day to the narrowest zoom, centred on it', () => {
    const [start, end] = times(framed(t(2020, 1, 3), t(2020, 1, 4)));
    expect(end - start).toBe(MIN_ZOOM);
    expect((start + end) / 2).toBe((t(2020, 1, 3) + t(2020, 1, 4)) / 2);
  });
});

describe('spanTimes', () => {
  it('runs from the first day to the day after the last, ends included', () => {
    const span = spanTimes([
      { date: '2020-05-01' },
      { date: '2019-04-02', endDate: '2019-04-05' },
      { date: '2021-01-01', endDate: '9999-12-31' },
    ]);
    expect(span).toEqual({ start: t(2019, 4, 2), end: t(10000, 1, 1) });
  });

  it('is null without events', () => {
    expect(spanTimes([])).toBeNull();
  });
});

describe('limitsAround and clamped', () => {
  it('let the reader pan a little past the data, at least a month', () => {
    const frame = w(t(2019), t(2025));
    const limits = limitsAround(frame);
    expect(frame.start.getTime() - limits.start.getTime()).toBeCloseTo((t(2025) - t(2019)) * 0.05, -3);
    const short = limitsAround(w(t(2020), t(2020, 1, 8)));
    expect(t(2020) - short.start.getTime()).toBe(31 * DAY);
  });

  it.each([
    ['inside', w(t(2020), t(2021)), [t(2020), t(2021)]],
    ['before', w(t(2010), t(2011)), [t(2019), t(2019) + t(2011) - t(2010)]],
    ['after', w(t(2030), t(2031)), [t(2025) - (t(2031) - t(2030)), t(2025)]],
    ['wider', w(t(2000), t(2040)), [t(2019), t(2025)]],
  ])('moves a window %s the limits into them', (_, window, expected) => {
    expect(times(clamped(window, w(t(2019), t(2025))))).toEqual(expected);
  });
});

describe('clearOfLabels', () => {
  it('starts at the year a label would be cut from ("019" for "2019")', () => {
    // Six years on 1280 px: a year is about 210 px, a label about 50.
    const [start] = times(clearOfLabels(w(t(2019, 1, 20), t(2025)), 1280));
    expect(start).toBe(t(2019));
  });

  it('leaves a start well clear of the last label alone', () => {
    const [start] = times(clearOfLabels(w(t(2019, 4), t(2025)), 1280));
    expect(start).toBe(t(2019, 4));
  });

  it('makes room at the end for a label that starts just before it', () => {
    const [, end] = times(clearOfLabels(w(t(2019), t(2025, 1, 10)), 1280));
    expect(end - t(2025)).toBeGreaterThanOrEqual((40 * (t(2025, 1, 10) - t(2019))) / 1280 - DAY);
  });

  it('works for months at a month-long zoom', () => {
    const [start] = times(clearOfLabels(w(t(2020, 1, 1) - 2 * DAY, t(2020, 2, 1)), 1280));
    expect(start).toBe(t(2020, 1, 1) - 2 * DAY);
    const [dayStart] = times(clearOfLabels(w(t(2020, 1, 1) + 0.1 * DAY, t(2020, 2, 1)), 1280));
    expect(dayStart).toBe(t(2020, 1, 1));
  });
});

import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { smallDataset } from '../test/fixtures/small-dataset';
import { countInWindow, keepsPlan, planFor, windowAround } from './plan-items';

const DAY = 24 * 60 * 60 * 1000;
const template = smallDataset().events[0]!;
/** One event a day from January 1, 2020, `n` days long. */
const daily = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return { ...template, id: `e${i}`, date: d };
  });
const win = (from: string, days: number) => {
  const start = new Date(`${from}T00:00`);
  return { start, end: new Date(start.getTime() + days * DAY) };
};

describe('planFor', () => {
  const events = daily(1000);

  it('draws a set no larger than the limit whole, wherever the window is', () => {
    expect(planFor(events, win('2020-01-01', 1000), 800, 1000)).toEqual({ mode: 'all' });
  });

  it('draws the events near a window that holds no more than the limit', () => {
    const plan = planFor(events, win('2021-01-01', 100), 800, 500);
    expect(plan.mode).toBe('events');
    // Half a window-width either side, so a short pan needs nothing new.
    if (plan.mode === 'events') expect(plan.covered).toEqual({ ...win('2020-11-12', 200) });
  });

  it('draws counts over whole periods when the window holds more than the limit', () => {
    const plan = planFor(events, win('2020-03-10', 900), 800, 500);
    expect(plan.mode).toBe('counts');
    if (plan.mode !== 'counts') return;
    // 900 days on 800 px: months are 27 px wide.
    expect(plan.period).toBe('month');
    expect([plan.covered.start.getDate(), plan.covered.end.getDate()]).toEqual([1, 1]);
    expect(plan.covered.start.getTime()).toBeLessThanOrEqual(new Date(2020, 2, 10).getTime() - 450 * DAY);
  });
});

describe('keepsPlan', () => {
  const events = daily(1000);
  it('keeps what is drawn while the window stays inside it, and not after', () => {
    const first = planFor(events, win('2021-01-01', 100), 800, 500);
    const panned = win('2021-02-01', 100);
    expect(keepsPlan(first, planFor(events, panned, 800, 500), panned)).toBe(true);
    const far = win('2021-06-01', 100);
    expect(keepsPlan(first, planFor(events, far, 800, 500), far)).toBe(false);
    const wide = win('2020-03-01', 800);
    expect(keepsPlan(first, planFor(events, wide, 800, 500), wide)).toBe(false);
  });
});

describe('windowAround', () => {
  it('shows the whole of a long event, with a margin', () => {
    const events = daily(1000);
    const long = { ...events[500]!, endDate: '2021-12-31' };
    const around = windowAround(long, 30 * DAY, events, 7 * DAY, 100);
    const length = new Date(2022, 0, 1).getTime() - new Date(`${long.date}T00:00`).getTime();
    expect(around.end.getTime() - around.start.getTime()).toBeGreaterThanOrEqual(length * 1.1 - 1);
  });

  it('centres the event and narrows the window until it shows events, not counts', () => {
    const events = daily(1000);
    const event = events[500]!;
    const around = windowAround(event, 900 * DAY, events, 7 * DAY, 100);
    expect(countInWindow(events, around)).toBeLessThanOrEqual(100);
    const middle = (around.start.getTime() + around.end.getTime()) / 2;
    expect(Math.abs(middle - new Date(`${event.date}T12:00`).getTime())).toBeLessThan(DAY);
  });
});

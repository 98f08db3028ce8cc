import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { DAY } from '../lib/dates';
import { smallDataset } from '../test/fixtures/small-dataset';
import { frameTarget, nearlySame } from './framing';

const template = smallDataset().events[0]!;
const on = (id: string, date: string): TimelineEvent => ({ ...template, id, date, endDate: undefined });
const at = (date: string) => new Date(`${date}T00:00`);
const limits = { start: at('2000-01-01'), end: at('2030-01-01') };

describe('frameTarget', () => {
  const events = [on('a', '2020-03-01'), on('b', '2021-03-01')];

  it('frames the events from a little before the first to a little after the last', () => {
    const target = frameTarget(events, null, limits)!;
    expect(target.start.getTime()).toBeLessThan(at('2020-03-01').getTime());
    expect(target.start.getTime()).toBeGreaterThan(at('2020-01-01').getTime());
    expect(target.end.getTime()).toBeGreaterThan(at('2021-03-02').getTime());
    expect(target.end.getTime()).toBeLessThan(at('2021-06-01').getTime());
  });

  it('frames a date filter’s stretch, an open end taken from the events', () => {
    const target = frameTarget(events, { start: at('2019-01-01').getTime() }, limits)!;
    expect(target.start.getTime()).toBeLessThan(at('2019-01-01').getTime());
    expect(target.start.getTime()).toBeGreaterThan(at('2018-10-01').getTime());
    expect(target.end.getTime()).toBeGreaterThan(at('2021-03-02').getTime());
  });

  it('cuts a stretch that reaches past the limits at them', () => {
    const target = frameTarget(events, { start: at('1900-01-01').getTime() }, limits)!;
    expect(target.start.getTime()).toBeGreaterThanOrEqual(at('1999-01-01').getTime());
  });

  it('has nothing to frame without events or outside the limits', () => {
    expect(frameTarget([], null, limits)).toBeNull();
    expect(frameTarget([on('c', '2040-01-01'), on('d', '2041-01-01')], null, limits)).toBeNull();
  });
});

describe('nearlySame', () => {
  const year = { start: at('2020-01-01'), end: at('2021-01-01') };
  const shifted = (days: number) => ({
    start: new Date(year.start.getTime() + days * DAY),
    end: new Date(year.end.getTime() + days * DAY),
  });

  it('takes a window moved by a few days as the same, and one moved by a month as another', () => {
    expect(nearlySame(shifted(3), year)).toBe(true);
    expect(nearlySame(shifted(30), year)).toBe(false);
  });
});

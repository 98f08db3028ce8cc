import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { smallDataset } from '../test/fixtures/small-dataset';
import { countBins, isBinId, periodFor, periodLabel, periodOf } from './count-bins';

const DAY = 24 * 60 * 60 * 1000;
const template = smallDataset().events[0]!;
const at = (date: string, actor = 'iran'): TimelineEvent => ({
  ...template,
  id: `${actor}-${date}`,
  date,
  actors: [{ actor, role: 'perpetrator' }],
});

describe('periodFor', () => {
  it('picks the shortest period whose counts are at least 28 px wide', () => {
    // Six and a half years on 839 px: months would be 11 px wide, quarters 35 px.
    expect(periodFor(6.5 * 365 * DAY, 839)).toBe('quarter');
    expect(periodFor(300 * DAY, 839)).toBe('month');
    expect(periodFor(60 * DAY, 839)).toBe('week');
    // A phone's narrow axis needs wider periods for the same span.
    expect(periodFor(6.5 * 365 * DAY, 250)).toBe('year');
  });
});

describe('periodOf and periodLabel', () => {
  it('finds the calendar quarter, month, year and Monday-to-Sunday week of a day', () => {
    const day = new Date(2021, 4, 16); // Sunday, May 16, 2021
    const label = (p: 'week' | 'month' | 'quarter' | 'year') => periodLabel(periodOf(day, p), p);
    expect(label('year')).toBe('2021');
    expect(label('quarter')).toBe('Apr–Jun 2021');
    expect(label('month')).toBe('May 2021');
    expect(label('week')).toBe('Week of May 10, 2021');
    expect(periodOf(day, 'week').end).toEqual(new Date(2021, 4, 17));
    expect(periodOf(new Date(2021, 0, 1), 'week').start).toEqual(new Date(2020, 11, 28));
  });
});

describe('countBins', () => {
  it('counts the events of each row by the period they start in', () => {
    const events = [at('2021-01-05'), at('2021-03-31'), at('2021-04-01'), at('2021-02-02', 'us')];
    const bins = countBins(events, (e) => e.actors[0]!.actor, 'quarter');
    expect(bins.map((b) => [b.group, b.label])).toEqual([
      ['iran', '2 events, Jan–Mar 2021'],
      ['iran', '1 event, Apr–Jun 2021'],
      ['us', '1 event, Jan–Mar 2021'],
    ]);
    expect(bins.every((b) => isBinId(b.id))).toBe(true);
  });

  it('gives a bin a new id when its count changes, so the drawn number is never stale', () => {
    const one = countBins([at('2021-01-05')], () => 'row', 'month');
    const two = countBins([at('2021-01-05'), at('2021-01-06')], () => 'row', 'month');
    expect(one[0]!.id).not.toBe(two[0]!.id);
  });

  it('accounts for every event between the bounds exactly once', () => {
    const day = fc.integer({ min: 0, max: 6 * 365 }).map((n) => new Date(Date.UTC(2019, 0, 1 + n)));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.constantFrom('a', 'b', 'c')), { maxLength: 200 }),
        fc.constantFrom('week', 'month', 'quarter', 'year' as const),
        (rows, period) => {
          const events = rows.map(([d, g], i) => ({ ...at(d.toISOString().slice(0, 10), g), id: `e${i}` }));
          const from = new Date(2020, 0, 1).getTime();
          const to = new Date(2023, 0, 1).getTime();
          const inside = events.filter((e) => e.date >= '2020-01-01' && e.date < '2023-01-01');
          const bins = countBins(events, (e) => e.actors[0]!.actor, period, from, to);
          expect(bins.reduce((n, b) => n + b.count, 0)).toBe(inside.length);
          expect(new Set(bins.map((b) => b.id)).size).toBe(bins.length);
        },
      ),
    );
  });
});

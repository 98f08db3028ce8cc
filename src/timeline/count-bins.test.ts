import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { addDays, toLocalDate } from '../lib/dates';
import { smallDataset } from '../test/fixtures/small-dataset';
import { countBins, periodFor, periodLabel, periodOf } from './count-bins';

const DAY = 24 * 60 * 60 * 1000;
const template = smallDataset().events[0]!;
const at = (date: string, actor = 'iran'): TimelineEvent => ({
  ...template,
  id: `${actor}-${date}`,
  date,
  actors: [{ actor, role: 'perpetrator' }],
});

describe('periodFor', () => {
  it('picks the shortest period whose counts are at least 24 px wide', () => {
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
  it('counts the events of each row in each period they touch', () => {
    const events = [
      at('2021-01-05'),
      at('2021-03-31'),
      at('2021-04-01'),
      at('2021-02-02', 'us'),
      { ...at('2021-02-10', 'us'), id: 'campaign', endDate: '2021-08-01' },
    ];
    const bins = countBins(events, (e) => e.actors[0]!.actor, 'quarter');
    expect(bins.map((b) => [b.group, b.label])).toEqual([
      ['iran', '2 events, Jan–Mar 2021'],
      ['iran', '1 event, Apr–Jun 2021'],
      ['us', '2 events, Jan–Mar 2021'],
      ['us', '1 event, Apr–Jun 2021'],
      ['us', '1 event, Jul–Sep 2021'],
    ]);
  });

  it('keeps a bin the same id while its count changes (the number is rewritten in place)', () => {
    const one = countBins([at('2021-01-05')], () => 'row', 'month');
    const two = countBins([at('2021-01-05'), at('2021-01-06')], () => 'row', 'month');
    expect(one[0]!.id).toBe(two[0]!.id);
    expect([one[0]!.count, two[0]!.count]).toEqual([1, 2]);
  });

  it('counts in each bin exactly the events of its row that touch its period, within the bounds', () => {
    const iso = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
    const local = (d: string, plus = 0) => toLocalDate(addDays(d, plus)).getTime();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 6 * 365 }),
            fc.integer({ min: 0, max: 200 }),
            fc.constantFrom('a', 'b'),
          ),
          { maxLength: 120 },
        ),
        fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const),
        (rows, period) => {
          const events = rows.map(([day, length, group], i) => ({
            ...at(iso(day), group),
            id: `e${i}`,
            ...(length > 0 ? { endDate: iso(day + length) } : {}),
          }));
          const from = periodOf(new Date(2020, 0, 1), period).start.getTime();
          const to = periodOf(new Date(2023, 0, 1), period).start.getTime();
          const bins = countBins(events, (e) => e.actors[0]!.actor, period, from, to);
          for (const bin of bins) {
            const [start, end] = [bin.bounds.start.getTime(), bin.bounds.end.getTime()];
            expect(start).toBeGreaterThanOrEqual(from);
            expect(end).toBeLessThanOrEqual(to);
            const touching = events.filter(
              (e) =>
                e.actors[0]!.actor === bin.group &&
                local(e.date) < end &&
                local(e.endDate ?? e.date, 1) > start,
            );
            expect(bin.count).toBe(touching.length);
          }
          // And no event in the bounds is left out of its row's bins.
          for (const e of events) {
            if (local(e.date) >= to || local(e.endDate ?? e.date, 1) <= from) continue;
            const t = Math.max(local(e.date), from);
            expect(
              bins.some(
                (b) =>
                  b.group === e.actors[0]!.actor &&
                  b.bounds.start.getTime() <= t &&
                  t < b.bounds.end.getTime(),
              ),
            ).toBe(true);
          }
          expect(new Set(bins.map((b) => b.id)).size).toBe(bins.length);
        },
      ),
    );
  });
});

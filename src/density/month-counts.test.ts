import { describe, expect, it } from 'vitest';
import { eventSpan } from '../dataset/span';
import { smallDataset } from '../test/fixtures/small-dataset';
import { countByMonth, monthPosition, monthsSpanned } from './month-counts';

const events = smallDataset().events;

describe('month counts', () => {
  it('spans every month from the first event to the last, empty ones included', () => {
    const months = monthsSpanned(eventSpan(events));
    expect(months[0]).toBe('2019-06');
    expect(months.at(-1)).toBe('2020-09');
    expect(months).toHaveLength(16);
  });

  it('counts each event once, in the month it began, stacked by type', () => {
    const months = monthsSpanned(eventSpan(events));
    const bins = countByMonth(events, months, ['kinetic', 'cyberattack', 'sanction']);
    expect(bins.find((b) => b.month === '2019-06')).toEqual({
      month: '2019-06',
      total: 2,
      byType: [
        { type: 'kinetic', count: 1 },
        { type: 'cyberattack', count: 1 },
      ],
    });
    // The campaign of August–September 2019 counts in August only.
    expect(bins.find((b) => b.month === '2019-09')!.total).toBe(0);
    expect(bins.reduce((sum, b) => sum + b.total, 0)).toBe(events.length);
  });

  it('places dates on the axis in months', () => {
    const months = ['2019-06', '2019-07'];
    expect(monthPosition(new Date(2019, 5, 1), months)).toBe(0);
    expect(monthPosition(new Date(2019, 6, 16), months)).toBeCloseTo(1.4839, 3);
  });
});

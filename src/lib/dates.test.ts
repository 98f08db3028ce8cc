import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  firstDayOf,
  formatDate,
  formatDateRange,
  fromLocalDate,
  isRealDate,
  lastDayOf,
  toLocalDate,
} from './dates';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Asia/Tehran'])(
  'in time zone %s',
  (tz) => {
    it('shows 2019-06-20 as June 20, 2019', () => {
      process.env.TZ = tz;
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz);
      expect(formatDate('2019-06-20')).toBe('June 20, 2019');
    });

    it('shows a month-precision date as the month alone', () => {
      process.env.TZ = tz;
      expect(formatDate('2019-06-01', 'month')).toBe('June 2019');
    });

    it('places a date on the same calendar day of the local axis', () => {
      process.env.TZ = tz;
      const local = toLocalDate('2020-01-03');
      expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2020, 0, 3]);
      expect(fromLocalDate(local)).toBe('2020-01-03');
    });

    it('adds days across month ends and daylight-saving changes', () => {
      process.env.TZ = tz;
      expect(addDays('2019-03-09', 2)).toBe('2019-03-11');
      expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
      expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    });
  },
);

describe('calendar dates', () => {
  it.each([
    ['2019-06-20', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-02-30', false],
    ['2019-13-01', false],
    ['2019-6-20', false],
    ['20190620', false],
  ])('%s is a real date: %s', (value, real) => {
    expect(isRealDate(value)).toBe(real);
  });

  it('writes ranges with both ends', () => {
    expect(formatDateRange('2024-04-13', '2024-04-14', 'day')).toBe('April 13, 2024 – April 14, 2024');
    expect(formatDateRange('2024-04-13', undefined, 'day')).toBe('April 13, 2024');
  });
});

describe('firstDayOf and lastDayOf', () => {
  it.each([
    ['2019-02', '2019-02-01', '2019-02-28'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2019-12', '2019-12-01', '2019-12-31'],
    ['2019-06-20', '2019-06-20', '2019-06-20'],
  ])('%s runs from %s to %s', (value, first, last) => {
    expect(firstDayOf(value)).toBe(first);
    expect(lastDayOf(value)).toBe(last);
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  firstDayOf,
  formatDate,
  formatDateRange,
  fromLocalDate,
  isRealDate,
  lastDayOf,
  lastDayOfMonth,
  parseIsoDate,
  toLocalDate,
} from './dates';
import { anyRealDate } from '../test/arbitraries';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
    ['0050-06-15', true],
    ['0001-01-01', true],
    ['0004-02-29', true],
    ['0100-02-29', false],
    ['9999-12-31', true],
    ['0000-01-01', false],
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

describe('dates at the ends of four-digit years', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tehran'])(
    'places years 1 to 99 in their own century, not the 1900s (%s)',
    (tz) => {
      process.env.TZ = tz;
      const local = toLocalDate('0050-06-15');
      expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([50, 5, 15]);
      expect(fromLocalDate(local)).toBe('0050-06-15');
      expect(formatDate('0050-06-15')).toBe('June 15, 50');
    },
  );

  it('steps up to 9999-12-31 and down to 0001-01-01, and stops there', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDays('9999-12-01', 400)).toBe('9999-12-31');
    expect(addDays('0001-01-01', -1)).toBe('0001-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0001-03-01', -1)).toBe('0001-02-28');
  });

  it('finds the last day of any month without stepping into the next', () => {
    expect(lastDayOfMonth('9999-12')).toBe('9999-12-31');
    expect(lastDayOfMonth('2020-02')).toBe('2020-02-29');
    expect(lastDayOfMonth('0050-02')).toBe('0050-02-28');
    expect(lastDayOf('9999-12-01', 'year')).toBe('9999-12-31');
    expect(firstDayOf('2019-06-20', 'month')).toBe('2019-06-01');
    expect(daysBetween('9999-01-01', '9999-12-31')).toBe(364);
  });

  it('round-trips any real date through parsing, the local axis, formatting and stepping', () => {
    fc.assert(
      fc.property(anyRealDate, (value) => {
        const parts = parseIsoDate(value);
        expect(parts).not.toBeNull();
        const { year, month, day } = parts!;
        expect(fromLocalDate(toLocalDate(value))).toBe(value);
        expect(formatDate(value)).toBe(`${MONTHS[month - 1]} ${day}, ${year}`);
        expect(formatDate(value, 'month')).toBe(`${MONTHS[month - 1]} ${year}`);
        if (value !== '9999-12-31') expect(addDays(addDays(value, 1), -1)).toBe(value);
        if (value !== '0001-01-01') expect(daysBetween(addDays(value, -1), value)).toBe(1);
        expect(isRealDate(lastDayOf(value, 'month'))).toBe(true);
      }),
    );
  });
});

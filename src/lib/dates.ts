/** A calendar date as written in the data: `YYYY-MM-DD`. */
export type IsoDate = string;
/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** One day in milliseconds (calendar maths below never relies on it: days vary with daylight saving). */
export const DAY = 24 * 60 * 60 * 1000;
/** The first and last days a four-digit date can name; every helper here stays between them. */
export const FIRST_DATE: IsoDate = '0001-01-01';
export const LAST_DATE: IsoDate = '9999-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Midnight UTC of a calendar day. `Date.UTC` and `new Date(y, m, d)` read years 0–99 as 1900–1999;
 * `setUTCFullYear` takes the year as it is.
 */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** `YYYY-MM-DD` of a UTC date, with a four-digit year (`toISOString` writes year 10000 as `+010000`). */
function fromUtc(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Splits `YYYY-MM-DD` into numbers, or null when it is not a real calendar date in years 1–9999 (2019-02-30). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return null;
  const utc = utcMidnight(year, month, day);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

export function isRealDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function parseOrThrow(value: string) {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${value}`);
  return parts;
}

/**
 * Midnight of that calendar day in the reader's own time zone. The timeline axis is drawn in local
 * time, so a local midnight lands on the same day label everywhere (a UTC midnight would fall on
 * the day before in the Americas).
 */
export function toLocalDate(value: IsoDate): Date {
  const parts = parseOrThrow(value);
  return new Date(localTime(parts.year, parts.month - 1, parts.day));
}

/**
 * Local midnight of year/month/day as a time (month 0-11; days past the month's end roll over),
 * for the timeline's axis. `new Date(y, …)` reads years 0–99 as 1900–1999; `setFullYear` does not.
 */
export function localTime(year: number, month: number, day: number): number {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date.getTime();
}

/** Local midnight of a `YYYY-MM-DD` day, `plusDays` later, without checking it is real; NaN for anything else. */
export function dayTime(iso: string, plusDays = 0): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return NaN;
  return localTime(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays);
}

/** The calendar day a local Date falls on, as `YYYY-MM-DD`. */
export function fromLocalDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Adds whole days to a calendar date, independent of time zone and daylight saving. A step past
 * 0001-01-01 or 9999-12-31 stops there: no four-digit date lies beyond.
 */
export function addDays(value: IsoDate, days: number): IsoDate {
  const parts = parseOrThrow(value);
  const date = utcMidnight(parts.year, parts.month, parts.day + days);
  const year = date.getUTCFullYear();
  if (year < 1) return FIRST_DATE;
  if (year > 9999) return LAST_DATE;
  return fromUtc(date);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseOrThrow(from);
  const b = parseOrThrow(to);
  return Math.round(
    (utcMidnight(b.year, b.month, b.day).getTime() - utcMidnight(a.year, a.month, a.day).getTime()) / DAY,
  );
}

/** The last day of a `YYYY-MM` month, without stepping into the next (there is none after 9999-12). */
export function lastDayOfMonth(month: string): IsoDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return fromUtc(utcMidnight(year, m + 1, 0));
}

/** How much a written value says: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function writtenPrecision(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/**
 * The first day a date can mean at its precision: the day itself, the 1st of its month, or January 1st.
 * Without a precision, a value written as `YYYY-MM` (a filter's month) means its month.
 */
export function firstDayOf(value: string, precision: DatePrecision = writtenPrecision(value)): IsoDate {
  if (precision === 'year') return `${value.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${value.slice(0, 7)}-01`;
  return value;
}

/**
 * The last day a date can mean at its precision: the day itself, the end of its month, or the end of
 * its year. Without a precision, `2019-06` means June 2019 and ends on 2019-06-30.
 */
export function lastDayOf(value: string, precision: DatePrecision = writtenPrecision(value)): IsoDate {
  if (precision === 'year') return `${value.slice(0, 4)}-12-31`;
  if (precision === 'month') return lastDayOfMonth(value.slice(0, 7));
  return value;
}

const formatters = {
  day: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' }),
  short: new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
} as const;

/**
 * "June 20, 2019", "June 2019" or "2019". Formatted in UTC from a UTC date so the reader's time
 * zone can never move the day.
 */
export function formatDate(value: IsoDate, precision: DatePrecision | 'short' = 'day'): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  return formatters[precision].format(utcMidnight(parts.year, parts.month, parts.day));
}

/** "June 20 – July 4, 2019" style range, or a single date when there is no end. */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, precision: DatePrecision): string {
  if (!end || end === start) return formatDate(start, precision);
  return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
}

/** A calendar date as written in the data: `YYYY-MM-DD`. */
export type IsoDate = string;
/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits `YYYY-MM-DD` into numbers, or null when it is not a real calendar date (2019-02-30). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

export function isRealDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/**
 * Midnight of that calendar day in the reader's own time zone. The timeline axis is drawn in local
 * time, so a local midnight lands on the same day label everywhere (a UTC midnight would fall on
 * the day before in the Americas).
 */
export function toLocalDate(value: IsoDate): Date {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${value}`);
  return new Date(parts.year, parts.month - 1, parts.day);
}

/** The calendar day a local Date falls on, as `YYYY-MM-DD`. */
export function fromLocalDate(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Adds whole days to a calendar date, independent of time zone and daylight saving. */
export function addDays(value: IsoDate, days: number): IsoDate {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a calendar date: ${value}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days)).toISOString().slice(0, 10);
}

/** `2019-06` → `2019-06-01`; a full date stays as it is. Dates compare as strings from here on. */
export function firstDayOf(value: string): IsoDate {
  return value.length === 7 ? `${value}-01` : value;
}

/** `2019-06` → `2019-06-30`; a full date stays as it is. */
export function lastDayOf(value: string): IsoDate {
  if (value.length !== 7) return value;
  const [year, month] = value.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
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
  return formatters[precision].format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day)));
}

/** "June 20 – July 4, 2019" style range, or a single date when there is no end. */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, precision: DatePrecision): string {
  if (!end || end === start) return formatDate(start, precision);
  return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
}

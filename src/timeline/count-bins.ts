import type { TimelineEvent } from '../dataset/schema';
import { DAY, localTime } from '../lib/dates';
import { plural } from '../lib/format';
import { eventTimes, type EventTimes } from './event-times';

/** How long one count covers when the timeline shows counts instead of events. */
export type Period = 'week' | 'month' | 'quarter' | 'year';

const PERIOD_DAYS: Record<Period, number> = { week: 7, month: 30.44, quarter: 91.31, year: 365.25 };
const PERIODS = Object.keys(PERIOD_DAYS) as Period[];

/** The narrowest count worth drawing: room for three digits in small type ("12K" above 999). */
export const MIN_BIN_PX = 24;

/** The shortest period whose counts are each at least MIN_BIN_PX wide in a window of `windowMs`. */
export function periodFor(windowMs: number, axisPx: number): Period {
  const mostBins = Math.max(1, axisPx / MIN_BIN_PX);
  return PERIODS.find((p) => windowMs / (PERIOD_DAYS[p] * DAY) <= mostBins) ?? 'year';
}

/** The local midnight a period starts at, and the one it ends at (the next period's start). */
export interface PeriodBounds {
  start: Date;
  end: Date;
}

/** The period holding the local day `date` (a Date at any time of that day). */
export function periodOf(date: Date, period: Period): PeriodBounds {
  const y = date.getFullYear();
  const m = date.getMonth();
  const at = (month: number, day = 1) => new Date(localTime(y, month, day));
  if (period === 'year') return { start: at(0), end: new Date(localTime(y + 1, 0, 1)) };
  if (period === 'quarter') {
    const q = m - (m % 3);
    return { start: at(q), end: at(q + 3) };
  }
  if (period === 'month') return { start: at(m), end: at(m + 1) };
  // Weeks start on Monday.
  const back = (date.getDay() + 6) % 7;
  const d = date.getDate() - back;
  return { start: at(m, d), end: at(m, d + 7) };
}

const month = new Intl.DateTimeFormat('en-US', { month: 'short' });
const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' });
const dayMonthYear = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "2021", "Jan–Mar 2021", "March 2021" or "Week of Mar 1, 2021". */
export function periodLabel(bounds: PeriodBounds, period: Period): string {
  const { start } = bounds;
  if (period === 'year') return String(start.getFullYear());
  if (period === 'quarter') {
    const last = new Date(localTime(start.getFullYear(), start.getMonth() + 2, 1));
    return `${month.format(start)}–${month.format(last)} ${start.getFullYear()}`;
  }
  if (period === 'month') return monthYear.format(start);
  return `Week of ${dayMonthYear.format(start)}`;
}

/** What a count reads as: "37 events, Jan–Mar 2021". */
export const binLabel = (count: number, bounds: PeriodBounds, period: Period): string =>
  `${plural(count, 'event')}, ${periodLabel(bounds, period)}`;

/** What the id of every count of a period starts with. */
export const binIdPrefix = (period: Period): string => `${period}:`;

/** One drawn count: how many events of one row touch one period. */
export interface CountBin {
  /**
   * The row and period, not the count: when a filter changes the count, the drawn number is
   * rewritten in place rather than the item replaced (vis-timeline measures every new item).
   */
  id: string;
  group: string;
  bounds: PeriodBounds;
  count: number;
  label: string;
}

/**
 * Counts the events of each row in each period they touch: a campaign from January to May counts
 * in every month it runs, as zooming into any of them would show it. Only periods inside
 * `[from, to)` are counted; callers pass bounds on period edges, so no count is cut.
 */
export function countBins(
  events: readonly TimelineEvent[],
  groupOf: (event: TimelineEvent) => string,
  period: Period,
  from = -Infinity,
  to = Infinity,
  times: EventTimes = eventTimes(events),
): CountBin[] {
  const counts = new Map<string, { group: string; bounds: PeriodBounds; count: number }>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const t = times.start[i]!;
    // Local midnight after the last day.
    const end = Math.min(times.end[i]!, to);
    if (!(t < end)) continue;
    const start = new Date(t);
    const group = groupOf(event);
    let bounds = periodOf(start.getTime() < from ? new Date(from) : start, period);
    while (bounds.start.getTime() < end) {
      const key = `${group}\u0000${bounds.start.getTime()}`;
      const bin = counts.get(key);
      if (bin) bin.count += 1;
      else counts.set(key, { group, bounds, count: 1 });
      bounds = periodOf(bounds.end, period);
    }
  }
  return [...counts.values()].map(({ group, bounds, count }) => ({
    id: `${binIdPrefix(period)}${bounds.start.getTime()}:${group}`,
    group,
    bounds,
    count,
    label: binLabel(count, bounds, period),
  }));
}

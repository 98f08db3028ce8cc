import type { TimelineEvent } from '../dataset/schema';
import type { DateSpan } from '../dataset/span';

/** Events in one calendar month, split by type in the order given. */
export interface MonthBin {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  byType: { type: string; count: number }[];
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month of the dataset's span, so the strip's axis never moves with a filter. */
export function monthsSpanned(span: DateSpan | null): string[] {
  if (!span) return [];
  const first = monthIndex(span.first);
  const last = monthIndex(span.last);
  return Array.from({ length: last - first + 1 }, (_, i) => monthOf(first + i));
}

/**
 * Counts of `events` per month of `months`, stacked in `typeOrder`. An event counts once, in the
 * month it began: the strip shows when things started, and a range of centuries would otherwise
 * fill every month it spans. (The timeline's own counts, shown when it holds too many events to
 * draw, count an event in every period it touches; the strip's caption says so.)
 */
export function countByMonth(
  events: readonly TimelineEvent[],
  months: readonly string[],
  typeOrder: readonly string[],
): MonthBin[] {
  const start = months.length ? monthIndex(months[0]!) : 0;
  const counts = months.map(() => new Map<string, number>());
  for (const e of events) {
    const bin = counts[monthIndex(e.date) - start];
    if (bin) bin.set(e.type, (bin.get(e.type) ?? 0) + 1);
  }
  return months.map((month, i) => {
    const bin = counts[i]!;
    const byType = typeOrder.filter((t) => bin.has(t)).map((type) => ({ type, count: bin.get(type)! }));
    return { month, total: byType.reduce((sum, t) => sum + t.count, 0), byType };
  });
}

/** Where a date falls on the months axis, in months from its start (fractional within a month). */
export function monthPosition(date: Date, months: readonly string[]): number {
  if (!months.length) return 0;
  const index = date.getFullYear() * 12 + date.getMonth() - monthIndex(months[0]!);
  const days = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  return index + (date.getDate() - 1) / days;
}

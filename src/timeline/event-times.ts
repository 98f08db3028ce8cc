import type { TimelineEvent } from '../dataset/schema';
import { parseIsoDate } from '../lib/dates';

/** Each event's first day and the day after its last, as local-midnight times. */
export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
}

/** Local midnight of a day, `plusDays` later; NaN for a date that is not one. */
export const localDay = (iso: string, plusDays = 0): number => {
  const p = parseIsoDate(iso);
  return p ? new Date(p.year, p.month - 1, p.day + plusDays).getTime() : NaN;
};

const timesCache = new WeakMap<readonly TimelineEvent[], EventTimes>();

/** Start and end of every event as numbers, parsed once per list. */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const cached = timesCache.get(events);
  if (cached) return cached;
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  events.forEach((e, i) => {
    start[i] = localDay(e.date);
    end[i] = localDay(e.endDate ?? e.date, 1);
  });
  const times = { start, end };
  timesCache.set(events, times);
  return times;
}

import type { TimelineEvent } from '../dataset/schema';
import { dayTime } from '../lib/dates';

/** Each event's first day and the day after its last, as local-midnight times. */
export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
}

const timesCache = new WeakMap<readonly TimelineEvent[], EventTimes>();

/** Start and end of every event as numbers, parsed once per list. */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const cached = timesCache.get(events);
  if (cached) return cached;
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  events.forEach((e, i) => {
    start[i] = dayTime(e.date);
    end[i] = dayTime(e.endDate ?? e.date, 1);
  });
  const times = { start, end };
  timesCache.set(events, times);
  return times;
}

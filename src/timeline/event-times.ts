import type { TimelineEvent } from '../dataset/schema';
import { dayTime } from '../lib/dates';

/** Each event's first day and the day after its last, as local-midnight times. */
export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
}

const timesCache = new WeakMap<readonly TimelineEvent[], EventTimes>();
const eventCache = new WeakMap<TimelineEvent, readonly [number, number]>();

/** Start and end of every event as numbers, parsed once per event and gathered once per list. */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const cached = timesCache.get(events);
  if (cached) return cached;
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  events.forEach((e, i) => {
    let times = eventCache.get(e);
    if (!times) {
      times = [dayTime(e.date), dayTime(e.endDate ?? e.date, 1)];
      eventCache.set(e, times);
    }
    start[i] = times[0];
    end[i] = times[1];
  });
  const times = { start, end };
  timesCache.set(events, times);
  return times;
}

import type { TimelineEvent } from '../dataset/schema';
import { eventTimes, type EventTimes } from './event-times';
import { windowAround } from './plan-items';
import { framed, MIN_ZOOM, type TimeWindow } from './time-window';

/**
 * Which dates a view is framed on: what the filters keep, or the event a link opened. Pure; the
 * controller widens the result so that no axis label is cut (`clearOfLabels`).
 */

const YEAR = 365.25 * 24 * 60 * 60 * 1000;

/** A window as a string, to tell whether the reader has moved it since it was framed. */
export const windowKey = (w: TimeWindow) => `${w.start.getTime()}:${w.end.getTime()}`;

/** First start and last end of the events: from the times the plan parses anyway, once per list. */
function spanOfTimes({ start, end }: EventTimes): { start: number; end: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < start.length; i++) {
    if (start[i]! < first) first = start[i]!;
    if (end[i]! > last) last = end[i]!;
  }
  return first < last ? { start: first, end: last } : null;
}

/**
 * Whether two frames show nearly the same dates: a filter that moves the first or last date by
 * a sliver keeps the reader's view (and the items drawn) rather than jolting it.
 */
export function nearlySame(a: TimeWindow, b: TimeWindow): boolean {
  const width = Math.max(b.end.getTime() - b.start.getTime(), 1);
  const off = Math.max(
    Math.abs(a.start.getTime() - b.start.getTime()),
    Math.abs(a.end.getTime() - b.end.getTime()),
  );
  return off / width < 0.05;
}

/**
 * The window that frames what the filters keep, inside `limits`: a date filter's stretch (either
 * end may be open), else the events' dates. Null when that is empty.
 */
export function frameTarget(
  events: readonly TimelineEvent[],
  period: { start?: number; end?: number } | null | undefined,
  limits: TimeWindow,
): TimeWindow | null {
  const span = spanOfTimes(eventTimes(events));
  const start = period?.start ?? span?.start;
  const end = period?.end ?? span?.end;
  if (start === undefined || end === undefined || !(start < end)) return null;
  const lo = Math.max(start, limits.start.getTime());
  const hi = Math.min(end, limits.end.getTime());
  return lo < hi ? framed(lo, hi) : null;
}

/** Around the event a link opened: at most a year wide, and no wider than `target`. */
export function aroundOpened(event: TimelineEvent, target: TimeWindow, events: readonly TimelineEvent[]) {
  const width = Math.min(target.end.getTime() - target.start.getTime(), YEAR);
  return windowAround(event, width, events, MIN_ZOOM);
}

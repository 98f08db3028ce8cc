import type { TimelineEvent } from '../dataset/schema';
import { periodFor, periodOf, type Period } from './count-bins';
import { eventTimes } from './event-times';
import { dayTime } from '../lib/dates';
import type { TimeWindow } from './time-window';

/**
 * Most events drawn one by one. A window holding more shows counts per row and period instead:
 * nobody reads thousands of stacked boxes, and each costs the browser style, layout and paint.
 * A dataset (after filters) of at most this many is simply drawn whole.
 */
export const DRAW_LIMIT = 1500;

/**
 * What the timeline holds:
 * - `all`: every event (small sets; nothing to do as the reader zooms);
 * - `events`: the events that touch `covered`, the window plus half its width either side;
 * - `counts`: counts by row and `period` over the same stretch, widened to whole periods.
 */
export type Plan =
  | { mode: 'all' }
  | { mode: 'events'; covered: TimeWindow }
  | { mode: 'counts'; period: Period; covered: TimeWindow };

const ms = (d: Date | number) => (typeof d === 'number' ? d : d.getTime());

/** How many events touch the window. */
export function countInWindow(events: readonly TimelineEvent[], window: TimeWindow): number {
  const { start, end } = eventTimes(events);
  const from = ms(window.start);
  const to = ms(window.end);
  let n = 0;
  for (let i = 0; i < events.length; i++) if (start[i]! < to && end[i]! > from) n++;
  return n;
}

/** The events that touch the window, in their order. */
export function eventsIn(events: readonly TimelineEvent[], window: TimeWindow): TimelineEvent[] {
  const { start, end } = eventTimes(events);
  const from = ms(window.start);
  const to = ms(window.end);
  return events.filter((_, i) => start[i]! < to && end[i]! > from);
}

/** The window widened by `share` of its width either side, so a short pan needs no new items. */
function around(window: TimeWindow, share: number): TimeWindow {
  const pad = (ms(window.end) - ms(window.start)) * share;
  return { start: new Date(ms(window.start) - pad), end: new Date(ms(window.end) + pad) };
}

export function planFor(
  events: readonly TimelineEvent[],
  window: TimeWindow,
  axisPx: number,
  limit = DRAW_LIMIT,
): Plan {
  if (events.length <= limit) return { mode: 'all' };
  // Half a window either side: a pan by the arrow keys (a fifth) needs nothing new, and a window
  // that holds the limit brings twice as many events, not three times.
  const covered = around(window, 0.5);
  if (countInWindow(events, window) <= limit) return { mode: 'events', covered };
  const period = periodFor(ms(window.end) - ms(window.start), axisPx);
  return {
    mode: 'counts',
    period,
    covered: { start: periodOf(covered.start, period).start, end: periodOf(covered.end, period).end },
  };
}

/** Whether what `current` put on the timeline still serves the window `next` was planned for. */
export function keepsPlan(current: Plan | null, next: Plan, window: TimeWindow): boolean {
  if (!current || current.mode !== next.mode) return false;
  if (current.mode === 'all') return true;
  if (current.mode === 'counts' && next.mode === 'counts' && current.period !== next.period) return false;
  return ms(window.start) >= ms(current.covered.start) && ms(window.end) <= ms(current.covered.end);
}

/**
 * A window centred on `event`, as wide as `width` or narrower, that shows events rather than
 * counts: the view a reader expects after choosing the event in the list or opening a link to it.
 */
export function windowAround(
  event: TimelineEvent,
  width: number,
  events: readonly TimelineEvent[],
  minWidth: number,
  limit = DRAW_LIMIT,
): TimeWindow {
  const from = dayTime(event.date);
  const to = dayTime(event.endDate ?? event.date, 1);
  const middle = (from + to) / 2;
  // The whole event shows, with a margin (as vis-timeline's focus would widen it to).
  const least = Math.max(minWidth, (to - from) * 1.1);
  let w = Math.max(width, least);
  const at = (span: number) => ({ start: new Date(middle - span / 2), end: new Date(middle + span / 2) });
  while (w / 2 >= least && countInWindow(events, at(w)) > limit) w /= 2;
  return at(w);
}

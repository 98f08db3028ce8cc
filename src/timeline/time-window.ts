/**
 * The timeline's window maths, in local time (the axis is drawn in local time), as plain numbers.
 * Every year from 1 to 9999 is a real year here: `new Date(y, …)` and `Date.UTC` read years 0–99
 * as 1900–1999, so days are built with `setFullYear`.
 */
import { eventSpan } from '../dataset/span';
import { DAY, dayTime, localTime } from '../lib/dates';

/** A stretch of time shown on, or allowed to, the timeline. Not the DOM's `Window`. */
export type TimeWindow = { start: Date; end: Date };

/** The narrowest window the timeline zooms to. */
export const MIN_ZOOM = 7 * DAY;

/**
 * Share of a framed window left empty before the first event; twice as much after the last,
 * where a marker's label runs on to the right.
 */
export const FRAME_MARGIN = 0.025;

/** The widest axis label ("2019", "Sep", "Wed 12"), in pixels, with its padding. */
export const LABEL_PX = 52;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The stretch a `from`/`to` filter names: `2020`, `2020-01` or `2020-01-31`, from the first day's
 * midnight to the midnight after the last day. Null for anything else.
 */
export function periodTimes(value: string): { start: number; end: number } | null {
  const m = PARTIAL.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]) - 1;
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 0 || month > 11)) return null;
  if (month === null) return { start: localTime(year, 0, 1), end: localTime(year + 1, 0, 1) };
  if (day === null) return { start: localTime(year, month, 1), end: localTime(year, month + 1, 1) };
  const start = localTime(year, month, day);
  if (new Date(start).getDate() !== day) return null;
  return { start, end: localTime(year, month, day + 1) };
}

/** First day and the day after the last of dated things (`{ date, endDate? }`), as times. */
export function spanTimes(events: readonly { date: string; endDate?: string }[]): {
  start: number;
  end: number;
} | null {
  const span = eventSpan(events);
  return span && { start: dayTime(span.first), end: dayTime(span.last, 1) };
}

/**
 * The window that shows `[start, end)` with a small margin either side (never from label widths,
 * as vis-timeline's `fit()` does), at least `minWidth` wide, centred when it had to widen.
 */
export function framed(start: number, end: number, minWidth = MIN_ZOOM, margin = FRAME_MARGIN): TimeWindow {
  const width = end - start;
  if (width * (1 + 3 * margin) < minWidth) {
    const middle = (start + end) / 2;
    return { start: new Date(middle - minWidth / 2), end: new Date(middle + minWidth / 2) };
  }
  const pad = width * margin;
  return { start: new Date(start - pad), end: new Date(end + 2 * pad) };
}

/**
 * How far the reader may pan and zoom out: the frame of the whole dataset and a little more, so
 * a swipe never lands on empty years. At least a month either side, where the timeline parks its
 * window while it takes many items (see `parkingWindow`).
 */
export function limitsAround(frame: TimeWindow): TimeWindow {
  const width = frame.end.getTime() - frame.start.getTime();
  const pad = Math.max(width * 0.05, 31 * DAY);
  return { start: new Date(frame.start.getTime() - pad), end: new Date(frame.end.getTime() + pad) };
}

/** `window` moved (not resized, unless it is wider) to lie inside `limits`. */
export function clamped(window: TimeWindow, limits: TimeWindow): TimeWindow {
  const lo = limits.start.getTime();
  const hi = limits.end.getTime();
  let start = window.start.getTime();
  let end = window.end.getTime();
  if (end - start >= hi - lo) return { start: new Date(lo), end: new Date(hi) };
  if (start < lo) [start, end] = [lo, end + lo - start];
  if (end > hi) [start, end] = [start - (end - hi), hi];
  return { start: new Date(start), end: new Date(end) };
}

/** Boundaries the axis may label: whole years (and their multiples), months, days. */
function boundaryAtOrBefore(t: number, unit: 'day' | 'month' | number): number {
  const d = new Date(t);
  if (unit === 'day') return localTime(d.getFullYear(), d.getMonth(), d.getDate());
  if (unit === 'month') return localTime(d.getFullYear(), d.getMonth(), 1);
  return localTime(d.getFullYear() - (((d.getFullYear() % unit) + unit) % unit), 0, 1);
}

const UNITS = [1000, 500, 100, 50, 10, 5, 1, 'month', 'day'] as const;
const UNIT_MS = (unit: (typeof UNITS)[number]) =>
  unit === 'day' ? DAY : unit === 'month' ? 30.44 * DAY : unit * 365.25 * DAY;

/**
 * `window` widened just enough that no axis label is cut at either edge. A label starts at its
 * tick and runs right: one that starts less than a label's width left of the window would read
 * "019" for "2019", so the window starts at that tick instead; one that starts less than a
 * label's width before the end gets room to the right. Only units wide enough to be labelled
 * at this zoom are considered.
 */
export function clearOfLabels(window: TimeWindow, axisPx: number, labelPx = LABEL_PX): TimeWindow {
  let start = window.start.getTime();
  let end = window.end.getTime();
  const msPerPx = (end - start) / Math.max(1, axisPx);
  const room = labelPx * msPerPx;
  for (const unit of UNITS) {
    if (UNIT_MS(unit) < room) continue;
    const before = boundaryAtOrBefore(start, unit);
    if (start - before > 0 && start - before < room) start = before;
    const last = boundaryAtOrBefore(end, unit);
    if (end - last < room) end = last + room;
  }
  return { start: new Date(start), end: new Date(end) };
}

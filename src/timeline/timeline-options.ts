import type { TimelineOptions } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../dataset/schema';
import { addDays, toLocalDate } from '../lib/dates';

const DAY = 24 * 60 * 60 * 1000;

export type Window = { start: Date; end: Date };

/** The narrowest window the timeline zooms to. */
export const MIN_ZOOM = 7 * DAY;

/** The dataset's span with room around it: a little before, more after (boxes run to the right). */
export function spanOf(events: readonly TimelineEvent[]): Window {
  let first = events[0]?.date ?? '2000-01-01';
  let last = first;
  for (const e of events) {
    if (e.date < first) first = e.date;
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  const days = (toLocalDate(last).getTime() - toLocalDate(first).getTime()) / DAY;
  const before = Math.max(10, Math.round(days / 50));
  const after = Math.max(30, Math.round(days / 8));
  return { start: toLocalDate(addDays(first, -before)), end: toLocalDate(addDays(last, after)) };
}

/**
 * A week one whole span before the data, at the earliest the timeline may show: no event is there,
 * and no count either (counts reach at most a year and half a window beyond the one shown), so
 * nothing is drawn while the window rests on it.
 */
export function parkingWindow(span: Window): Window {
  const start = span.start.getTime() - (span.end.getTime() - span.start.getTime());
  return { start: new Date(start), end: new Date(start + 7 * DAY) };
}

export function timelineOptions(span: Window, maxHeight: number | undefined): TimelineOptions {
  const width = span.end.getTime() - span.start.getTime();
  return {
    // No start or end here: given those, vis-timeline stays hidden until a range change has settled
    // (200 ms) and its next one-second size check. The window is set to the span right after the
    // first draw instead, when the items arrive.
    // Room to pan one whole span either side, so any event can be brought to the middle.
    min: new Date(span.start.getTime() - width),
    max: new Date(span.end.getTime() + width),
    zoomMin: MIN_ZOOM,
    zoomMax: width * 1.25,
    orientation: { axis: 'top', item: 'top' },
    align: 'left',
    stack: true,
    selectable: true,
    multiselect: false,
    showTooltips: true,
    tooltip: { followMouse: true, delay: 150, overflowMethod: 'flip' },
    // A plain wheel scrolls the page; ctrl+wheel (and trackpad pinch) zooms.
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    verticalScroll: true,
    // In an iframe that grows to fit its content, a height in vh would grow with it.
    maxHeight: maxHeight ?? '70vh',
    minHeight: 240,
    groupOrder: 'order',
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
    locale: 'en',
  };
}

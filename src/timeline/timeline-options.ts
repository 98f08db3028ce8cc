import type { TimelineOptions } from 'vis-timeline/esnext';
import { localTime } from '../lib/dates';
import type { TimelineItem } from './to-timeline-items';
import { framed, limitsAround, MIN_ZOOM, spanTimes, type TimeWindow } from './time-window';

/** The events' dates with a small margin: the window that shows all of them. */
export function spanOf(events: readonly { date: string; endDate?: string }[]): TimeWindow {
  const span = spanTimes(events);
  if (!span) return framed(localTime(2000, 0, 1), localTime(2000, 0, 2));
  return framed(span.start, span.end);
}

/**
 * A week at the earliest the timeline may show, before all the data: no event is there, and no
 * count either, so nothing is drawn while the window rests on it.
 */
export function parkingWindow(frame: TimeWindow): TimeWindow {
  const { start } = limitsAround(frame);
  return { start, end: new Date(start.getTime() + MIN_ZOOM) };
}

/** `frame` is the window of the whole dataset: the reader may pan and zoom out a little past it. */
export function timelineOptions(frame: TimeWindow, maxHeight: number | undefined): TimelineOptions {
  const limits = limitsAround(frame);
  return {
    // No start or end here: given those, vis-timeline stays hidden until a range change has settled
    // (200 ms) and its next one-second size check. The window is set right after the first draw
    // instead, when the items arrive.
    min: limits.start,
    max: limits.end,
    zoomMin: MIN_ZOOM,
    zoomMax: limits.end.getTime() - limits.start.getTime(),
    orientation: { axis: 'top', item: 'top' },
    align: 'left',
    stack: true,
    selectable: true,
    multiselect: false,
    showTooltips: true,
    // Each item's tooltip is built when it is first pointed at (TimelineItem.tooltip). vis-timeline
    // shows an element the template returns as it is; its types only name strings.
    tooltip: {
      followMouse: true,
      delay: 150,
      overflowMethod: 'flip',
      template: (_item, data) =>
        (data as unknown as TimelineItem | undefined)?.tooltip() as unknown as string,
    },
    // A plain wheel scrolls the page; ctrl+wheel (and trackpad pinch) zooms.
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    verticalScroll: true,
    // In an iframe that grows to fit its content, a height in vh would grow with it.
    maxHeight: maxHeight ?? '70vh',
    // Given a height to fill (an embed measures the room its bars leave), the timeline fills it, so
    // a dataset with few rows still gives the frame to the events rather than to blank space.
    minHeight: maxHeight ?? 240,
    groupOrder: 'order',
    margin: { item: { horizontal: 6, vertical: 4 }, axis: 8 },
    locale: 'en',
  };
}

import type { Timeline } from 'vis-timeline/esnext';

/**
 * Two things vis-timeline 8 offers no option for, reached through its own members. The test beside
 * this file fails if an upgrade renames them.
 */
interface Internals {
  initialFitDone?: boolean;
  emit?: (event: string) => void;
}

const internals = (timeline: Timeline) => timeline as unknown as Internals;

/**
 * Given no `start` and `end`, vis-timeline fits its window to the items on its first draw; given
 * them, it stays hidden until its range has settled (200 ms). The app frames the first window
 * itself, on dates, before that draw: the fit is skipped.
 */
export function skipInitialFit(timeline: Timeline): void {
  internals(timeline).initialFitDone = true;
}

/**
 * Draws now instead of at the next animation frame (its change event without `queue`), so that
 * the row labels, and therefore the width of the time axis, are known before the first window is
 * framed.
 */
export function drawNow(timeline: Timeline): void {
  internals(timeline).emit?.('_change');
}

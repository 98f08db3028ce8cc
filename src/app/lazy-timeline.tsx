import { lazy } from 'react';
import { initialUrlState, useUrlState } from '../url-state/use-url-state';

/** Below this width the list, not the timeline, is the view a reader gets by default. */
export const NARROW_SCREEN = '(max-width: 639px)';

// The timeline and its library (vis-timeline, moment, hammer) are their own chunk, so a phone
// showing the list never downloads them. The same promise serves the early start and React.
const load = () => import('../timeline/timeline-view');

/** The timeline view, loaded on first use. A chunk that cannot be fetched leaves a way on. */
export const LazyTimelineView = lazy(() =>
  load().then(
    (m) => ({ default: m.TimelineView }),
    () => ({ default: TimelineUnavailable }),
  ),
);

/**
 * Starts downloading the timeline's chunk beside the dataset when the first view will be the
 * timeline, so a wide screen pays no extra round trip for the split.
 */
export function preloadTimeline(): void {
  const narrow = window.matchMedia?.(NARROW_SCREEN).matches ?? false;
  const view = initialUrlState().view ?? (narrow ? 'list' : 'timeline');
  // A failed download is reported where the timeline is shown; nothing to catch here.
  if (view === 'timeline') load().catch(() => {});
}

/** Holds the timeline's place while its code arrives, so the page does not jump. */
export function TimelineLoading() {
  return (
    <div
      role="status"
      className="flex min-h-80 items-center justify-center rounded-lg border border-slate-300 bg-white"
    >
      <span className="text-sm text-slate-700">Loading the timeline…</span>
    </div>
  );
}

function TimelineUnavailable() {
  const [, setState] = useUrlState();
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-white p-4 text-sm text-slate-800">
      <p>The timeline could not be loaded (network error). The list shows the same events.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => setState({ view: 'list' })}>
          Show the list
        </button>
      </div>
    </div>
  );
}

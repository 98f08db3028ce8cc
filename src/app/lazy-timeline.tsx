import { useEffect, useState } from 'react';
import type { TimelineView as View, TimelineViewProps } from '../timeline/timeline-view';
import { NARROW_SCREEN } from '../lib/screens';
import { initialUrlState, useUrlState } from '../url-state/use-url-state';

type TimelineModule = { TimelineView: typeof View };
type Loaded = { module: TimelineModule } | { failed: true };

// The timeline and its library (vis-timeline, moment, hammer) are their own chunk, so a phone
// showing the list never downloads them. One download serves the early start and the view.
let loaded: Loaded | undefined;
let loading: Promise<Loaded> | undefined;
function load(): Promise<Loaded> {
  loading ??= import('../timeline/timeline-view').then(
    (module) => (loaded = { module }),
    // A chunk that cannot be fetched leaves a way on (see TimelineUnavailable).
    () => (loaded = { failed: true }),
  );
  return loading;
}

/**
 * The timeline view, loaded on first use. Not React.lazy: a lazy component always suspends on its
 * first render (even when its code is already here), and React holds back the content that
 * replaces a Suspense fallback for 300 ms. Once the code is here it renders at once; until then a
 * placeholder keeps its place, and the view replaces it as an ordinary update.
 */
export function LazyTimelineView(props: TimelineViewProps) {
  const [state, setState] = useState(loaded);
  useEffect(() => {
    if (state) return;
    let live = true;
    void load().then((result) => live && setState(result));
    return () => {
      live = false;
    };
  }, [state]);
  if (!state) return <TimelineLoading />;
  if ('failed' in state) return <TimelineUnavailable />;
  const { TimelineView } = state.module;
  return <TimelineView {...props} />;
}

/**
 * Starts downloading the timeline's chunk beside the dataset when the first view will be the
 * timeline, so a wide screen pays no extra round trip for the split.
 */
export function preloadTimeline(): void {
  const narrow = window.matchMedia?.(NARROW_SCREEN).matches ?? false;
  const view = initialUrlState().view ?? (narrow ? 'list' : 'timeline');
  if (view === 'timeline') void load();
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

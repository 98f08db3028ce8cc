import { startTransition, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { DensityStrip } from '../density/density-strip';
import { CLEARED } from '../filters/active-filters';
import { FilterChips } from '../filters/filter-chips';
import { useVisibleEvents } from '../filters/use-visible-events';
import { EventList } from '../list/event-list';
import { NARROW_SCREEN } from '../lib/screens';
import { useMediaQuery } from '../lib/use-media-query';
import type { GroupBy, View } from '../url-state/params';
import { useUrlState } from '../url-state/use-url-state';
import { LazyTimelineView } from './lazy-timeline';
import { RegionBoundary } from './region-boundary';
import { TakeAway } from './take-away';
import { TypeLegend } from './type-legend';

/** The element holding the timeline or the list: where "Skip to events" and "Show N events" go. */
export const EVENTS_ID = 'events';

/**
 * How much chrome sits around the events: the full page; an embed (the same controls, tighter);
 * or a bare embed (`controls=0`: the events, the axis and the zoom buttons only).
 */
export type EventsVariant = 'page' | 'embed' | 'bare';

/** The timeline's own bars above its events (zoom buttons, key hints), about. */
const TIMELINE_BARS_PX = 72;

/** The count, the view and grouping switches, the legend, and the timeline or the list. */
export function EventsView({
  datasetKey,
  variant = 'page',
}: {
  datasetKey: string;
  variant?: EventsVariant;
}) {
  const visible = useVisibleEvents();
  const [state, setState] = useUrlState();
  const narrow = useMediaQuery(NARROW_SCREEN);
  // The visible window is the timeline's own, not shareable state: it only outlines the strip.
  const [visibleWindow, setVisibleWindow] = useState<{ start: Date; end: Date } | null>(null);
  // Outlining the strip can wait: the timeline's own draw (its first, or a zoom) is painted first.
  const showWindow = useCallback(
    (window: { start: Date; end: Date }) => startTransition(() => setVisibleWindow(window)),
    [],
  );
  // In an embed the timeline takes the height the bars around it leave in the frame, measured once
  // before it is drawn: in a frame that the host sizes to its content, a height that followed the
  // frame would grow with it. `null` until measured.
  const eventsRef = useRef<HTMLDivElement>(null);
  const [maxHeight, setMaxHeight] = useState<number | undefined | null>(
    variant === 'page' ? undefined : null,
  );
  useLayoutEffect(() => {
    const events = eventsRef.current;
    if (maxHeight !== null || !events) return;
    const top = events.getBoundingClientRect().top + window.scrollY;
    const below =
      document.documentElement.getBoundingClientRect().height + window.scrollY - (top + events.offsetHeight);
    setMaxHeight(Math.max(240, Math.floor(window.innerHeight - top - below - TIMELINE_BARS_PX)));
  }, [maxHeight]);
  const select = useCallback(
    (id: string | null) => setState({ event: id ?? undefined }, { push: id !== null }),
    [setState],
  );
  if (!visible) return null;
  const { dataset, vocab, events, selectedId, chainId, filters } = visible;
  const view: View = state.view ?? (narrow ? 'list' : 'timeline');
  const bare = variant === 'bare';
  const count = `Showing ${events.length.toLocaleString('en-US')} of ${dataset.events.length.toLocaleString('en-US')} events`;

  return (
    <div className={`flex min-w-0 flex-col ${variant === 'page' ? 'gap-3' : 'gap-2'}`}>
      {bare ? (
        <p role="status" aria-live="polite" className="sr-only">
          {count}
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p role="status" aria-live="polite" className="text-sm font-medium text-slate-900">
            {count}
          </p>
          <div
            role="group"
            aria-label="View"
            className="inline-flex overflow-hidden rounded-md border border-slate-300"
          >
            {(['timeline', 'list'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setState({ view: v })}
                className={`px-3 text-sm font-medium ${variant === 'page' ? 'py-1.5' : 'py-1'} ${view === v ? 'bg-slate-900 text-white' : 'bg-white text-slate-800 hover:bg-slate-100'}`}
              >
                {v === 'timeline' ? 'Timeline' : 'List'}
              </button>
            ))}
          </div>
          {view === 'timeline' && (
            <label className="flex items-center gap-2 text-sm text-slate-800">
              Rows by
              <select
                className={`rounded-md border border-slate-400 bg-white px-2 text-sm ${variant === 'page' ? 'py-1.5' : 'py-1'}`}
                value={state.group}
                onChange={(e) => setState({ group: e.target.value as GroupBy })}
              >
                <option value="actor">Actor</option>
                <option value="type">Event type</option>
              </select>
            </label>
          )}
        </div>
      )}
      {!bare && <FilterChips />}
      {/* The list names each event's type; on a phone the legend only explains the timeline. */}
      {!bare && (view === 'timeline' || !narrow) && (
        <TypeLegend eventTypes={dataset.eventTypes} eras={dataset.eras} compact={variant !== 'page'} />
      )}
      {variant === 'page' && <TakeAway narrow={narrow} />}
      {!bare && (
        <RegionBoundary label="month strip" resetKey={datasetKey}>
          <DensityStrip
            events={events}
            vocab={vocab}
            window={view === 'timeline' ? visibleWindow : null}
            from={filters.from}
            to={filters.to}
            onRange={(from, to) => setState({ from, to, chain: undefined })}
            compact={variant !== 'page'}
          />
        </RegionBoundary>
      )}
      <div id={EVENTS_ID} ref={eventsRef} tabIndex={-1} className="flex min-w-0 flex-col gap-3">
        {events.length === 0 && (
          <div className="rounded-md border border-dashed border-slate-400 p-6 text-center text-slate-700">
            <p className="font-medium text-slate-900">No events match these filters.</p>
            {!bare && (
              <button type="button" className="btn mt-3" onClick={() => setState(CLEARED)}>
                Clear filters
              </button>
            )}
          </div>
        )}
        {view === 'timeline'
          ? maxHeight !== null && (
              <RegionBoundary label="timeline" resetKey={datasetKey}>
                <LazyTimelineView
                  key={datasetKey}
                  events={events}
                  allEvents={dataset.events}
                  vocab={vocab}
                  groupBy={state.group}
                  selectedId={selectedId}
                  onSelect={select}
                  chainId={chainId}
                  eras={dataset.eras}
                  from={chainId ? undefined : filters.from}
                  to={chainId ? undefined : filters.to}
                  onRangeChange={showWindow}
                  maxHeight={maxHeight}
                />
              </RegionBoundary>
            )
          : events.length > 0 && (
              <RegionBoundary label="list" resetKey={datasetKey}>
                <EventList events={events} vocab={vocab} selectedId={selectedId} onSelect={select} />
              </RegionBoundary>
            )}
      </div>
    </div>
  );
}

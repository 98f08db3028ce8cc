import { useCallback, useState, type CSSProperties } from 'react';
import { DensityStrip } from '../density/density-strip';
import { ExportMenu } from '../export/export-menu';
import { useVisibleEvents } from '../filters/use-visible-events';
import { EventList } from '../list/event-list';
import { useMediaQuery } from '../lib/use-media-query';
import { TimelineView } from '../timeline/timeline-view';
import type { GroupBy, View } from '../url-state/params';
import { useUrlState } from '../url-state/use-url-state';
import { RegionBoundary } from './region-boundary';

/** The count, the view and grouping switches, the legend, and the timeline or the list. */
export function EventsView({ datasetKey, compact = false }: { datasetKey: string; compact?: boolean }) {
  const visible = useVisibleEvents();
  const [state, setState] = useUrlState();
  const narrow = useMediaQuery('(max-width: 639px)');
  // The visible window is the timeline's own, not shareable state: it only outlines the strip.
  const [visibleWindow, setVisibleWindow] = useState<{ start: Date; end: Date } | null>(null);
  const select = useCallback(
    (id: string | null) => setState({ event: id ?? undefined }, { push: id !== null }),
    [setState],
  );
  if (!visible) return null;
  const { dataset, vocab, events, selectedId, chainId, filters } = visible;
  const view: View = state.view ?? (narrow ? 'list' : 'timeline');

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p role="status" aria-live="polite" className="text-sm font-medium text-slate-900">
          Showing {events.length.toLocaleString('en-US')} of {dataset.events.length.toLocaleString('en-US')}{' '}
          events
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
              className={`px-3 py-1.5 text-sm font-medium ${view === v ? 'bg-slate-900 text-white' : 'bg-white text-slate-800 hover:bg-slate-100'}`}
            >
              {v === 'timeline' ? 'Timeline' : 'List'}
            </button>
          ))}
        </div>
        {view === 'timeline' && (
          <label className="flex items-center gap-2 text-sm text-slate-800">
            Rows by
            <select
              className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
              value={state.group}
              onChange={(e) => setState({ group: e.target.value as GroupBy })}
            >
              <option value="actor">Actor</option>
              <option value="type">Event type</option>
            </select>
          </label>
        )}
      </div>
      {
        <ul
          aria-label="Legend: event types"
          className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800"
        >
          {dataset.eventTypes.map((t) => (
            <li key={t.id} className="flex min-w-0 items-center gap-1.5 wrap-anywhere" title={t.description}>
              <span
                className="swatch"
                aria-hidden="true"
                style={{ '--et-color': t.color } as CSSProperties}
              />
              <bdi>{t.label}</bdi>
            </li>
          ))}
        </ul>
      }
      {!compact && (
        <div className="flex flex-wrap items-center gap-2">
          <ExportMenu />
          <button type="button" className="btn" onClick={() => window.print()}>
            Print list
          </button>
        </div>
      )}
      <RegionBoundary label="month strip" resetKey={datasetKey}>
        <DensityStrip
          events={events}
          allEvents={dataset.events}
          vocab={vocab}
          window={view === 'timeline' ? visibleWindow : null}
          from={filters.from}
          to={filters.to}
          onRange={(from, to) => setState({ from, to, chain: undefined })}
        />
      </RegionBoundary>
      {view === 'timeline' ? (
        <RegionBoundary label="timeline" resetKey={datasetKey}>
          <TimelineView
            key={datasetKey}
            events={events}
            allEvents={dataset.events}
            vocab={vocab}
            groupBy={state.group}
            selectedId={selectedId}
            onSelect={select}
            chainRoot={chainId}
            onRangeChange={setVisibleWindow}
            maxHeight={compact ? 420 : undefined}
          />
        </RegionBoundary>
      ) : (
        <RegionBoundary label="list" resetKey={datasetKey}>
          <EventList events={events} vocab={vocab} selectedId={selectedId} onSelect={select} />
        </RegionBoundary>
      )}
    </div>
  );
}

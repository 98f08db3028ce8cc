import { useId, useState } from 'react';
import type { Dataset } from '../dataset/schema';
import type { DatasetSource } from '../dataset/dataset-source';
import { OpenEvent } from '../details/open-event';
import { getEmbedMode } from '../embed/embed-mode';
import { activeFilters } from '../filters/active-filters';
import { FilterPanel } from '../filters/filter-panel';
import { useVisibleEvents } from '../filters/use-visible-events';
import type { Ignored } from '../url-state/params';
import { fullPageLink, useUrlState } from '../url-state/use-url-state';
import { EventsView } from './events-view';
import { Notice } from './notice';
import { RegionBoundary } from './region-boundary';
import { SkipLink } from './skip-link';

/**
 * The compact page for iframes: the same parts as the full page, laid out tighter. The page keeps
 * its natural height (the host sizes the frame to it, up to the reader's screen); when the frame
 * is shorter, the content scrolls inside it and the bar with "Open full timeline" stays in view.
 */
export function EmbedLayout({
  dataset,
  source,
  ignored,
  open,
}: {
  dataset: Dataset;
  source: DatasetSource;
  ignored: Ignored[];
  open: boolean;
}) {
  const [state, setState] = useUrlState();
  const visible = useVisibleEvents();
  const { controls } = getEmbedMode();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const host = source.ok && source.isForeign ? source.host : null;
  const active = visible ? activeFilters(visible.filters, visible.vocab).length : 0;

  return (
    <div className="flex flex-col bg-slate-50 text-slate-900">
      <SkipLink />
      {controls && (
        <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-3 py-1.5">
          <h1 className="min-w-0 flex-1 text-base font-semibold wrap-anywhere">
            <bdi>{dataset.title}</bdi>
          </h1>
          {host && (
            <span className="badge bg-amber-100 text-amber-950">
              Data from <bdi>{host}</bdi>
            </span>
          )}
          <button
            type="button"
            className="btn min-h-8 py-1"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((o) => !o)}
          >
            Filters{active ? ` (${active})` : ''}
          </button>
        </header>
      )}
      {controls && filtersOpen && (
        <div id={filtersId} className="border-b border-slate-200 bg-white p-3">
          <FilterPanel />
        </div>
      )}
      <main className={`flex flex-col gap-2 ${controls ? 'px-2 pt-2 pb-1 sm:px-3' : 'px-2 pt-2 pb-1'}`}>
        {!controls && (
          <h1 className="sr-only">
            <bdi>{dataset.title}</bdi>
          </h1>
        )}
        <Notice items={ignored} />
        <EventsView datasetKey={source.ok ? source.url : ''} variant={controls ? 'embed' : 'bare'} />
      </main>
      {open && (
        <div className="fixed inset-0 z-40 flex justify-end bg-black/40">
          <div className="flex h-full w-full max-w-md flex-col p-2">
            <RegionBoundary
              label="event details"
              onClose={() => setState({ event: undefined })}
              resetKey={state.event}
            >
              <OpenEvent />
            </RegionBoundary>
          </div>
        </div>
      )}
      <footer className="sticky bottom-0 z-20 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-t border-slate-200 bg-white px-3 py-1.5 text-xs text-slate-700">
        <a className="link font-medium" href={fullPageLink(state)} target="_blank" rel="noopener noreferrer">
          Open full timeline
        </a>
        <span className="min-w-0 wrap-anywhere">
          Data: <bdi>{dataset.title}</bdi>
          {dataset.license && (
            <>
              {' · '}
              <bdi>{dataset.license}</bdi>
            </>
          )}
          {host && (
            <>
              {' · from '}
              <bdi>{host}</bdi>
            </>
          )}
        </span>
      </footer>
    </div>
  );
}

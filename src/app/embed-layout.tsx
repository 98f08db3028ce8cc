import { useId, useState } from 'react';
import type { Dataset } from '../dataset/schema';
import type { DatasetSource } from '../dataset/dataset-source';
import { OpenEvent } from '../details/open-event';
import { getEmbedMode } from '../embed/embed-mode';
import { FilterPanel } from '../filters/filter-panel';
import type { Ignored } from '../url-state/params';
import { fullPageLink, useUrlState } from '../url-state/use-url-state';
import { EventsView } from './events-view';
import { Notice } from './notice';
import { RegionBoundary } from './region-boundary';

/** The compact page for iframes: the same parts as the full page, laid out tighter. */
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
  const { controls } = getEmbedMode();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const host = source.ok && source.isForeign ? source.host : null;
  const active =
    state.actors.length + state.types.length + (state.from ? 1 : 0) + (state.to ? 1 : 0) + (state.q ? 1 : 0);

  return (
    <div className="flex flex-col bg-slate-50 text-slate-900">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-3 py-2">
        <h1 className="min-w-0 flex-1 text-base font-semibold wrap-anywhere">
          <bdi>{dataset.title}</bdi>
        </h1>
        {host && (
          <span className="badge bg-amber-100 text-amber-950">
            Data from <bdi>{host}</bdi>
          </span>
        )}
        {controls && (
          <button
            type="button"
            className="btn"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((o) => !o)}
          >
            Filters{active ? ` (${active})` : ''}
          </button>
        )}
      </header>
      {controls && filtersOpen && (
        <div id={filtersId} className="border-b border-slate-200 bg-white p-3">
          <FilterPanel />
        </div>
      )}
      <main className="flex flex-col gap-3 p-3">
        <Notice items={ignored} />
        <EventsView datasetKey={source.ok ? source.url : ''} compact />
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
      <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 bg-white px-3 py-2 text-xs text-slate-700">
        <a className="link font-medium" href={fullPageLink(state)} target="_blank" rel="noopener noreferrer">
          Open full timeline
        </a>
        <span className="wrap-anywhere">
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

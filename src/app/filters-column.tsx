import { useState } from 'react';
import { activeFilters } from '../filters/active-filters';
import { FilterPanel } from '../filters/filter-panel';
import { useVisibleEvents } from '../filters/use-visible-events';
import { useMediaQuery } from '../lib/use-media-query';
import { plural } from '../lib/format';
import { EVENTS_ID } from './events-view';

/**
 * A column beside the timeline on wide screens; a closed "Filters" disclosure on narrow ones,
 * whose bar keeps the count and "Show N events" on screen while the reader taps filters.
 */
export function FiltersColumn() {
  const wide = useMediaQuery('(min-width: 1024px)');
  const visible = useVisibleEvents();
  const [open, setOpen] = useState(false);
  if (wide) return <FilterPanel />;
  if (!visible) return null;
  const active = activeFilters(visible.filters, visible.vocab).length;
  const shown = visible.events.length;
  const showEvents = () => {
    setOpen(false);
    const events = document.getElementById(EVENTS_ID);
    events?.focus({ preventScroll: true });
    events?.scrollIntoView({ block: 'start' });
  };
  return (
    <details
      className="rounded-md border border-slate-300 bg-white"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer p-3 text-sm font-semibold">
        Filters{active ? ` (${active})` : ''}
      </summary>
      <div className="px-3 pb-3">
        <FilterPanel />
      </div>
      <div className="sticky bottom-0 flex flex-wrap items-center justify-between gap-2 rounded-b-md border-t border-slate-300 bg-white p-3 shadow-[0_-4px_8px_-6px_rgb(0_0_0/0.3)]">
        <p className="text-sm text-slate-800">
          {shown.toLocaleString('en-US')} of {plural(visible.dataset.events.length, 'event')} match
        </p>
        <button type="button" className="btn btn-primary" onClick={showEvents}>
          Show {plural(shown, 'event')}
        </button>
      </div>
    </details>
  );
}

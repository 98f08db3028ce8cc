import { useId } from 'react';
import { actorLabel } from '../dataset/vocab';
import { firstDayOf, lastDayOf } from '../lib/dates';
import { useUrlState } from '../url-state/use-url-state';
import { activeFilters, CLEARED } from './active-filters';
import { FacetFilter, type FacetOption } from './facet-filter';
import { SearchBox } from './search-box';
import { useVisibleEvents } from './use-visible-events';

/** Search, event types, actors, dates and Clear all; every change goes to the URL. */
export function FilterPanel() {
  const visible = useVisibleEvents();
  const [, setState] = useUrlState();
  const searchId = useId();
  const ids = { from: useId(), to: useId() };
  if (!visible) return null;
  const { dataset, vocab, counts, filters } = visible;

  const typeOptions: FacetOption[] = dataset.eventTypes.map((t) => ({
    id: t.id,
    label: t.label,
    count: counts.types.get(t.id) ?? 0,
    color: t.color,
  }));
  const actorOptions: FacetOption[] = vocab.actors
    .map((a) => ({
      id: a.id,
      label: a.name,
      aside: actorLabel(a) === a.name ? undefined : actorLabel(a),
      keywords: a.aliases.join(' '),
      count: counts.actors.get(a.id) ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const active = activeFilters(filters, vocab).length;

  const chainEvent = visible.chainId ? vocab.eventById.get(visible.chainId) : undefined;

  return (
    <form
      className="flex flex-col gap-5"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => e.preventDefault()}
    >
      {chainEvent && (
        <div
          role="status"
          className="rounded-md border border-blue-600 bg-blue-50 p-3 text-sm text-slate-900"
        >
          <p>
            The {visible.events.length} events linked by responses to “<bdi>{chainEvent.title}</bdi>”. The
            filters below are paused.
          </p>
          <button type="button" className="btn mt-2" onClick={() => setState({ chain: undefined })}>
            Clear chain
          </button>
        </div>
      )}
      <div>
        <label htmlFor={searchId} className="text-sm font-semibold text-slate-900">
          Search events
        </label>
        <SearchBox id={searchId} vocab={vocab} />
      </div>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="col-span-2 text-sm font-semibold text-slate-900">Dates</legend>
        {(['from', 'to'] as const).map((end) => (
          <div key={end}>
            <label htmlFor={ids[end]} className="text-xs text-slate-700">
              {end === 'from' ? 'From' : 'To'}
            </label>
            <input
              id={ids[end]}
              type="date"
              className="input"
              min={vocab.span?.first}
              max={vocab.span?.last}
              // A month in the URL shows as its first day in From and its last in To.
              value={filters[end] ? (end === 'from' ? firstDayOf : lastDayOf)(filters[end]) : ''}
              onChange={(e) => setState({ [end]: e.target.value || undefined })}
            />
          </div>
        ))}
      </fieldset>
      <FacetFilter
        legend="Event types"
        options={typeOptions}
        selected={filters.types}
        onChange={(types) => setState({ types })}
      />
      <FacetFilter
        legend="Actors"
        options={actorOptions}
        selected={filters.actors}
        onChange={(actors) => setState({ actors })}
        searchable
      />
      <button
        type="button"
        className="btn self-start"
        disabled={active === 0}
        onClick={() => setState(CLEARED)}
      >
        Clear all filters
      </button>
    </form>
  );
}

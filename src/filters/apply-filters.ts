import type { TimelineEvent } from '../dataset/schema';
import { foldText, type Vocab } from '../dataset/vocab';
import { lastDayOfMonth } from '../lib/dates';

/** The filtering part of the URL state, after unknown ids were dropped. */
export interface Filters {
  actors: string[];
  types: string[];
  from?: string;
  to?: string;
  q: string;
}

/** `2019-06` → `2019-06-01`; dates compare as strings from here on. */
export function startOf(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** `2019-06` → `2019-06-30`. */
export function endOf(value: string): string {
  return value.length === 7 ? lastDayOfMonth(value) : value;
}

type Facet = 'actors' | 'types' | 'dates' | 'q';

function matcher(filters: Filters, vocab: Vocab, skip?: Facet) {
  const actors = skip === 'actors' || filters.actors.length === 0 ? null : new Set(filters.actors);
  const types = skip === 'types' || filters.types.length === 0 ? null : new Set(filters.types);
  const from = skip === 'dates' || !filters.from ? null : startOf(filters.from);
  const to = skip === 'dates' || !filters.to ? null : endOf(filters.to);
  const terms = skip === 'q' ? [] : foldText(filters.q).split(/\s+/).filter(Boolean);
  return (event: TimelineEvent) => {
    if (types && !types.has(event.type)) return false;
    if (actors && !event.actors.some((a) => actors.has(a.actor))) return false;
    // An event counts as in range if any of its days is.
    if (from && (event.endDate ?? event.date) < from) return false;
    if (to && event.date > to) return false;
    if (terms.length) {
      const text = vocab.searchText.get(event.id) ?? '';
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  };
}

/** The one filter rule: the timeline, the list and the counts all use it. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: Filters,
  vocab: Vocab,
): TimelineEvent[] {
  return events.filter(matcher(filters, vocab));
}

export interface FacetCounts {
  /** Events per actor under every filter but the actor filter. */
  actors: Map<string, number>;
  /** Events per type under every filter but the type filter. */
  types: Map<string, number>;
}

export function facetCounts(events: readonly TimelineEvent[], filters: Filters, vocab: Vocab): FacetCounts {
  const byActor = matcher(filters, vocab, 'actors');
  const byType = matcher(filters, vocab, 'types');
  const actors = new Map<string, number>();
  const types = new Map<string, number>();
  for (const event of events) {
    if (byActor(event)) {
      for (const id of new Set(event.actors.map((a) => a.actor))) actors.set(id, (actors.get(id) ?? 0) + 1);
    }
    if (byType(event)) types.set(event.type, (types.get(event.type) ?? 0) + 1);
  }
  return { actors, types };
}

/** Events sorted by date, then title, for the list and for stable ids. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? -1 : 1,
  );
}

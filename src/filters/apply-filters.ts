import type { TimelineEvent } from '../dataset/schema';
import { foldText, searchTextOf, type Vocab } from '../dataset/vocab';
import { firstDayOf, lastDayOf } from '../lib/dates';

/** The filtering part of the URL state, after unknown ids were dropped. */
export interface Filters {
  actors: string[];
  types: string[];
  from?: string;
  to?: string;
  q: string;
}

/** The three tests a filter makes of an event: its type, its actors, and its dates and words. */
function tests(filters: Filters, vocab: Vocab) {
  const actors = filters.actors.length === 0 ? null : new Set(filters.actors);
  const types = filters.types.length === 0 ? null : new Set(filters.types);
  const from = filters.from ? firstDayOf(filters.from) : null;
  const to = filters.to ? lastDayOf(filters.to) : null;
  const terms = foldText(filters.q).split(/\s+/).filter(Boolean);
  const texts = terms.length ? searchTextOf(vocab) : null;
  return {
    type: (event: TimelineEvent) => !types || types.has(event.type),
    actor: (event: TimelineEvent) => !actors || event.actors.some((a) => actors.has(a.actor)),
    rest: (event: TimelineEvent) => {
      // An event counts as in range if any of its days is.
      if (from && (event.endDate ?? event.date) < from) return false;
      if (to && event.date > to) return false;
      if (texts) {
        const text = texts.get(event.id) ?? '';
        if (!terms.every((term) => text.includes(term))) return false;
      }
      return true;
    },
  };
}

/** The one filter rule: the timeline, the list and the counts all use it. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: Filters,
  vocab: Vocab,
): TimelineEvent[] {
  const { type, actor, rest } = tests(filters, vocab);
  return events.filter((e) => type(e) && actor(e) && rest(e));
}

export interface FacetCounts {
  /** Events per actor under every filter but the actor filter. */
  actors: Map<string, number>;
  /** Events per type under every filter but the type filter. */
  types: Map<string, number>;
}

/** Each event's actors, each once: an actor may appear in several roles. */
const actorIds = new WeakMap<TimelineEvent, readonly string[]>();
function actorsOf(event: TimelineEvent): readonly string[] {
  let ids = actorIds.get(event);
  if (!ids) {
    ids = [...new Set(event.actors.map((a) => a.actor))];
    actorIds.set(event, ids);
  }
  return ids;
}

/** One pass: each event is tested once for its type, its actors and the rest. */
export function facetCounts(events: readonly TimelineEvent[], filters: Filters, vocab: Vocab): FacetCounts {
  const { type, actor, rest } = tests(filters, vocab);
  const actors = new Map<string, number>();
  const types = new Map<string, number>();
  for (const event of events) {
    if (!rest(event)) continue;
    const typeOk = type(event);
    if (typeOk) for (const id of actorsOf(event)) actors.set(id, (actors.get(id) ?? 0) + 1);
    if (actor(event)) types.set(event.type, (types.get(event.type) ?? 0) + 1);
  }
  return { actors, types };
}

/** Events sorted by date, then title, for the list and for stable ids. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? -1 : 1,
  );
}

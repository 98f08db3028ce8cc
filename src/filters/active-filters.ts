import type { Vocab } from '../dataset/vocab';
import { formatDate } from '../lib/dates';
import type { UrlState } from '../url-state/params';
import type { Filters } from './apply-filters';

/** One filter in force, as the reader would name it, and the URL change that removes it. */
export interface ActiveFilter {
  key: string;
  /** What kind of filter: "Actor", "Event type", "From", "To", "Search". */
  kind: string;
  /** Its value in words, from the dataset or the reader (shown isolated). */
  value: string;
  remove: (state: UrlState) => Partial<UrlState>;
}

/** Every filter removed at once (a response chain too). */
export const CLEARED: Partial<UrlState> = {
  actors: [],
  types: [],
  from: undefined,
  to: undefined,
  q: '',
  chain: undefined,
};

const dayOrMonth = (value: string) =>
  formatDate(value.length === 7 ? `${value}-01` : value, value.length === 7 ? 'month' : 'day');

/**
 * The filters in force, from the validated filters (ids the dataset does not know are already
 * gone): the filter panel's count, the embed's "Filters (n)" and the chips all read this.
 */
export function activeFilters(filters: Filters, vocab: Vocab): ActiveFilter[] {
  return [
    ...filters.types.map((id) => ({
      key: `type:${id}`,
      kind: 'Event type',
      value: vocab.typeById.get(id)?.type.label ?? id,
      remove: (s: UrlState) => ({ types: s.types.filter((t) => t !== id) }),
    })),
    ...filters.actors.map((id) => ({
      key: `actor:${id}`,
      kind: 'Actor',
      value: vocab.actorById.get(id)?.name ?? id,
      remove: (s: UrlState) => ({ actors: s.actors.filter((a) => a !== id) }),
    })),
    ...(filters.from
      ? [{ key: 'from', kind: 'From', value: dayOrMonth(filters.from), remove: () => ({ from: undefined }) }]
      : []),
    ...(filters.to
      ? [{ key: 'to', kind: 'To', value: dayOrMonth(filters.to), remove: () => ({ to: undefined }) }]
      : []),
    ...(filters.q.trim()
      ? [{ key: 'q', kind: 'Search', value: `“${filters.q.trim()}”`, remove: () => ({ q: '' }) }]
      : []),
  ];
}

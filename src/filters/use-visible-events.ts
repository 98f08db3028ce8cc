import { useMemo } from 'react';
import { useDataset } from '../dataset/dataset-query';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { getVocab, type Vocab } from '../dataset/vocab';
import { useUrlState } from '../url-state/use-url-state';
import { chronological, facetCounts, filterEvents, type FacetCounts, type Filters } from './apply-filters';
import { keepKnownValues } from './known-values';
import { responseChain } from './response-chain';

export interface VisibleEvents {
  dataset: Dataset;
  vocab: Vocab;
  filters: Filters;
  /** The filtered events, in date order. */
  events: TimelineEvent[];
  counts: FacetCounts;
  selectedId: string | null;
  /** The event whose response chain narrows the view, if any. */
  chainId: string | null;
  dropped: string[];
}

/** The dataset's events under the URL's filters: the one path both views draw from. */
export function useVisibleEvents(): VisibleEvents | null {
  const { data } = useDataset();
  const [state] = useUrlState();
  const known = useMemo(() => (data ? keepKnownValues(state, getVocab(data)) : null), [data, state]);
  const sorted = useMemo(() => (data ? chronological(data.events) : []), [data]);
  const filterKey = known ? JSON.stringify([known.filters, known.chainId]) : '';
  // filterKey stands for the filters and chain by value, so opening an event reuses the filtered arrays.
  const filtered = useMemo(
    () => {
      if (!data || !known) return null;
      const vocab = getVocab(data);
      // A response chain replaces the other filters while it is shown; they stay in the URL for later.
      const chain = known.chainId ? responseChain(known.chainId, vocab) : null;
      return {
        filters: known.filters,
        events: chain ? sorted.filter((e) => chain.has(e.id)) : filterEvents(sorted, known.filters, vocab),
        counts: facetCounts(sorted, known.filters, vocab),
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, sorted, filterKey],
  );
  if (!data || !known || !filtered) return null;
  return {
    dataset: data,
    vocab: getVocab(data),
    ...filtered,
    selectedId: known.eventId,
    chainId: known.chainId,
    dropped: known.dropped,
  };
}

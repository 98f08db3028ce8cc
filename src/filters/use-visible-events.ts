import { useMemo } from 'react';
import { useDataset } from '../dataset/dataset-query';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { getVocab, type Vocab } from '../dataset/vocab';
import type { Ignored } from '../url-state/params';
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
  dropped: Ignored[];
}

type Filtered = Pick<VisibleEvents, 'filters' | 'events' | 'counts'>;

/**
 * The last filtering of each dataset, by its filter key. Several components read the visible
 * events at once; they share one computation instead of each filtering the whole dataset.
 */
const lastFiltered = new WeakMap<Dataset, { key: string; sorted: TimelineEvent[]; value: Filtered | null }>();

function filtered(dataset: Dataset, filters: Filters, chainId: string | null): Filtered {
  const key = JSON.stringify([filters, chainId]);
  const cached = lastFiltered.get(dataset);
  if (cached?.key === key && cached.value) return cached.value;
  const sorted = cached?.sorted ?? chronological(dataset.events);
  const vocab = getVocab(dataset);
  // A response chain replaces the other filters while it is shown; they stay in the URL for later.
  const chain = chainId ? responseChain(chainId, vocab) : null;
  const value = {
    filters,
    events: chain ? sorted.filter((e) => chain.has(e.id)) : filterEvents(sorted, filters, vocab),
    counts: facetCounts(sorted, filters, vocab),
  };
  lastFiltered.set(dataset, { key, sorted, value });
  return value;
}

/** The dataset's events under the URL's filters: the one path both views draw from. */
export function useVisibleEvents(): VisibleEvents | null {
  const { data } = useDataset();
  const [state] = useUrlState();
  const known = useMemo(() => (data ? keepKnownValues(state, getVocab(data)) : null), [data, state]);
  if (!data || !known) return null;
  return {
    dataset: data,
    vocab: getVocab(data),
    // Equal filters give the same arrays, so opening an event does not refilter or redraw.
    ...filtered(data, known.filters, known.chainId),
    selectedId: known.selectedId,
    chainId: known.chainId,
    dropped: known.dropped,
  };
}

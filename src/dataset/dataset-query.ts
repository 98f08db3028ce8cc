import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { initialUrlState, useUrlState } from '../url-state/use-url-state';
import { redirectedSource, resolveDatasetSource, type DatasetSource } from './dataset-source';
import { DatasetError, loadDataset, loadedFrom } from './load-dataset';
import { useLocalDataset } from './local-dataset';

/** The one query for a dataset URL. It never goes stale: a dataset is a file, reloaded by Retry. */
export function datasetQueryOptions(sourceUrl: string) {
  return queryOptions({
    queryKey: ['dataset', sourceUrl] as const,
    queryFn: ({ signal }) => loadDataset(sourceUrl, signal),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // A load that failed before the page subscribed (it starts before React's first render) is
    // shown with its Retry button, not requested again behind the reader's back.
    retryOnMount: false,
  });
}

/** Where the data comes from: a file opened on this computer, else as the URL says. */
export function useDatasetSource(): DatasetSource {
  const [state] = useUrlState();
  const local = useLocalDataset();
  return local ? local.source : resolveDatasetSource(state.data);
}

/**
 * The dataset named by the URL (ours by default), or a file opened on this computer. A refused
 * `data` URL makes no request; an opened file is already read.
 */
export function useDataset() {
  const source = useDatasetSource();
  const local = useLocalDataset();
  const query = useQuery({
    ...datasetQueryOptions(source.ok ? source.url : ''),
    enabled: source.ok && !local,
    initialData: local?.dataset,
  });
  const refusal = source.ok ? null : new DatasetError('refused', source.message);
  const shown = query.data ? redirectedSource(source, loadedFrom(query.data)) : source;
  return { ...query, source: shown, refusal };
}

/**
 * Starts loading the page's dataset before React first renders, so the request does not wait for
 * the first render and its effects; the query then picks up the request already under way.
 */
export function prefetchDataset(client: QueryClient): void {
  const source = resolveDatasetSource(initialUrlState().data);
  // A failure is shown by the query when the page asks for it; nothing to catch here.
  if (source.ok) void client.prefetchQuery(datasetQueryOptions(source.url));
}

import { useDataset } from '../dataset/dataset-query';
import { getEmbedMode } from '../embed/embed-mode';
import { useReportHeight } from '../embed/use-report-height';
import { EmbedLayout } from './embed-layout';
import { useTheme } from './theme';
import { OpenEvent } from '../details/open-event';
import { PrintList } from '../list/print-list';
import { FilterPanel } from '../filters/filter-panel';
import { useVisibleEvents } from '../filters/use-visible-events';
import { useMediaQuery } from '../lib/use-media-query';
import { ignoredParams } from '../url-state/params';
import { useUrlState } from '../url-state/use-url-state';
import { ErrorScreen, LoadingSkeleton } from './error-screen';
import { EventsView } from './events-view';
import { Notice } from './notice';
import { PageHeader } from './page-header';
import { RegionBoundary } from './region-boundary';

/** Lays out the screen for each state of the dataset: loading, failed, or ready. */
export function App() {
  const query = useDataset();
  const [state] = useUrlState();
  useTheme(state.theme);
  useReportHeight(getEmbedMode().embed);
  const { source } = query;
  const defaultLink = source.ok && source.isDefault ? undefined : window.location.pathname;

  if (query.refusal) {
    return (
      <ErrorScreen
        error={query.refusal}
        url={source.ok ? undefined : source.given}
        defaultLink={defaultLink}
      />
    );
  }
  if (query.isPending) return <LoadingSkeleton />;
  if (query.isError) {
    return (
      <>
        <title>Could not load the timeline</title>
        <ErrorScreen
          error={query.error}
          url={source.ok ? source.url : undefined}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          defaultLink={defaultLink}
        />
      </>
    );
  }
  return <Ready />;
}

/** A column beside the timeline on wide screens; a closed "Filters" disclosure on narrow ones. */
function FiltersColumn() {
  const wide = useMediaQuery('(min-width: 1024px)');
  if (wide) return <FilterPanel />;
  return (
    <details className="rounded-md border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
      <div className="mt-3">
        <FilterPanel />
      </div>
    </details>
  );
}

function Ready() {
  const { data, source } = useDataset();
  const visible = useVisibleEvents();
  const [, setUrlState, parsed] = useUrlState();
  if (!data || !visible) return null;
  const ignored = [...ignoredParams(parsed), ...visible.dropped];
  const open = Boolean(visible.selectedId);
  if (getEmbedMode().embed) {
    return (
      <>
        <title>{data.title}</title>
        <EmbedLayout dataset={data} source={source} ignored={ignored} open={open} />
      </>
    );
  }
  return (
    <>
      <title>{data.title}</title>
      <PageHeader dataset={data} source={source} />
      <main className="mx-auto flex max-w-[96rem] flex-col gap-4 px-4 py-4">
        <Notice items={ignored} />
        <PrintList />
        <div
          className={`grid gap-6 print:hidden ${open ? 'lg:grid-cols-[16rem_minmax(0,1fr)_22rem]' : 'lg:grid-cols-[16rem_minmax(0,1fr)]'}`}
        >
          <FiltersColumn />
          <EventsView datasetKey={source.ok ? source.url : ''} />
          {open && (
            <div className="fixed inset-x-0 bottom-0 z-30 flex max-h-[70vh] flex-col lg:sticky lg:top-4 lg:z-auto lg:max-h-[calc(100vh-2rem)] lg:self-start">
              <RegionBoundary
                label="event details"
                onClose={() => setUrlState({ event: undefined })}
                resetKey={visible.selectedId}
              >
                <OpenEvent />
              </RegionBoundary>
            </div>
          )}
        </div>
      </main>
    </>
  );
}

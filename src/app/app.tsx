import { useDataset } from '../dataset/dataset-query';
import { getEmbedMode } from '../embed/embed-mode';
import { useReportHeight } from '../embed/use-report-height';
import { EmbedLayout } from './embed-layout';
import { useTheme } from './theme';
import { OpenEvent } from '../details/open-event';
import { PrintList } from '../list/print-list';
import { useVisibleEvents } from '../filters/use-visible-events';
import { ignoredParams } from '../url-state/params';
import { useUrlState } from '../url-state/use-url-state';
import { ErrorScreen, LoadingSkeleton } from './error-screen';
import { EventsView } from './events-view';
import { FiltersColumn } from './filters-column';
import { Notice } from './notice';
import { PageHeader } from './page-header';
import { RegionBoundary } from './region-boundary';
import { SkipLink } from './skip-link';

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
      <SkipLink />
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

import type { Dataset } from '../dataset/schema';
import type { DatasetSource } from '../dataset/dataset-source';
import { ShareActions } from '../embed/share-actions';
import { formatDate } from '../lib/dates';
import { useLocalDataset } from '../dataset/local-dataset';
import { LocalFileNote, OpenFileActions } from '../open-file/open-file';

export function PageHeader({ dataset, source }: { dataset: Dataset; source: DatasetSource }) {
  const local = useLocalDataset();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-[96rem] flex-col gap-1 px-4 py-3 sm:py-4">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-xl font-bold wrap-anywhere text-slate-950 sm:text-3xl">
            <bdi>{dataset.title}</bdi>
          </h1>
          {local ? (
            <span className="badge bg-amber-100 text-amber-950">
              File: <bdi>{local.name}</bdi>
            </span>
          ) : (
            source.ok &&
            source.isForeign && (
              <span className="badge bg-amber-100 text-amber-950">
                Data from <bdi>{source.host}</bdi>
              </span>
            )
          )}
        </div>
        <p className="line-clamp-2 max-w-4xl wrap-anywhere text-slate-700 sm:line-clamp-none">
          <bdi>{dataset.description}</bdi>
        </p>
        {dataset.importedFrom === 'timelinejs' && (
          <p className="text-xs text-slate-700">
            Imported from the TimelineJS format: its text is shown as plain text, and events without a link
            have no source.
          </p>
        )}
        <LocalFileNote />
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-600">
            {/* TimelineJS has no update date: the one the import fills in is not the author's. */}
            {!dataset.importedFrom && (
              <>
                Updated <time dateTime={dataset.updated}>{formatDate(dataset.updated)}</time> ·{' '}
              </>
            )}
            {dataset.license && (
              <>
                Data licence: <bdi>{dataset.license}</bdi> ·{' '}
              </>
            )}
            {dataset.events.length.toLocaleString('en-US')} events
          </p>
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <OpenFileActions />
            {/* A link cannot carry a file opened on this computer. */}
            {!local && <ShareActions />}
          </div>
        </div>
      </div>
    </header>
  );
}

import type { Dataset } from '../dataset/schema';
import type { DatasetSource } from '../dataset/dataset-source';
import { ShareActions } from '../embed/share-actions';
import { formatDate } from '../lib/dates';

export function PageHeader({ dataset, source }: { dataset: Dataset; source: DatasetSource }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-[96rem] flex-col gap-1 px-4 py-4">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-2xl font-bold wrap-anywhere text-slate-950 sm:text-3xl">
            <bdi>{dataset.title}</bdi>
          </h1>
          {source.ok && source.isForeign && (
            <span className="badge bg-amber-100 text-amber-950">
              Data from <bdi>{source.host}</bdi>
            </span>
          )}
        </div>
        <p className="max-w-4xl wrap-anywhere text-slate-700">
          <bdi>{dataset.description}</bdi>
        </p>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-slate-600">
            Updated <time dateTime={dataset.updated}>{formatDate(dataset.updated)}</time>
            {dataset.license && (
              <>
                {' '}
                · Data licence: <bdi>{dataset.license}</bdi>
              </>
            )}{' '}
            · {dataset.events.length.toLocaleString('en-US')} events
          </p>
          <div className="print:hidden">
            <ShareActions />
          </div>
        </div>
      </div>
    </header>
  );
}

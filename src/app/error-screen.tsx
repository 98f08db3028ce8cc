import { DatasetError } from '../dataset/load-dataset';
import { getEmbedMode, linkTarget } from '../embed/embed-mode';
import { clip } from '../lib/format';
import { OpenFileActions } from '../open-file/open-file';

const MAX_SHOWN = 20;

const headings: Record<DatasetError['kind'], string> = {
  refused: 'This data address cannot be loaded',
  http: 'The dataset could not be loaded',
  network: 'The dataset could not be reached',
  timeout: 'The dataset took too long to load',
  'too-large': 'The dataset is too large',
  'not-json': 'The dataset is not a JSON file',
  invalid: 'The dataset is not valid',
};

export interface ErrorScreenProps {
  error: unknown;
  /** The address that failed, shown so the reader knows what was tried. */
  url?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** A link back to the default dataset, when another one failed. */
  defaultLink?: string;
}

/** A failed load, named and explained; never a blank page. */
export function ErrorScreen({ error, url, onRetry, retrying, defaultLink }: ErrorScreenProps) {
  const known = error instanceof DatasetError ? error : null;
  const heading = known ? headings[known.kind] : 'Something went wrong';
  const message = known?.message ?? (error instanceof Error ? error.message : String(error));
  const problems = known?.problems ?? [];
  const total = known?.problemCount ?? problems.length;
  return (
    <section
      role="alert"
      aria-labelledby="error-heading"
      className="mx-auto my-8 max-w-3xl rounded-lg border border-red-300 bg-white p-6 shadow-sm"
    >
      <h2 id="error-heading" className="text-xl font-semibold text-red-800">
        {heading}
      </h2>
      <p className="mt-2 text-slate-800">{message}</p>
      {url && (
        <p className="mt-1 text-sm break-all text-slate-600">
          Address:{' '}
          <code>
            <bdi>{clip(url, 500)}</bdi>
          </code>
        </p>
      )}
      {problems.length > 0 && (
        <>
          <p className="mt-4 text-sm font-medium text-slate-800">
            {total > MAX_SHOWN
              ? `The first ${MAX_SHOWN} of ${total.toLocaleString('en-US')} problems:`
              : 'Problems:'}
          </p>
          <ul
            className="mt-1 list-disc space-y-1 pl-6 font-mono text-sm break-all text-slate-800"
            aria-label="Problems in the dataset"
          >
            {problems.slice(0, MAX_SHOWN).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-5 flex flex-wrap gap-3">
        {onRetry && (
          <button type="button" className="btn btn-primary" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {defaultLink && (
          <a className="btn" href={defaultLink} {...linkTarget()}>
            Load the default dataset
          </a>
        )}
        {!getEmbedMode().embed && <OpenFileActions />}
      </div>
    </section>
  );
}

/** Placeholder shapes while the dataset loads. */
export function LoadingSkeleton() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-7xl animate-pulse p-4">
      <span className="sr-only">Loading the timeline…</span>
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="mt-3 h-4 w-1/2 rounded bg-slate-200" />
      <div className="mt-8 grid gap-4 lg:grid-cols-[18rem_1fr]">
        <div className="h-64 rounded bg-slate-200" />
        <div className="h-80 rounded bg-slate-200" />
      </div>
    </div>
  );
}

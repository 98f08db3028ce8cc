import { useEffect, useRef, useState, type DragEvent } from 'react';
import { DatasetError } from '../dataset/load-dataset';
import { openLocalDataset } from '../dataset/local-dataset';
import { readDatasetFile } from '../dataset/read-dataset-file';
import { ModalDialog } from '../lib/modal-dialog';
import { CLEARED } from '../filters/active-filters';
import { useUrlState } from '../url-state/use-url-state';

const MAX_SHOWN = 200;

const headings: Partial<Record<DatasetError['kind'], string>> = {
  'too-large': 'The file is too large',
  'not-json': 'The file is not valid JSON',
  invalid: 'The file has problems',
};

type Status =
  { state: 'idle' } | { state: 'reading'; name: string } | { state: 'failed'; name: string; error: unknown };

/**
 * Opens a JSON dataset or a spreadsheet (CSV) from this computer: chosen or dropped, read and
 * checked in the browser, then shown at once; or its problems listed, by row and column.
 */
export function OpenFileDialog({ onClose }: { onClose: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [, setUrlState] = useUrlState();

  const open = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ state: 'reading', name: file.name });
    try {
      const dataset = await readDatasetFile(file);
      // The filters and the open event belong to the dataset shown before.
      setUrlState({ ...CLEARED, event: undefined });
      openLocalDataset(file.name, dataset);
      onClose();
    } catch (error) {
      setStatus({ state: 'failed', name: file.name, error });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void open(e.dataTransfer.files[0]);
  };

  return (
    <ModalDialog
      title="Open a timeline file"
      onClose={onClose}
      className="w-[min(44rem,calc(100vw-1rem))]"
      headerClassName="px-4 py-3"
    >
      <div className="flex flex-col gap-4 p-4">
        <p className="text-sm text-slate-800">
          A dataset in JSON, or a spreadsheet saved as CSV. The file is read in this browser and is not
          uploaded anywhere.
        </p>
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
          className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center ${dragging ? 'border-blue-600 bg-blue-50' : 'border-slate-400 bg-slate-50'}`}
        >
          <label className="btn btn-primary cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700">
            Choose a file
            <input
              ref={inputRef}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              className="sr-only"
              onChange={(e) => void open(e.target.files?.[0])}
            />
          </label>
          <p className="text-sm text-slate-700">or drop a .csv or .json file here</p>
        </div>
        <p className="text-sm text-slate-800">
          Starting out? Fill in the{' '}
          <a className="link" href={`${import.meta.env.BASE_URL}template.csv`} download="template.csv">
            spreadsheet template (template.csv)
          </a>
          : one row per event, then save it as CSV and open it here.
        </p>
        <p role="status" className="text-sm text-slate-700 empty:hidden">
          {status.state === 'reading' ? `Reading ${status.name}…` : ''}
        </p>
        {status.state === 'failed' && (
          <FileProblems
            name={status.name}
            error={status.error}
            onRetry={() => inputRef.current?.click()}
            onBack={onClose}
          />
        )}
      </div>
    </ModalDialog>
  );
}

function FileProblems({
  name,
  error,
  onRetry,
  onBack,
}: {
  name: string;
  error: unknown;
  onRetry: () => void;
  onBack: () => void;
}) {
  const known = error instanceof DatasetError ? error : null;
  const problems = known?.problems ?? [];
  const ref = useRef<HTMLElement>(null);
  // On a small screen the list starts below the fold: bring it into view and read it out.
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="file-problems-title"
      className="rounded-lg border border-red-300 bg-white p-4 focus:outline-none"
    >
      <h3 id="file-problems-title" className="font-semibold text-red-800">
        {(known && headings[known.kind]) ?? 'The file could not be opened'}: <bdi>{name}</bdi>
      </h3>
      <p className="mt-1 text-sm text-slate-900">
        {known?.message ?? (error instanceof Error ? error.message : String(error))} Nothing was changed: the
        timeline shown before is still there.
      </p>
      {problems.length > 0 && (
        <ul
          aria-label="Problems in the file"
          className="mt-2 max-h-64 list-disc space-y-1 overflow-auto pl-6 font-mono text-xs wrap-anywhere text-slate-900"
        >
          {problems.slice(0, MAX_SHOWN).map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
          {problems.length > MAX_SHOWN && <li>…and {problems.length - MAX_SHOWN} more</li>}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={onRetry}>
          Choose another file
        </button>
        <button type="button" className="btn" onClick={onBack}>
          Back to the timeline
        </button>
      </div>
    </section>
  );
}

import { lazy, Suspense, useState } from 'react';
import { closeLocalDataset, useLocalDataset } from '../dataset/local-dataset';
import type { Dataset } from '../dataset/schema';
import { download, FILE_TYPES } from '../lib/download';
import { CLEARED } from '../filters/active-filters';
import { useUrlState } from '../url-state/use-url-state';

const OpenFileDialog = lazy(() => import('./open-file-dialog').then((m) => ({ default: m.OpenFileDialog })));

/** "Open a file", and while a file is open: download it as JSON or CSV, or close it. */
export function OpenFileActions() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const local = useLocalDataset();
  const [, setUrlState] = useUrlState();
  const base = local?.name.replace(/\.(csv|json)$/i, '') || 'timeline';

  const saveCsv = async (dataset: Dataset) => {
    // The spreadsheet writer loads on first use, as the export's does.
    const { datasetToCsv } = await import('../dataset/dataset-to-csv');
    download(datasetToCsv(dataset), `${base}.csv`, FILE_TYPES.csv);
  };

  const close = () => {
    setUrlState({ ...CLEARED, event: undefined });
    closeLocalDataset();
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn" onClick={() => setDialogOpen(true)}>
        Open a file
      </button>
      {local && (
        <>
          <button
            type="button"
            className="btn"
            onClick={() =>
              download(`${JSON.stringify(local.dataset, null, 2)}\n`, `${base}.json`, FILE_TYPES.json)
            }
          >
            Save as JSON
          </button>
          <button type="button" className="btn" onClick={() => void saveCsv(local.dataset)}>
            Save as CSV
          </button>
          <button type="button" className="btn" onClick={close}>
            Close the file
          </button>
        </>
      )}
      {dialogOpen && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <OpenFileDialog onClose={() => setDialogOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** Says where the timeline shown comes from when it is a file opened on this computer. */
export function LocalFileNote() {
  const local = useLocalDataset();
  if (!local) return null;
  return (
    <p className="text-xs text-slate-700">
      Opened from this computer: <bdi className="font-medium">{local.name}</bdi>. It is shown only in this
      tab; nothing was uploaded, and reloading closes it. To publish it, save it, put it online and link to it
      with <code>?data=</code>.
    </p>
  );
}

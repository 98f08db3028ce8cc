import { ExportMenu } from '../export/export-menu';

/** Downloads and printing; folded away on a phone, so the first screen shows events. */
export function TakeAway({ narrow }: { narrow: boolean }) {
  const actions = (
    <div className="flex flex-wrap items-center gap-2">
      <ExportMenu />
      <button type="button" className="btn" onClick={() => window.print()}>
        Print list
      </button>
    </div>
  );
  if (!narrow) return actions;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer py-1 text-slate-800">Download or print</summary>
      <div className="mt-2">{actions}</div>
    </details>
  );
}

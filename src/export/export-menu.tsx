import { useState } from 'react';
import { useVisibleEvents } from '../filters/use-visible-events';
import { download, FILE_TYPES } from '../lib/download';

type Format = keyof typeof FILE_TYPES;

/** Downloads of the events shown now, as CSV, JSON (our schema) or an iCalendar file. */
export function ExportMenu() {
  const visible = useVisibleEvents();
  const [message, setMessage] = useState('');
  if (!visible) return null;
  const { dataset, events } = visible;

  const save = async (format: Format) => {
    // The writers load on first use: most readers never export.
    const { toCsv, toIcs, toJson, fileName } = await import('./formats');
    const text =
      format === 'csv'
        ? toCsv(dataset, events)
        : format === 'json'
          ? toJson(dataset, events)
          : toIcs(dataset, events);
    const name = fileName(dataset.title, new Date(), format);
    download(text, name, FILE_TYPES[format]);
    setMessage(`Saved ${events.length} events as ${name}`);
  };

  return (
    <div
      role="group"
      aria-label="Download the events shown"
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="text-xs text-slate-700">Download:</span>
      <button type="button" className="btn" onClick={() => void save('csv')} disabled={!events.length}>
        CSV
      </button>
      <button type="button" className="btn" onClick={() => void save('json')} disabled={!events.length}>
        JSON
      </button>
      <button type="button" className="btn" onClick={() => void save('ics')} disabled={!events.length}>
        Calendar (.ics)
      </button>
      <span role="status" className="text-xs text-slate-700">
        {message}
      </span>
    </div>
  );
}

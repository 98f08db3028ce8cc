import { useState } from 'react';
import { useVisibleEvents } from '../filters/use-visible-events';

type Format = 'csv' | 'json' | 'ics';

const TYPES: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
    download(text, name, TYPES[format]);
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

import { quoteValue, type CellProblem } from './csv-format';

/** Where each part of the dataset built from a spreadsheet came from. */
export interface CsvPlaces {
  /** Each event's row, and the number of each of its sources (`source_2_…` → 2). */
  events: { row: number; sources: number[] }[];
  /** Declared on a row of the actor_ columns, or created from a name in `column` of an event row. */
  actors: { row: number; column?: string }[];
  eventTypes: { row: number; column?: string }[];
  eras: { row: number }[];
  /** The row holding the dataset_ columns, if any. */
  dataset: { row: number } | undefined;
}

const SNAKE = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const SOURCE_FIELD: Record<string, string> = { published: 'date', archiveUrl: 'archive_url' };

function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Turns a schema problem on the dataset built from a spreadsheet (`events[3].sources[0].url: must
 * be an http(s) URL`) back into the row and column it came from, with the offending value.
 */
export function locateProblem(problem: string, raw: unknown, places: CsvPlaces): CellProblem {
  const split = problem.indexOf(': ');
  return locatePath(parsePath(problem.slice(0, split)), problem.slice(split + 2), raw, places);
}

/** The same for a problem given as a path and a message. */
export function locatePath(
  path: readonly (string | number)[],
  message: string,
  raw: unknown,
  places: CsvPlaces,
): CellProblem {
  const [head, i, field, ...rest] = path;
  let row = 1;
  let column: string | undefined;

  if (head === 'events' && typeof i === 'number' && places.events[i]) {
    const place = places.events[i];
    row = place.row;
    if (field === 'attribution') column = `attribution_${String(rest[0] ?? 'status')}`;
    else if (field === 'sources' && typeof rest[0] === 'number') {
      const key = String(rest[1] ?? 'url');
      column = `source_${place.sources[rest[0]] ?? rest[0] + 1}_${SOURCE_FIELD[key] ?? key}`;
    } else if (field === 'sources') {
      column = 'source_1_url';
      message = 'the event has no source: fill source_1_url';
    } else if (field === 'actors' && rest.length === 0) {
      message = 'names no actor';
      column = 'actors';
    } else column = SNAKE(String(field));
  } else if ((head === 'actors' || head === 'eventTypes') && typeof i === 'number') {
    const place = places[head][i];
    row = place?.row ?? 1;
    column = place?.column ?? `${head === 'actors' ? 'actor' : 'type'}_${SNAKE(String(field))}`;
  } else if (head === 'eras' && typeof i === 'number') {
    row = places.eras[i]?.row ?? 1;
    column = `era_${String(field)}`;
  } else if (head === 'eventTypes') {
    message = 'the file has no events';
    row = 2;
  } else if (
    typeof head === 'string' &&
    ['title', 'description', 'updated', 'license', 'importedFrom'].includes(head)
  ) {
    row = places.dataset?.row ?? 1;
    column = `dataset_${SNAKE(head)}`;
  } else {
    message = `${path.join('.')}: ${message}`;
  }
  const value = path.length ? valueAt(raw, path) : undefined;
  if (typeof value === 'string' && value.trim() && !message.includes(JSON.stringify(value)))
    message = `${quoteValue(value)} ${message}`;
  return { row, column, message };
}

/**
 * The spreadsheet (CSV) format: one row per event, with the actors, event types and the dataset's
 * own details as small tables in columns beside the events. `docs/authoring.md` describes it;
 * `csv-to-dataset.ts` reads it and `dataset-to-csv.ts` writes it.
 */

/** The event columns, in the order the export writes them. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'end_date',
  'date_precision',
  'display_date',
  'reported_date',
  'type',
  'title',
  'summary',
  'actors',
  'attribution_status',
  'attribution_by',
  'attribution_note',
  'tags',
  'related',
] as const;

/** Each source is a group of columns `source_1_url`, `source_1_publisher`, … numbered from 1. */
export const SOURCE_FIELDS = ['url', 'publisher', 'title', 'date', 'kind', 'archive_url'] as const;
export const SOURCE_COLUMN = /^source_([1-9]\d{0,2})_(url|publisher|title|date|kind|archive_url)$/;

/** Actors declared in full (optional: actors named only in events are created from their names). */
export const ACTOR_COLUMNS = [
  'actor_id',
  'actor_name',
  'actor_short_name',
  'actor_kind',
  'actor_country',
  'actor_aliases',
  'actor_mitre_attack_id',
] as const;

/** Event types declared in full (optional, as for actors). */
export const TYPE_COLUMNS = ['type_id', 'type_label', 'type_description', 'type_color'] as const;

/** Named periods shaded behind the events (optional). */
export const ERA_COLUMNS = ['era_label', 'era_start', 'era_end'] as const;

/** The dataset's own title and details, filled once (optional). */
export const DATASET_COLUMNS = [
  'dataset_title',
  'dataset_description',
  'dataset_updated',
  'dataset_license',
  'dataset_imported_from',
] as const;

/** Required in every file; everything else may be left out. */
export const REQUIRED_COLUMNS = ['date', 'type', 'title', 'summary', 'actors', 'source_1_url'] as const;

/** Colours given, in order, to event types the file names without declaring. */
export const TYPE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/** `Source date` or `source-1-url` as typed in a spreadsheet → `source_date`, `source_1_url`. */
export function normalizeColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets read as
 * "this is text". Cells that already start with apostrophes before such a character get one more,
 * so reading strips exactly one and every value comes back as it was.
 */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `protectCell`; any other cell, formula-looking or not, is kept as text, unchanged. */
export function unprotectCell(value: string): string {
  return PROTECTED.test(value) ? value.slice(1) : value;
}

const SPACE = /\s/;

/**
 * Items of a list cell are separated by `;`. A backslash makes the next character literal, so an
 * item may hold `\;`, `\\`, or spaces at its ends that would otherwise be trimmed.
 */
export function joinList(items: readonly string[]): string {
  return items
    .map((item) => {
      const chars = Array.from(item);
      const last = chars.length - 1;
      return chars
        .map((c, i) => (c === '\\' || c === ';' || (SPACE.test(c) && (i === 0 || i === last)) ? `\\${c}` : c))
        .join('');
    })
    .join('; ');
}

/** Reads a list cell written by `joinList` or by hand (`Iran; United States`). Empty items are dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let chars: { c: string; literal: boolean }[] = [];
  const finish = () => {
    let start = 0;
    let end = chars.length;
    while (start < end && !chars[start]!.literal && SPACE.test(chars[start]!.c)) start += 1;
    while (end > start && !chars[end - 1]!.literal && SPACE.test(chars[end - 1]!.c)) end -= 1;
    if (end > start)
      items.push(
        chars
          .slice(start, end)
          .map((x) => x.c)
          .join(''),
      );
    chars = [];
  };
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell.charAt(i);
    if (c === '\\' && i + 1 < cell.length) {
      i += 1;
      chars.push({ c: cell.charAt(i), literal: true });
    } else if (c === ';') finish();
    else chars.push({ c, literal: false });
  }
  finish();
  return items;
}

/** `iran (perpetrator)` → name and qualifier; `Iran` → no qualifier. */
export function splitQualifier(item: string): { name: string; qualifier?: string } {
  const match = /^(.*?)\s*\(\s*([A-Za-z-]+)\s*\)$/s.exec(item);
  return match && match[1] ? { name: match[1], qualifier: match[2]!.toLowerCase() } : { name: item };
}

/** A problem at a spreadsheet row (the header is row 1) and column; no column for a whole row. */
export interface CellProblem {
  row: number;
  column?: string;
  message: string;
}

/** A cell's value as shown in a problem: quoted, and cut short when long. */
export function quoteValue(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/**
 * A dataset address is read as CSV when the server says `text/csv`, its path ends in `.csv`, or it
 * asks for CSV output as spreadsheet "publish to the web" links do (`?output=csv`, `?format=csv`).
 */
export function isCsvAddress(url: string, contentType: string | null = null): boolean {
  if (contentType && /^\s*text\/csv\b/i.test(contentType)) return true;
  try {
    const parsed = new URL(url, 'http://localhost/');
    if (/\.csv$/i.test(parsed.pathname)) return true;
    return ['output', 'format', 'tqx'].some((key) => /(^|:)csv$/i.test(parsed.searchParams.get(key) ?? ''));
  } catch {
    return false;
  }
}

/** `https://example.org/data/my-timeline.csv?x=1` → `my-timeline.csv`. */
export function fileNameOf(address: string): string {
  try {
    const path = new URL(address, 'http://localhost/').pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || address;
  } catch {
    return address;
  }
}

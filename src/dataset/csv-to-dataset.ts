import { isRealDate } from '../lib/dates';
import { plural, slugify } from '../lib/format';
import {
  ACTOR_COLUMNS,
  DATASET_COLUMNS,
  ERA_COLUMNS,
  EVENT_COLUMNS,
  REQUIRED_COLUMNS,
  SOURCE_COLUMN,
  TYPE_COLUMNS,
  TYPE_PALETTE,
  normalizeColumn,
  quoteValue,
  type CellProblem,
  splitList,
  unprotectCell,
} from './csv-format';
import { DatasetError } from './load-dataset';
import { parseDataset } from './validate-dataset';
import { crossCheck, type Dataset } from './schema';
import { readEventRow } from './csv-event-row';
import { readCsvRows } from './csv-table';
import { isTimelineJsHeader } from './timelinejs-detect';
import { timelineJsSheetToDataset } from './timelinejs';
import { locatePath, locateProblem, type CsvPlaces } from './csv-problems';

type Json = Record<string, unknown>;

const KNOWN = new Set<string>([
  ...EVENT_COLUMNS,
  ...ACTOR_COLUMNS,
  ...TYPE_COLUMNS,
  ...ERA_COLUMNS,
  ...DATASET_COLUMNS,
]);

/**
 * Reads a spreadsheet in our CSV format into a Dataset. Every problem is collected and thrown at
 * once as a DatasetError, each naming its row and column:
 * `row 14, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`.
 * `name` (the file's name) titles a dataset whose file does not give one.
 */
export function csvToDataset(text: string, name: string): Dataset {
  const problems: CellProblem[] = [];
  const fail = () => {
    problems.sort((a, b) => a.row - b.row);
    const texts = problems.map(
      (p) => `row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.message}`,
    );
    return new DatasetError('invalid', `The spreadsheet has ${plural(texts.length, 'problem')}.`, {
      problems: texts,
    });
  };

  const { header, records, problems: quoting } = readCsvRows(text);
  problems.push(...quoting);
  if (!problems.length && isTimelineJsHeader(header)) return timelineJsSheetToDataset(header, records, name);
  const columns = header.map(normalizeColumn);
  if (!columns.some(Boolean)) {
    problems.push({ row: 1, message: 'the file is empty: the first row must name the columns' });
    throw fail();
  }

  const index = new Map<string, number>();
  const sourceNumbers = new Set<number>();
  columns.forEach((column, i) => {
    if (!column || column.startsWith('#')) return;
    const source = SOURCE_COLUMN.exec(column);
    if (source) sourceNumbers.add(Number(source[1]));
    else if (!KNOWN.has(column)) {
      problems.push({ row: 1, column: header[i], message: 'is not a column of this format' });
      return;
    }
    if (index.has(column)) problems.push({ row: 1, column: header[i], message: 'appears twice' });
    index.set(column, i);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) problems.push({ row: 1, column, message: 'is missing' });
  }
  if (problems.length) throw fail();

  const numbers = [...sourceNumbers].sort((a, b) => a - b);
  const eventColumns = [
    ...EVENT_COLUMNS,
    ...numbers.flatMap((n) =>
      ['url', 'publisher', 'title', 'date', 'kind', 'archive_url'].map((f) => `source_${n}_${f}`),
    ),
  ];

  const places: CsvPlaces = { events: [], actors: [], eventTypes: [], eras: [], dataset: undefined };
  const actors: Json[] = [];
  const types: Json[] = [];
  const eras: Json[] = [];
  const usedActorIds = new Set<string>();
  const usedTypeIds = new Set<string>();
  const unique = (used: Set<string>, wanted: string, fallback: string) => {
    const base = wanted || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  type Row = { row: number; get: (column: string) => string };
  const rows: Row[] = [];
  records.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim())) {
      problems.push({
        row,
        message: `has ${cells.length} cells but the first row names ${header.length} columns`,
      });
    }
    const get = (column: string) => {
      const at = index.get(column);
      return at === undefined ? '' : unprotectCell(cells[at] ?? '');
    };
    if (cells.some((c) => c.trim())) rows.push({ row, get });
  });
  const filled = (r: Row, list: readonly string[]) => list.some((c) => r.get(c).trim());

  // Declarations first, so events can name them by id, name or label.
  for (const r of rows) {
    if (filled(r, ACTOR_COLUMNS)) {
      const name = r.get('actor_name');
      const actor: Json = {
        id: unique(usedActorIds, r.get('actor_id').trim() || slugify(name), `actor-${actors.length + 1}`),
        name,
        kind: r.get('actor_kind').trim() || 'other',
        aliases: splitList(r.get('actor_aliases')),
      };
      const shortName = r.get('actor_short_name');
      if (shortName) actor.shortName = shortName;
      const country = r.get('actor_country').trim();
      if (country) actor.country = country;
      const mitre = r.get('actor_mitre_attack_id').trim();
      if (mitre) actor.mitreAttackId = mitre;
      places.actors.push({ row: r.row });
      actors.push(actor);
    }
    if (filled(r, TYPE_COLUMNS)) {
      const label = r.get('type_label');
      types.push({
        id: unique(usedTypeIds, r.get('type_id').trim() || slugify(label), `type-${types.length + 1}`),
        label,
        description: r.get('type_description') || label,
        color: r.get('type_color').trim() || TYPE_PALETTE[types.length % TYPE_PALETTE.length],
      });
      places.eventTypes.push({ row: r.row });
    }
    if (filled(r, ERA_COLUMNS)) {
      for (const column of ['era_start', 'era_end'] as const) {
        const value = r.get(column).trim();
        if (!isRealDate(value))
          problems.push({ row: r.row, column, message: `${quoteValue(value)} is not a date (YYYY-MM-DD)` });
      }
      eras.push({
        label: r.get('era_label'),
        start: r.get('era_start').trim(),
        end: r.get('era_end').trim(),
      });
      places.eras.push({ row: r.row });
    }
    if (filled(r, DATASET_COLUMNS)) {
      if (places.dataset)
        problems.push({
          row: r.row,
          message: `the dataset_ columns are already filled on row ${places.dataset.row}`,
        });
      else places.dataset = { row: r.row };
    }
  }

  const lookup = (items: Json[], names: string[], ref: string) => {
    const exact =
      items.find((item) => item.id === ref) ?? items.find((item) => names.some((n) => item[n] === ref));
    if (exact) return exact;
    const folded = ref.toLowerCase();
    return items.find((item) =>
      ['id', ...names].some((n) => typeof item[n] === 'string' && item[n].toLowerCase() === folded),
    );
  };
  const actorRef = (ref: string, row: number, column: string): string => {
    const found = lookup(actors, ['name', 'shortName'], ref);
    if (found) return found.id as string;
    const id = unique(usedActorIds, slugify(ref), `actor-${actors.length + 1}`);
    actors.push({ id, name: ref, kind: 'other', aliases: [] });
    places.actors.push({ row, column });
    return id;
  };
  const typeRef = (ref: string, row: number): string => {
    const found = lookup(types, ['label'], ref);
    if (found) return found.id as string;
    const id = unique(usedTypeIds, slugify(ref), `type-${types.length + 1}`);
    types.push({ id, label: ref, description: ref, color: TYPE_PALETTE[types.length % TYPE_PALETTE.length] });
    places.eventTypes.push({ row, column: 'type' });
    return id;
  };

  const events: Json[] = [];
  const explicitIds = new Set(rows.filter((r) => filled(r, eventColumns)).map((r) => r.get('id').trim()));
  const usedEventIds = new Set<string>();
  let latest = '';
  const seen = (date: string) => {
    if (date > latest) latest = date;
  };

  for (const r of rows) {
    if (!filled(r, eventColumns)) continue;
    const id = r.get('id').trim();
    if (id) usedEventIds.add(id);
    const { event, sources } = readEventRow(r.get, {
      at: (column, message) => problems.push({ row: r.row, column, message }),
      actorRef: (ref, column) => actorRef(ref, r.row, column),
      typeRef: (ref) => typeRef(ref, r.row),
      seen,
      sourceNumbers: numbers,
    });
    events.push(event);
    places.events.push({ row: r.row, sources });
  }

  // Ids left empty come from the title, after every id written in the file is known.
  events.forEach((event, i) => {
    if (event.id) return;
    const wanted = slugify(String(event.title));
    let id = wanted || `event-${places.events[i]!.row}`;
    for (let n = 2; explicitIds.has(id) || usedEventIds.has(id); n += 1) id = `${wanted || 'event'}-${n}`;
    usedEventIds.add(id);
    event.id = id;
  });

  const title = places.dataset ? rowOf(rows, places.dataset.row).get('dataset_title') : '';
  const dataset = places.dataset ? rowOf(rows, places.dataset.row) : undefined;
  const updated = dataset?.get('dataset_updated').trim();
  if (dataset && updated && !isRealDate(updated))
    problems.push({
      row: dataset.row,
      column: 'dataset_updated',
      message: `${quoteValue(updated)} is not a date (YYYY-MM-DD)`,
    });
  const license = dataset?.get('dataset_license');
  const importedFrom = dataset?.get('dataset_imported_from').trim();
  const raw: Json = {
    title: title || name.replace(/\.csv$/i, '') || 'Timeline',
    description: dataset?.get('dataset_description') || `A timeline made from the spreadsheet ${name}.`,
    updated: updated || latest || '1970-01-01',
    ...(license ? { license } : {}),
    actors,
    eventTypes: types,
    events,
    ...(eras.length ? { eras } : {}),
    ...(importedFrom ? { importedFrom } : {}),
  };
  if (!events.length && !problems.length) problems.push({ row: 2, message: 'the file has no events' });

  let result: Dataset | undefined;
  try {
    result = parseDataset(raw);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    // A cell already reported (a date that is not one) is not reported again by the schema.
    const reported = new Set(problems.map((p) => `${p.row}|${p.column ?? ''}`));
    const located = error.problems.map((problem) => locateProblem(problem, raw, places));
    // The schema checks references only once every field is right; the reader wants them now.
    if (error.problems.every((p) => !/duplicate id|unknown (actor|event)|is before/.test(p))) {
      for (const issue of crossCheck(raw as unknown as Parameters<typeof crossCheck>[0]))
        located.push(locatePath(issue.path, issue.message, raw, places));
    }
    for (const problem of located) {
      const key = `${problem.row}|${problem.column ?? ''}`;
      if (!reported.has(key)) problems.push(problem);
      reported.add(key);
    }
  }
  if (problems.length || !result) throw fail();
  return result;
}

function rowOf<T extends { row: number }>(rows: T[], row: number): T {
  return rows.find((r) => r.row === row)!;
}

import { isRealDate } from '../lib/dates';
import { quoteValue, splitList, splitQualifier } from './csv-format';
import { readPartialDate } from './csv-table';
import { ACTOR_ROLES, RELATIONS } from './schema';

type Json = Record<string, unknown>;
const DATE_FORMS = 'YYYY-MM-DD, YYYY-MM or YYYY';

/** What reading one event row needs from the whole file. */
export interface EventRowContext {
  /** Reports a problem in a column of this row. */
  at: (column: string, message: string) => void;
  /** The id of the actor a cell names, created when the file does not declare it. */
  actorRef: (ref: string, column: string) => string;
  /** The id of the event type a cell names, created likewise. */
  typeRef: (ref: string) => string;
  /** Notes a date the file holds (the dataset's update defaults to the latest). */
  seen: (date: string) => void;
  /** The numbers of the source column groups in the header (`source_2_…` → 2). */
  sourceNumbers: readonly number[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/**
 * One event row as the JSON our schema reads, each cell checked for what the schema cannot see
 * (how dates and lists are written); `sources` gives each source's column group number.
 */
export function readEventRow(
  get: (column: string) => string,
  { at, actorRef, typeRef, seen, sourceNumbers }: EventRowContext,
): { event: Json; sources: number[] } {
  const event: Json = {};
  event.id = get('id').trim();

  const dateCell = get('date').trim();
  const date = readPartialDate(dateCell);
  if (!dateCell) at('date', 'is empty');
  else if (!date) at('date', `${quoteValue(dateCell)} is not a date (${DATE_FORMS})`);
  event.date = date?.date ?? dateCell;
  if (date) seen(date.date);
  const endCell = get('end_date').trim();
  if (endCell) {
    const end = readPartialDate(endCell, true);
    if (!end) at('end_date', `${quoteValue(endCell)} is not a date (${DATE_FORMS})`);
    event.endDate = end?.date ?? endCell;
    if (end) seen(end.date);
  }
  event.datePrecision = get('date_precision').trim() || date?.precision || 'day';
  const displayDate = get('display_date');
  if (displayDate) event.displayDate = displayDate;
  const reported = get('reported_date').trim();
  if (reported) {
    if (!isRealDate(reported)) at('reported_date', `${quoteValue(reported)} is not a date (YYYY-MM-DD)`);
    else seen(reported);
    event.reportedDate = reported;
  }

  event.title = get('title');
  event.summary = get('summary');
  const type = get('type').trim();
  if (!type) at('type', 'is empty');
  event.type = type ? typeRef(type) : '';

  event.actors = splitList(get('actors')).map((item) => {
    const { name: ref, qualifier } = splitQualifier(item);
    const role = qualifier ?? 'other';
    if (!(ACTOR_ROLES as readonly string[]).includes(role))
      at('actors', `${quoteValue(item)}: the role in brackets must be one of: ${ACTOR_ROLES.join(', ')}`);
    return { actor: actorRef(ref, 'actors'), role };
  });

  const status = get('attribution_status').trim();
  const by = splitList(get('attribution_by'));
  const note = get('attribution_note');
  if (status || by.length || note) {
    if (!status) at('attribution_status', 'is empty, but attribution_by or attribution_note is filled');
    event.attribution = {
      status,
      by: by.map((ref) => actorRef(ref, 'attribution_by')),
      ...(note ? { note } : {}),
    };
  }
  event.tags = splitList(get('tags'));
  event.related = splitList(get('related')).map((item) => {
    const { name: ref, qualifier } = splitQualifier(item);
    if (!qualifier || !(RELATIONS as readonly string[]).includes(qualifier))
      at('related', `${quoteValue(item)}: write the relation in brackets, one of: ${RELATIONS.join(', ')}`);
    return { event: ref, relation: qualifier ?? '' };
  });

  const sources: Json[] = [];
  const sourcePlaces: number[] = [];
  for (const n of sourceNumbers) {
    const field = (f: string) => get(`source_${n}_${f}`);
    if (!['url', 'publisher', 'title', 'date', 'kind', 'archive_url'].some((f) => field(f).trim())) continue;
    const url = field('url').trim();
    if (!url) at(`source_${n}_url`, `is empty, but other source_${n} columns are filled`);
    const host = hostOf(url);
    const source: Json = {
      url,
      publisher: field('publisher') || host,
      title: field('title') || url,
      kind: field('kind').trim() || 'other',
    };
    const published = field('date').trim();
    if (published) {
      if (!isRealDate(published))
        at(`source_${n}_date`, `${quoteValue(published)} is not a date (YYYY-MM-DD)`);
      else seen(published);
      source.published = published;
    }
    const archive = field('archive_url').trim();
    if (archive) source.archiveUrl = archive;
    sources.push(source);
    sourcePlaces.push(n);
  }
  // The schema lets imported timelines go without; a timeline made in this format cites each event.
  if (!sources.length) at('source_1_url', 'the event has no source: fill source_1_url');
  event.sources = sources;
  return { event, sources: sourcePlaces };
}

import { isRealDate } from '../lib/dates';
import { plural, slugify } from '../lib/format';
import { TYPE_PALETTE, normalizeColumn, quoteValue } from './csv-format';
import { htmlLinks, htmlToText } from './html-to-text';
import { DatasetError } from './load-dataset';
import { parseDataset } from './validate-dataset';
import { isHttpUrl, type Dataset } from './schema';

/** TimelineJS's spreadsheet template columns, as `normalizeColumn` writes them. */
const SHEET_COLUMNS = {
  year: 'year',
  month: 'month',
  day: 'day',
  endYear: 'end_year',
  endMonth: 'end_month',
  endDay: 'end_day',
  displayDate: 'display_date',
  headline: 'headline',
  text: 'text',
  media: 'media',
  credit: 'media_credit',
  caption: 'media_caption',
  type: 'type',
  group: 'group',
} as const;
type Field = keyof typeof SHEET_COLUMNS;

/** One TimelineJS slide, from a sheet row or a JSON event, with where each field came from. */
interface Slide {
  get: (field: Field) => string;
  /** `row 5, column "Year"` or `events[3].start_date.year`. */
  where: (field: Field) => string;
  uniqueId: string;
}

const UNGROUPED = 'Ungrouped';

function readDate(
  slide: Slide,
  fields: readonly [Field, Field, Field],
  end: boolean,
  problems: string[],
): { date: string; precision: 'day' | 'month' | 'year' } | null {
  const [year, month, day] = fields.map((f) => slide.get(f).trim());
  if (!year) return null;
  const y = Number(year);
  if (!/^-?\d+$/.test(year) || y < 1 || y > 9999) {
    problems.push(`${slide.where(fields[0])}: ${quoteValue(year)} is not a year from 1 to 9999`);
    return null;
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const m = month ? Number(month) : 0;
  if (month && (!/^\d{1,2}$/.test(month) || m < 1 || m > 12)) {
    problems.push(`${slide.where(fields[1])}: ${quoteValue(month)} is not a month from 1 to 12`);
    return null;
  }
  if (!m) return { date: `${pad(y, 4)}-${end ? '12-31' : '01-01'}`, precision: 'year' };
  if (!day) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { date: `${pad(y, 4)}-${pad(m)}-${end ? pad(last) : '01'}`, precision: 'month' };
  }
  const date = `${pad(y, 4)}-${pad(m)}-${pad(Number(day))}`;
  if (!/^\d{1,2}$/.test(day) || !isRealDate(date)) {
    problems.push(`${slide.where(fields[2])}: ${quoteValue(day)} is not a day of that month`);
    return null;
  }
  return { date, precision: 'day' };
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Maps TimelineJS slides to our dataset, faithfully: see docs/authoring.md, "Coming from TimelineJS". */
function slidesToDataset(slides: Slide[], kinds: string[], name: string): Dataset {
  const problems: string[] = [];
  const events: Record<string, unknown>[] = [];
  const eras: { label: string; start: string; end: string }[] = [];
  const groups = new Map<string, string>();
  const usedIds = new Set(slides.map((s) => s.uniqueId).filter(Boolean));
  let title = '';
  let description = '';
  let latest = '';

  slides.forEach((slide, i) => {
    const kind = kinds[i]!.trim().toLowerCase();
    const headline = htmlToText(slide.get('headline'));
    if (kind === 'title') {
      title = headline;
      description = htmlToText(slide.get('text'));
      return;
    }
    const start = readDate(slide, ['year', 'month', 'day'], false, problems);
    if (!start) {
      if (!slide.get('year').trim()) problems.push(`${slide.where('year')}: is empty`);
      return;
    }
    const end = slide.get('endYear').trim()
      ? readDate(slide, ['endYear', 'endMonth', 'endDay'], true, problems)
      : null;
    if (end && end.date < start.date)
      problems.push(`${slide.where('endYear')}: the end is before the start ${start.date}`);
    for (const d of [start.date, end?.date ?? '']) if (d > latest) latest = d;
    if (kind === 'era') {
      const last = end?.date ?? readDate(slide, ['year', 'month', 'day'], true, [])!.date;
      eras.push({ label: headline || 'Era', start: start.date, end: last });
      return;
    }

    const text = slide.get('text');
    const media = slide.get('media').trim();
    const credit = htmlToText(slide.get('credit'));
    const caption = htmlToText(slide.get('caption'));
    const sources = new Map<string, Record<string, unknown>>();
    for (const link of htmlLinks(text)) {
      if (isHttpUrl(link.url) && !sources.has(link.url))
        sources.set(link.url, {
          url: link.url,
          publisher: hostOf(link.url),
          title: link.text || link.url,
          kind: 'other',
        });
    }
    if (isHttpUrl(media) && !sources.has(media)) {
      sources.set(media, {
        url: media,
        publisher: credit || hostOf(media),
        title: caption || credit || media,
        kind: 'other',
      });
    }
    const group = htmlToText(slide.get('group')) || UNGROUPED;
    if (!groups.has(group)) {
      const base = slugify(group) || `group-${groups.size + 1}`;
      let id = base;
      for (let n = 2; [...groups.values()].includes(id); n += 1) id = `${base}-${n}`;
      groups.set(group, id);
    }
    const summary =
      htmlToText(text) || (isHttpUrl(media) ? '' : htmlToText(media)) || caption || 'No text given.';

    let id = slide.uniqueId;
    if (!id) {
      const base = slugify(headline) || `event-${i + 1}`;
      id = base;
      for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
      usedIds.add(id);
    }
    const displayDate = htmlToText(slide.get('displayDate'));
    events.push({
      id,
      date: start.date,
      ...(end && end.date !== start.date ? { endDate: end.date } : {}),
      datePrecision: start.precision,
      ...(displayDate ? { displayDate } : {}),
      title: headline || displayDate || 'Untitled event',
      summary,
      type: 'event',
      actors: [{ actor: groups.get(group), role: 'other' }],
      tags: [],
      related: [],
      sources: [...sources.values()],
    });
  });

  if (!events.length && !problems.length) problems.push('the timeline has no events');
  if (problems.length) {
    throw new DatasetError('invalid', `The TimelineJS timeline has ${plural(problems.length, 'problem')}.`, {
      problems,
    });
  }
  return parseDataset({
    title: title || name.replace(/\.(csv|json)$/i, '') || 'Timeline',
    description: description || `Imported from the TimelineJS file ${name}.`,
    updated: latest,
    actors: [...groups].map(([label, id]) => ({ id, name: label, kind: 'other', aliases: [] })),
    eventTypes: [
      {
        id: 'event',
        label: 'Event',
        description: 'An event of the imported timeline.',
        color: TYPE_PALETTE[0],
      },
    ],
    events,
    ...(eras.length ? { eras } : {}),
    importedFrom: 'timelinejs',
  });
}

/** A TimelineJS spreadsheet (its header row and the rows under it) as our dataset. */
export function timelineJsSheetToDataset(
  header: readonly string[],
  records: readonly string[][],
  name: string,
): Dataset {
  const index = new Map(header.map((column, i) => [normalizeColumn(column), i]));
  const slides: Slide[] = [];
  const kinds: string[] = [];
  records.forEach((cells, i) => {
    if (!cells.some((c) => c.trim())) return;
    const get = (field: Field) => cells[index.get(SHEET_COLUMNS[field]) ?? -1] ?? '';
    const label = (field: Field) => header[index.get(SHEET_COLUMNS[field]) ?? -1] ?? SHEET_COLUMNS[field];
    slides.push({ get, where: (field) => `row ${i + 2}, column "${label(field)}"`, uniqueId: '' });
    kinds.push(get('type'));
  });
  return slidesToDataset(slides, kinds, name);
}

type Json = Record<string, unknown>;
const JSON_FIELDS: Record<Field, string> = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  endYear: 'end_date.year',
  endMonth: 'end_date.month',
  endDay: 'end_date.day',
  displayDate: 'start_date.display_date',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  credit: 'media.credit',
  caption: 'media.caption',
  type: 'type',
  group: 'group',
};

function jsonSlide(item: unknown, at: string): Slide {
  const read = (path: string): string => {
    let value: unknown = item;
    for (const key of path.split('.'))
      value = value && typeof value === 'object' ? (value as Json)[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const get = (field: Field) =>
    field === 'displayDate'
      ? read('display_date') || read(JSON_FIELDS.displayDate)
      : read(JSON_FIELDS[field]);
  const uniqueId = read('unique_id').trim();
  return {
    get,
    where: (field) => `${at}.${JSON_FIELDS[field]}`,
    uniqueId: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(uniqueId) ? uniqueId : '',
  };
}

/** TimelineJS JSON (`title`, `events[]`, `eras[]`) as our dataset. */
export function timelineJsJsonToDataset(json: unknown, name: string): Dataset {
  const data = json as { title?: unknown; events: unknown[]; eras?: unknown };
  const slides: Slide[] = [];
  const kinds: string[] = [];
  if (data.title) {
    slides.push(jsonSlide(data.title, 'title'));
    kinds.push('title');
  }
  data.events.forEach((item, i) => {
    slides.push(jsonSlide(item, `events[${i}]`));
    kinds.push('');
  });
  if (Array.isArray(data.eras)) {
    data.eras.forEach((item, i) => {
      slides.push(jsonSlide(item, `eras[${i}]`));
      kinds.push('era');
    });
  }
  return slidesToDataset(slides, kinds, name);
}

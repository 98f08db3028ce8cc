import ical from 'ical-generator';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { datasetToCsv } from '../dataset/dataset-to-csv';
import { addDays, daysBetween, firstDayOf, LAST_DATE, lastDayOf } from '../lib/dates';
import { slugify } from '../lib/format';

/**
 * The events shown, in the spreadsheet format the app reads back (`docs/authoring.md`): one row per
 * event, with the dataset's actors, types and details in their own columns, formula-safe cells.
 */
export function toCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  return datasetToCsv(dataset, events);
}

/**
 * The dataset with only these events, in our schema, so it loads again with `?data=`. Links to
 * events left out are dropped, since they would no longer resolve.
 */
export function toJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const kept = new Set(events.map((e) => e.id));
  const subset = {
    title: dataset.title,
    description: dataset.description,
    updated: dataset.updated,
    ...(dataset.license ? { license: dataset.license } : {}),
    actors: dataset.actors,
    eventTypes: dataset.eventTypes,
    events: events.map((e) => ({ ...e, related: e.related.filter((r) => kept.has(r.event)) })),
    ...(dataset.eras?.length ? { eras: dataset.eras } : {}),
    ...(dataset.importedFrom ? { importedFrom: dataset.importedFrom } : {}),
  };
  return `${JSON.stringify(subset, null, 2)}\n`;
}

function utcDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** Control characters other than tab and line breaks mean nothing in a calendar and may confuse one. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function plain(value: string): string {
  return value.replace(CONTROL, '');
}

/**
 * All-day calendar entries with the summary and the first source. An event known to the month or
 * the year spans that whole month or year, since its day is not known.
 */
export function toIcs(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const calendar = ical({
    name: plain(dataset.title),
    prodId: { company: 'Escalation Timeline', product: 'timeline', language: 'EN' },
  });
  // All-day ends are exclusive: the day after the last day. After 9999-12-31 there is no such
  // day to write, so those entries give their length instead.
  const durations = new Map<number, number>();
  events.forEach((e, i) => {
    const source = e.sources[0];
    const first = firstDayOf(e.date, e.datePrecision);
    const last = lastDayOf(e.endDate ?? e.date, e.datePrecision);
    if (last === LAST_DATE) durations.set(i, daysBetween(first, last) + 1);
    calendar.createEvent({
      id: `${e.id}@escalation-timeline`,
      start: utcDate(first),
      end: last === LAST_DATE ? null : utcDate(addDays(last, 1)),
      allDay: true,
      summary: plain(e.title),
      description: plain(source ? `${e.summary}\n\nSource: ${source.url}` : e.summary),
      url: source?.url,
      timezone: null,
    });
  });
  if (durations.size === 0) return calendar.toString();
  const [head, ...entries] = calendar.toString().split('BEGIN:VEVENT\r\n');
  const withDurations = entries.map((entry, i) => {
    const days = durations.get(i);
    return days ? entry.replace(/^(DTSTART;VALUE=DATE:\d{8}\r\n)/m, `$1DURATION:P${days}D\r\n`) : entry;
  });
  return [head, ...withDurations].join('BEGIN:VEVENT\r\n');
}

/** `iran-united-states-escalation-2019-2024-2026-11-22.csv` */
export function fileName(title: string, today: Date, extension: string): string {
  const slug = slugify(title) || 'timeline';
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${extension}`;
}

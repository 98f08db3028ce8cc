import ical from 'ical-generator';
import Papa from 'papaparse';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { actorLabel, type Vocab } from '../dataset/vocab';
import { addDays, daysBetween, firstDayOf, LAST_DATE, lastDayOf } from '../lib/dates';

/** A spreadsheet cell that starts like a formula is prefixed, so opening the file runs nothing. */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per event; actors and sources joined into single cells. */
export function toCsv(events: readonly TimelineEvent[], vocab: Vocab): string {
  const rows = events.map((e) => ({
    id: e.id,
    date: e.date,
    end_date: e.endDate ?? '',
    date_precision: e.datePrecision,
    reported_date: e.reportedDate ?? '',
    type: vocab.typeById.get(e.type)?.type.label ?? e.type,
    title: e.title,
    summary: e.summary,
    actors: e.actors
      .map((a) => `${actorLabel(vocab.actorById.get(a.actor), a.actor)} (${a.role})`)
      .join('; '),
    attribution: e.attribution
      ? `${e.attribution.status}${e.attribution.by.length ? ` by ${e.attribution.by.map((id) => actorLabel(vocab.actorById.get(id), id)).join(', ')}` : ''}`
      : '',
    tags: e.tags.join('; '),
    sources: e.sources.map((s) => s.url).join(' '),
    source_titles: e.sources.map((s) => `${s.publisher}: ${s.title}`).join(' | '),
  }));
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)])));
  return Papa.unparse(safe, { quotes: true, newline: '\r\n' });
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
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline';
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${extension}`;
}

import ical from 'ical-generator';
import Papa from 'papaparse';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { actorLabel, type Vocab } from '../dataset/vocab';
import { addDays } from '../lib/dates';

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

/** All-day calendar entries with the summary and the first source. */
export function toIcs(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const calendar = ical({
    name: dataset.title,
    prodId: { company: 'Escalation Timeline', product: 'timeline', language: 'EN' },
  });
  for (const e of events) {
    const source = e.sources[0];
    calendar.createEvent({
      id: `${e.id}@escalation-timeline`,
      start: utcDate(e.date),
      // All-day ends are exclusive: the day after the last day.
      end: utcDate(addDays(e.endDate ?? e.date, 1)),
      allDay: true,
      summary: e.title,
      description: source ? `${e.summary}\n\nSource: ${source.url}` : e.summary,
      url: source?.url,
      timezone: null,
    });
  }
  return calendar.toString();
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

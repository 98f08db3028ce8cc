import ical from 'ical-generator';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { datasetToCsv } from '../dataset/dataset-to-csv';
import { addDays } from '../lib/dates';
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
  const slug = slugify(title) || 'timeline';
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${extension}`;
}

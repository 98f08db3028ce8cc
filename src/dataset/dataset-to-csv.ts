import Papa from 'papaparse';
import {
  ACTOR_COLUMNS,
  DATASET_COLUMNS,
  ERA_COLUMNS,
  EVENT_COLUMNS,
  SOURCE_FIELDS,
  TYPE_COLUMNS,
  joinList,
  protectCell,
} from './csv-format';
import type { Dataset, TimelineEvent } from './schema';

/**
 * Writes a dataset, or some of its events, in our spreadsheet format: one row per event, with the
 * declared actors, event types and the dataset's details in their own columns beside them, so the
 * file reads back as exactly the same dataset (`csvToDataset`). Links to events left out are dropped.
 * The file starts with a byte-order mark so spreadsheet software reads it as UTF-8.
 */
export function datasetToCsv(dataset: Dataset, events: readonly TimelineEvent[] = dataset.events): string {
  const kept = new Set(events.map((e) => e.id));
  const sourceCount = Math.max(1, ...events.map((e) => e.sources.length));
  const sourceColumns = Array.from({ length: sourceCount }, (_, n) =>
    SOURCE_FIELDS.map((f) => `source_${n + 1}_${f}`),
  ).flat();
  const fields = [
    ...EVENT_COLUMNS,
    ...sourceColumns,
    ...ACTOR_COLUMNS,
    ...TYPE_COLUMNS,
    ...ERA_COLUMNS,
    ...DATASET_COLUMNS,
  ];

  const eventCells = (e: TimelineEvent | undefined): string[] => {
    if (!e) return Array.from({ length: EVENT_COLUMNS.length + sourceColumns.length }, () => '');
    const sources = Array.from({ length: sourceCount }, (_, n) => {
      const s = e.sources[n];
      return s
        ? [s.url, s.publisher, s.title, s.published ?? '', s.kind, s.archiveUrl ?? '']
        : SOURCE_FIELDS.map(() => '');
    }).flat();
    return [
      e.id,
      e.date,
      e.endDate ?? '',
      e.datePrecision,
      e.displayDate ?? '',
      e.reportedDate ?? '',
      e.type,
      e.title,
      e.summary,
      joinList(e.actors.map((a) => `${a.actor} (${a.role})`)),
      e.attribution?.status ?? '',
      joinList(e.attribution?.by ?? []),
      e.attribution?.note ?? '',
      joinList(e.tags),
      joinList(e.related.filter((r) => kept.has(r.event)).map((r) => `${r.event} (${r.relation})`)),
      ...sources,
    ];
  };

  const eras = dataset.eras ?? [];
  const rowCount = Math.max(1, events.length, dataset.actors.length, dataset.eventTypes.length, eras.length);
  const data = Array.from({ length: rowCount }, (_, i) => {
    const actor = dataset.actors[i];
    const type = dataset.eventTypes[i];
    const era = eras[i];
    return [
      ...eventCells(events[i]),
      ...(actor
        ? [
            actor.id,
            actor.name,
            actor.shortName ?? '',
            actor.kind,
            actor.country ?? '',
            joinList(actor.aliases),
            actor.mitreAttackId ?? '',
          ]
        : ACTOR_COLUMNS.map(() => '')),
      ...(type ? [type.id, type.label, type.description, type.color] : TYPE_COLUMNS.map(() => '')),
      ...(era ? [era.label, era.start, era.end] : ERA_COLUMNS.map(() => '')),
      ...(i === 0
        ? [
            dataset.title,
            dataset.description,
            dataset.updated,
            dataset.license ?? '',
            dataset.importedFrom ?? '',
          ]
        : DATASET_COLUMNS.map(() => '')),
    ].map(protectCell);
  });
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { quotes: true, newline: '\r\n' })}\r\n`;
}

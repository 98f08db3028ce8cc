import { normalizeColumn } from './csv-format';

/** A TimelineJS sheet is known by its header: it has `Year` and `Headline` columns. */
export function isTimelineJsHeader(columns: readonly string[]): boolean {
  const names = new Set(columns.map(normalizeColumn));
  return names.has('year') && names.has('headline');
}

/** TimelineJS JSON: `events[]` whose items have a `start_date` object, and none of our own fields. */
export function isTimelineJsJson(json: unknown): boolean {
  if (!json || typeof json !== 'object' || 'eventTypes' in json) return false;
  const events = (json as { events?: unknown }).events;
  const first: unknown = Array.isArray(events) ? events[0] : undefined;
  return Boolean(first && typeof first === 'object' && 'start_date' in first);
}

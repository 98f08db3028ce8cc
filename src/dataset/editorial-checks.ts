import type { Dataset } from './schema';

/**
 * Rules for a dataset we publish, stricter than what the app accepts from anyone: sorted events,
 * dates no later than the update, a source on every event, https only, no repeated source, nothing
 * declared but unused.
 */
export function editorialProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const usedActors = new Set<string>();
  const usedTypes = new Set<string>();
  let previous = '';
  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event.date < previous)
      problems.push(`${at}.date: ${event.date} comes after ${previous}; sort events by date`);
    previous = event.date;
    for (const [field, value] of [
      ['date', event.date],
      ['endDate', event.endDate],
      ['reportedDate', event.reportedDate],
    ] as const) {
      if (value && value > dataset.updated)
        problems.push(`${at}.${field}: ${value} is after the dataset's update ${dataset.updated}`);
    }
    if (event.title.length > 90) problems.push(`${at}.title: longer than 90 characters`);
    usedTypes.add(event.type);
    const pairs = event.actors.map((a) => `${a.actor}/${a.role}`);
    pairs.forEach((pair, j) => {
      if (pairs.indexOf(pair) !== j) problems.push(`${at}.actors[${j}]: "${pair}" is listed twice`);
    });
    event.actors.forEach((a) => usedActors.add(a.actor));
    event.attribution?.by.forEach((id) => usedActors.add(id));
    if (!event.sources.length) problems.push(`${at}.sources: must list at least one source`);
    const urls = new Set<string>();
    event.sources.forEach((source, j) => {
      if (!source.url.startsWith('https://')) problems.push(`${at}.sources[${j}].url: must use https`);
      if (urls.has(source.url)) problems.push(`${at}.sources[${j}].url: appears twice in this event`);
      urls.add(source.url);
      if (source.published && source.published > dataset.updated)
        problems.push(`${at}.sources[${j}].published: after the dataset's update ${dataset.updated}`);
    });
  });
  dataset.actors.forEach((a, i) => {
    if (!usedActors.has(a.id)) problems.push(`actors[${i}]: "${a.id}" is declared but no event uses it`);
  });
  dataset.eventTypes.forEach((t, i) => {
    if (!usedTypes.has(t.id)) problems.push(`eventTypes[${i}]: "${t.id}" is declared but no event uses it`);
  });
  return problems;
}

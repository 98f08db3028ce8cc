import publishedNoPrimary from '../../data/no-primary-source.json';
import type { Dataset, TimelineEvent } from './schema';
import { refusedHostReason } from './source-hosts';

/** An event allowed to rest without a primary source, and why (also logged in VERIFICATION.md). */
export interface NoPrimaryException {
  id: string;
  why: string;
}

/** Source kinds that count as the primary record: the government, the court, the reporting company. */
export const PRIMARY_SOURCE_KINDS: ReadonlySet<string> = new Set(['government', 'court', 'vendor']);

/** Titles sharing this share of their words (Jaccard index) on the same date are duplicates. */
const DUPLICATE_TITLE_SIMILARITY = 0.8;
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'to',
  'and',
  'for',
  'by',
  'with',
  'at',
  'over',
]);

/**
 * Rules for a dataset we publish, stricter than what the app accepts from anyone: sorted events,
 * dates no later than the update, a source on every event, https only, no repeated source, no refused
 * host, a primary source for every event not listed in `noPrimary`, no duplicate events, nothing
 * declared but unused.
 */
export function editorialProblems(
  dataset: Dataset,
  noPrimary: readonly NoPrimaryException[] = publishedNoPrimary,
): string[] {
  const problems: string[] = [];
  const usedActors = new Set<string>();
  const usedTypes = new Set<string>();
  const excused = new Set(noPrimary.map((e) => e.id));
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
      const refused = refusedHostReason(source.url);
      if (refused) problems.push(`${at}.sources[${j}].url: refused host (${refused})`);
      if (source.published && source.published > dataset.updated)
        problems.push(`${at}.sources[${j}].published: after the dataset's update ${dataset.updated}`);
    });
    const hasPrimary = event.sources.some((s) => PRIMARY_SOURCE_KINDS.has(s.kind));
    if (!hasPrimary && !excused.has(event.id))
      problems.push(
        `${at}.sources: no government, court or vendor source; cite one or list "${event.id}" in data/no-primary-source.json`,
      );
    if (hasPrimary && excused.has(event.id))
      problems.push(
        `${at}.sources: cites a primary source; remove "${event.id}" from data/no-primary-source.json`,
      );
  });
  duplicatePairs(dataset.events).forEach(([i, j]) =>
    problems.push(
      `events[${j}].title: duplicates events[${i}] ("${dataset.events[i]!.id}") on the same date`,
    ),
  );
  dataset.actors.forEach((a, i) => {
    if (!usedActors.has(a.id)) problems.push(`actors[${i}]: "${a.id}" is declared but no event uses it`);
  });
  dataset.eventTypes.forEach((t, i) => {
    if (!usedTypes.has(t.id)) problems.push(`eventTypes[${i}]: "${t.id}" is declared but no event uses it`);
  });
  return problems;
}

function titleWords(title: string): Set<string> {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w && !STOP_WORDS.has(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  a.forEach((w) => void (b.has(w) && shared++));
  const union = a.size + b.size - shared;
  return union ? shared / union : 1;
}

/** Index pairs of events on the same date whose titles are near-identical. */
function duplicatePairs(events: readonly TimelineEvent[]): [number, number][] {
  const pairs: [number, number][] = [];
  const byDate = new Map<string, { index: number; words: Set<string> }[]>();
  events.forEach((event, index) => {
    const sameDay = byDate.get(event.date) ?? [];
    const words = titleWords(event.title);
    sameDay.forEach((other) => {
      if (jaccard(other.words, words) >= DUPLICATE_TITLE_SIMILARITY) pairs.push([other.index, index]);
    });
    byDate.set(event.date, [...sameDay, { index, words }]);
  });
  return pairs;
}

/** The counts data/README.md states, as one sentence (a test keeps the README true to the data). */
export function datasetCounts(dataset: Dataset): string {
  const count = (...types: string[]) => dataset.events.filter((e) => types.includes(e.type)).length;
  const primary = dataset.events.filter((e) =>
    e.sources.some((s) => PRIMARY_SOURCE_KINDS.has(s.kind)),
  ).length;
  return (
    `The dataset holds ${dataset.events.length} events and ${dataset.actors.length} actors. ` +
    `${count('cyberattack', 'cyber-espionage', 'influence-operation')} events are cyber operations ` +
    `(${count('cyberattack')} attacks, ${count('cyber-espionage')} espionage, ` +
    `${count('influence-operation')} influence operations) and ${count('kinetic')} are kinetic; ` +
    `${primary} events cite a primary source (government, court or vendor), and the other ` +
    `${dataset.events.length - primary} are listed in \`no-primary-source.json\` with the reason.`
  );
}

import type { Actor, Dataset, EventType, TimelineEvent } from './schema';
import type { RELATIONS } from './schema';
import { formatDateRange } from '../lib/dates';
import { eventSpan, type DateSpan } from './span';

export type RelationKind = (typeof RELATIONS)[number];

export interface TypeStyle {
  type: EventType;
  /** Background colour from the data. */
  color: string;
  /** Black or white, whichever reads better on `color` (WCAG contrast). */
  textColor: string;
}

/** Everything derived from a dataset once: lookups, labels, colours and the search text. */
export interface Vocab {
  actors: Actor[];
  actorById: Map<string, Actor>;
  typeById: Map<string, TypeStyle>;
  eventById: Map<string, TimelineEvent>;
  /** For each event, the events linked to it by `related` in either direction. */
  links: Map<string, { outgoing: Link[]; incoming: Link[] }>;
  /** From the first event's date to the last event's end; null for a dataset with no events. */
  span: DateSpan | null;
}

/** One `related` entry, seen from either end. */
export interface Link {
  event: string;
  relation: RelationKind;
}

/** Case- and accent-insensitive form used on both sides of a text search. */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US');
}

export function actorLabel(actor: Actor | undefined, fallback = ''): string {
  return actor ? (actor.shortName ?? actor.name) : fallback;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastText(background: string): string {
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}

const cache = new WeakMap<Dataset, Vocab>();

export function getVocab(dataset: Dataset): Vocab {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  const typeById = new Map(
    dataset.eventTypes.map((t) => [t.id, { type: t, color: t.color, textColor: contrastText(t.color) }]),
  );
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  const links = new Map(
    dataset.events.map((e) => [e.id, { outgoing: [] as Link[], incoming: [] as Link[] }]),
  );
  for (const event of dataset.events) {
    for (const r of event.related) {
      links.get(event.id)?.outgoing.push({ event: r.event, relation: r.relation });
      links.get(r.event)?.incoming.push({ event: event.id, relation: r.relation });
    }
  }
  const vocab = {
    actors: dataset.actors,
    actorById,
    typeById,
    eventById,
    links,
    span: eventSpan(dataset.events),
  };
  cache.set(dataset, vocab);
  return vocab;
}

/** Each vocabulary's search text so far, and the events still to fold. */
const searchTexts = new WeakMap<Vocab, { texts: Map<string, string>; rest: Iterator<TimelineEvent> }>();

function searchState(vocab: Vocab) {
  let state = searchTexts.get(vocab);
  if (!state) {
    state = { texts: new Map(), rest: vocab.eventById.values() };
    searchTexts.set(vocab, state);
  }
  return state;
}

/** Folds the next event's search text; false when every event has one. */
function foldNext(
  vocab: Vocab,
  { texts, rest }: { texts: Map<string, string>; rest: Iterator<TimelineEvent> },
) {
  const next = rest.next();
  if (next.done) return false;
  const e = next.value;
  const actorWords = e.actors.flatMap(({ actor }) => {
    const a = vocab.actorById.get(actor);
    return a ? [a.name, a.shortName ?? '', ...a.aliases] : [];
  });
  const words = [e.title, e.summary, ...actorWords, ...e.tags, ...e.sources.map((s) => s.publisher)];
  texts.set(e.id, foldText(words.join('\n')));
  return true;
}

/**
 * Lower-case, accent-free text each event can be found by: title, summary, actors' names and
 * aliases, tags and publishers. Not built with the vocabulary: folding every summary is work the
 * first view does not need (about 9 ms per 1,000 events). `prepareSearchText` builds it while the
 * browser is idle; a search before it is done finishes it at once.
 */
export function searchTextOf(vocab: Vocab): Map<string, string> {
  const state = searchState(vocab);
  while (foldNext(vocab, state));
  return state.texts;
}

/** Builds the search text a slice at a time whenever the browser is idle. Returns a cancel. */
export function prepareSearchText(vocab: Vocab): () => void {
  const state = searchState(vocab);
  const idle =
    window.requestIdleCallback ??
    ((run: IdleRequestCallback) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1));
  const cancelIdle = window.cancelIdleCallback ?? clearTimeout;
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    let more = true;
    while (more && deadline.timeRemaining() > 1) more = foldNext(vocab, state);
    if (more) handle = idle(slice);
  };
  handle = idle(slice);
  return () => cancelIdle(handle);
}

/** The row an event sits in when grouped by actor: its perpetrator, else its first actor. */
export function primaryActor(event: TimelineEvent): string {
  return (event.actors.find((a) => a.role === 'perpetrator') ?? event.actors[0])?.actor ?? '';
}

/** How an event's date is shown: the author's own wording when the dataset gives one, else its range. */
export function dateLabel(event: TimelineEvent): string {
  return event.displayDate ?? formatDateRange(event.date, event.endDate, event.datePrecision);
}

// Deterministic synthetic datasets of the app's schema, for the benchmark and the browser tests.
// The same seed and size always give the same dataset (no Date.now, no Math.random). Whether the app
// accepts it is checked by its own parser: bench/write-datasets.ts (before every benchmark run) and
// tools/generate-dataset.test.ts.
import { ACTORS, CAST, EVENT_TYPES, TYPE_WEIGHTS } from './synthetic-cast.mjs';
import {
  OBJECTS,
  PUBLISHERS,
  QUALIFIERS,
  RELATIONS,
  ROLES_EXTRA,
  SENTENCES,
  TAGS,
  VERBS,
} from './synthetic-words.mjs';

export const DEFAULT_SEED = 20190408;

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
}

/** The first candidate whose length is within [min, max], else the first one cut at a word. */
function firstFitting(candidates, min, max) {
  const fit = candidates.find((c) => c.length >= min && c.length <= max);
  if (fit) return fit;
  const cut = candidates[0].slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf(' '));
}

/**
 * A dataset of `size` events over 2019–2024, sorted by date, in the app's JSON format.
 * @param {number} size
 * @param {number} [seed]
 */
export function generateDataset(size, seed = DEFAULT_SEED) {
  const rand = mulberry32((seed ^ Math.imul(size, 2654435761)) >>> 0);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const totalWeight = TYPE_WEIGHTS.reduce((a, b) => a + b, 0);
  const pickType = (i) => {
    // The first nine events cover every type, so even the smallest set uses them all.
    if (i < EVENT_TYPES.length) return EVENT_TYPES[i];
    let r = rand() * totalWeight;
    for (let t = 0; t < EVENT_TYPES.length; t++) {
      r -= TYPE_WEIGHTS[t];
      if (r < 0) return EVENT_TYPES[t];
    }
    return EVENT_TYPES.at(-1);
  };
  const actorName = (id) => {
    const a = ACTORS.find((x) => x.id === id);
    return a.shortName ?? a.name;
  };

  // Dates first, sorted, so ids follow chronological order.
  // ~5% are known to the month only: their date is the 1st.
  const days = Array.from({ length: size }, () => {
    const day = FIRST_DAY + Math.floor(rand() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY;
    if (rand() >= 0.05) return { date: day, precision: 'day' };
    const d = new Date(day);
    return { date: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), precision: 'month' };
  });
  days.sort((a, b) => a.date - b.date);

  const events = [];
  const usedIds = new Set();
  for (let i = 0; i < size; i++) {
    const type = pickType(i);
    const cast = CAST[type.id];
    const perpetrator = pick(cast.by);
    let target = pick(cast.on);
    if (target === perpetrator) target = cast.on.find((t) => t !== perpetrator);
    const actors = [
      { actor: perpetrator, role: 'perpetrator' },
      { actor: target, role: 'target' },
    ];
    // About half the events involve the state of Iran by name: the benchmark's "half" filter.
    const involvesIran = perpetrator === 'iran' || target === 'iran' || rand() < 0.36;
    if (involvesIran && perpetrator !== 'iran' && target !== 'iran')
      actors.push({ actor: 'iran', role: pick(ROLES_EXTRA) });
    if (!involvesIran && (perpetrator === 'iran' || target === 'iran')) throw new Error('unreachable');
    if (rand() < 0.25) {
      const extra = pick(['microsoft', 'mandiant', 'us', 'israel', 'uae']);
      if (!actors.some((a) => a.actor === extra)) actors.push({ actor: extra, role: 'attributor' });
    }

    const { date, precision } = days[i];
    const r = rand();
    // ~6% long ranges (28+ days, drawn as ranges), ~6% short multi-day events (drawn as boxes).
    const endDate =
      r < 0.06 ? iso(date + int(28, 240) * DAY) : r < 0.12 ? iso(date + int(1, 12) * DAY) : undefined;

    const verb = pick(VERBS[type.id]);
    const head = `${actorName(perpetrator)} ${verb} ${actorName(target)} ${pick(OBJECTS)}`;
    const start = int(0, QUALIFIERS.length - 1);
    const qualified = QUALIFIERS.map((_, k) => `${head} ${QUALIFIERS[(start + k) % QUALIFIERS.length]}`);
    const title = firstFitting(rand() < 0.2 ? [head, ...qualified] : qualified, 40, 90);
    // One to four attributed sentences, 150-400 characters in all.
    const sentences = [
      `${actorName(target)} said ${actorName(perpetrator)} was responsible for the incident on ${iso(date)}.`,
    ];
    const want = int(1, 4);
    while (sentences.join(' ').length < 150 || sentences.length < want) {
      const next = pick(SENTENCES);
      if ([...sentences, next].join(' ').length > 400) break;
      if (!sentences.includes(next)) sentences.push(next);
    }
    const summary = sentences.join(' ');

    let id = `${slugify(head)}-${i + 1}`;
    while (usedIds.has(id)) id += 'x';
    usedIds.add(id);

    const published = iso(date + int(0, 20) * DAY);
    const sources = Array.from({ length: int(1, 3) }, (_, s) => {
      const [publisher, kind] = pick(PUBLISHERS);
      return {
        url: `https://example.org/${slugify(publisher)}/${iso(date).slice(0, 4)}/${id}-${s + 1}`,
        publisher,
        title: `${title} (${publisher} report ${s + 1})`,
        published,
        kind,
      };
    });
    const event = {
      id,
      date: iso(date),
      ...(endDate ? { endDate } : {}),
      datePrecision: precision,
      ...(rand() < 0.15 ? { reportedDate: iso(date + int(5, 200) * DAY) } : {}),
      title,
      summary,
      type: type.id,
      actors,
      ...(['cyberattack', 'cyber-espionage', 'influence-operation'].includes(type.id)
        ? {
            attribution: {
              status: pick(['attributed', 'alleged', 'claimed', 'disputed']),
              by: actors.filter((a) => a.role === 'attributor').map((a) => a.actor),
            },
          }
        : {}),
      tags: Array.from(new Set(Array.from({ length: int(1, 4) }, () => pick(TAGS)))),
      related: [],
      sources,
    };
    // ~12% link back to one or two earlier events.
    if (i > 5 && rand() < 0.12) {
      const links = new Set();
      for (let k = int(1, 2); k > 0; k--) links.add(events[int(Math.max(0, i - 60), i - 1)].id);
      event.related = [...links].map((e) => ({ event: e, relation: pick(RELATIONS) }));
    }
    events.push(event);
  }

  return {
    title: `Synthetic escalation dataset, ${size.toLocaleString('en-US')} events`,
    description: `Generated by tools/generate-dataset.mjs (seed ${seed}) to measure the timeline with ${size} events. Not real events.`,
    updated: '2025-12-31',
    license: 'CC0 1.0',
    actors: ACTORS,
    eventTypes: EVENT_TYPES,
    events,
  };
}

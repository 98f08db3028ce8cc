// Deterministic synthetic datasets for the benchmark, valid under src/dataset/schema.ts.
// Usage: node bench/generate.mjs [--sizes 100,1000,10000] [--seed 20190408] [--out bench/.data]
// The same seed and size always give byte-identical files (no Date.now, no Math.random).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SIZES = [100, 1000, 10_000];
export const DEFAULT_SEED = 20190408;
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '.data');

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

// Actors: the filter the benchmark applies is "actor = iran", which about half the events involve.
export const ACTORS = [
  { id: 'us', name: 'United States', kind: 'state', country: 'US', aliases: ['US government', 'Washington'] },
  {
    id: 'us-military',
    name: 'US military',
    kind: 'military',
    country: 'US',
    aliases: ['Pentagon', 'CENTCOM'],
  },
  {
    id: 'us-cybercom',
    name: 'US Cyber Command',
    shortName: 'CYBERCOM',
    kind: 'military',
    country: 'US',
    aliases: ['USCYBERCOM'],
  },
  {
    id: 'us-treasury',
    name: 'US Department of the Treasury',
    shortName: 'Treasury',
    kind: 'government-agency',
    country: 'US',
    aliases: ['OFAC'],
  },
  {
    id: 'us-doj',
    name: 'US Department of Justice',
    shortName: 'DOJ',
    kind: 'government-agency',
    country: 'US',
    aliases: ['Justice Department'],
  },
  {
    id: 'cisa',
    name: 'Cybersecurity and Infrastructure Security Agency',
    shortName: 'CISA',
    kind: 'government-agency',
    country: 'US',
    aliases: [],
  },
  {
    id: 'fbi',
    name: 'Federal Bureau of Investigation',
    shortName: 'FBI',
    kind: 'government-agency',
    country: 'US',
    aliases: [],
  },
  { id: 'iran', name: 'Iran', kind: 'state', country: 'IR', aliases: ['Islamic Republic of Iran', 'Tehran'] },
  {
    id: 'irgc',
    name: 'Islamic Revolutionary Guard Corps',
    shortName: 'IRGC',
    kind: 'military',
    country: 'IR',
    aliases: ['Sepah'],
  },
  {
    id: 'mois',
    name: 'Ministry of Intelligence and Security',
    shortName: 'MOIS',
    kind: 'intelligence',
    country: 'IR',
    aliases: ['VAJA'],
  },
  {
    id: 'apt33',
    name: 'APT33',
    kind: 'apt-group',
    country: 'IR',
    aliases: ['Elfin', 'Peach Sandstorm'],
    mitreAttackId: 'G0064',
  },
  {
    id: 'apt34',
    name: 'APT34',
    kind: 'apt-group',
    country: 'IR',
    aliases: ['OilRig', 'Hazel Sandstorm'],
    mitreAttackId: 'G0049',
  },
  {
    id: 'apt35',
    name: 'APT35',
    kind: 'apt-group',
    country: 'IR',
    aliases: ['Charming Kitten', 'Mint Sandstorm'],
    mitreAttackId: 'G0059',
  },
  {
    id: 'muddywater',
    name: 'MuddyWater',
    kind: 'apt-group',
    country: 'IR',
    aliases: ['Mango Sandstorm'],
    mitreAttackId: 'G0069',
  },
  { id: 'cyberav3ngers', name: 'CyberAv3ngers', kind: 'hacktivist', aliases: ['Cyber Avengers'] },
  { id: 'predatory-sparrow', name: 'Predatory Sparrow', kind: 'hacktivist', aliases: ['Gonjeshke Darande'] },
  { id: 'israel', name: 'Israel', kind: 'state', country: 'IL', aliases: ['Israeli government'] },
  { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', country: 'SA', aliases: ['Riyadh'] },
  {
    id: 'uae',
    name: 'United Arab Emirates',
    shortName: 'UAE',
    kind: 'state',
    country: 'AE',
    aliases: ['Abu Dhabi'],
  },
  {
    id: 'houthis',
    name: 'Ansar Allah (Houthis)',
    shortName: 'Houthis',
    kind: 'other',
    aliases: ['Ansar Allah'],
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    kind: 'company',
    country: 'US',
    aliases: ['Microsoft Threat Intelligence'],
  },
  { id: 'mandiant', name: 'Mandiant', kind: 'company', country: 'US', aliases: ['Google Cloud Mandiant'] },
];

export const EVENT_TYPES = [
  {
    id: 'kinetic',
    label: 'Kinetic',
    color: '#b91c1c',
    description: 'Use of physical force: strikes, missile or drone attacks, sabotage, seizures of ships.',
  },
  {
    id: 'cyberattack',
    label: 'Cyberattack',
    color: '#6d28d9',
    description: 'A cyber operation that disrupts, damages or destroys systems or data.',
  },
  {
    id: 'cyber-espionage',
    label: 'Cyber-espionage',
    color: '#0e7490',
    description: 'A cyber operation that steals or collects information.',
  },
  {
    id: 'influence-operation',
    label: 'Influence operation',
    color: '#c2410c',
    description: 'An attempt to sway opinion through deceptive messages, personas or leaks.',
  },
  {
    id: 'sanction',
    label: 'Sanction',
    color: '#15803d',
    description: 'An economic or legal measure against a state, organisation or person.',
  },
  {
    id: 'indictment',
    label: 'Indictment',
    color: '#1d4ed8',
    description: 'Criminal charges made public by a prosecutor, or seizures ordered by a court.',
  },
  {
    id: 'advisory',
    label: 'Advisory',
    color: '#854d0e',
    description: "A warning or report describing a threat actor's activity and defences.",
  },
  {
    id: 'diplomatic',
    label: 'Diplomatic',
    color: '#475569',
    description: 'A step between governments: talks, agreements, prisoner exchanges.',
  },
  {
    id: 'statement',
    label: 'Statement',
    color: '#9d174d',
    description: 'An official statement, attribution or claim that is itself the news.',
  },
];

/** Who does what: per type, the likely perpetrators and targets (ids from ACTORS). */
const CAST = {
  kinetic: {
    by: ['irgc', 'us-military', 'israel', 'houthis', 'iran'],
    on: ['saudi-arabia', 'uae', 'us-military', 'iran', 'israel'],
  },
  cyberattack: {
    by: ['apt33', 'cyberav3ngers', 'predatory-sparrow', 'muddywater', 'us-cybercom'],
    on: ['iran', 'israel', 'saudi-arabia', 'us', 'uae'],
  },
  'cyber-espionage': {
    by: ['apt34', 'apt35', 'muddywater', 'apt33', 'mois'],
    on: ['us', 'israel', 'uae', 'saudi-arabia', 'iran'],
  },
  'influence-operation': { by: ['apt35', 'irgc', 'mois', 'iran'], on: ['us', 'israel', 'saudi-arabia'] },
  sanction: { by: ['us-treasury', 'us', 'israel'], on: ['irgc', 'mois', 'iran', 'houthis', 'apt35'] },
  indictment: { by: ['us-doj', 'fbi'], on: ['apt35', 'irgc', 'mois', 'apt33'] },
  advisory: {
    by: ['cisa', 'fbi', 'microsoft', 'mandiant'],
    on: ['apt34', 'muddywater', 'cyberav3ngers', 'apt35'],
  },
  diplomatic: {
    by: ['us', 'iran', 'saudi-arabia', 'uae', 'israel'],
    on: ['iran', 'us', 'saudi-arabia', 'israel'],
  },
  statement: { by: ['us', 'iran', 'israel', 'irgc', 'microsoft'], on: ['iran', 'us', 'israel', 'houthis'] },
};
const TYPE_WEIGHTS = [10, 16, 20, 7, 14, 6, 12, 7, 8];

const VERBS = {
  kinetic: [
    'strikes',
    'launches drones at',
    'seizes a tanker near',
    'fires missiles toward',
    'sabotages facilities of',
  ],
  cyberattack: [
    'wipes servers at',
    'defaces websites of',
    'disrupts fuel stations in',
    'hits water controllers in',
    'deploys ransomware against',
  ],
  'cyber-espionage': [
    'phishes officials in',
    'breaches telecom networks in',
    'steals email from',
    'targets researchers in',
    'implants backdoors at',
  ],
  'influence-operation': [
    'impersonates journalists in',
    'runs fake personas targeting',
    'leaks doctored files about',
    'sends threatening email to voters in',
  ],
  sanction: [
    'designates procurement agents of',
    'freezes assets linked to',
    'sanctions front companies of',
    'lists drone suppliers of',
  ],
  indictment: [
    'charges hackers working for',
    'unseals charges against operatives of',
    'seizes domains used by',
    'indicts a contractor of',
  ],
  advisory: [
    'warns about tooling used by',
    'publishes indicators for',
    'details intrusions attributed to',
    'issues guidance against',
  ],
  diplomatic: [
    'opens talks with',
    'exchanges prisoners with',
    'restores relations with',
    'recalls its envoy from',
  ],
  statement: ['accuses', 'denies claims by', 'attributes an operation to', 'threatens retaliation against'],
};
const OBJECTS = [
  'the energy sector',
  'port operators',
  'a petrochemical plant',
  'government ministries',
  'airline systems',
  'university researchers',
  'shipping firms',
  'defense contractors',
  'hospital networks',
  'financial regulators',
  'telecommunication providers',
  'water utilities',
  'election officials',
  'dissidents abroad',
  'nuclear facilities',
];
const QUALIFIERS = [
  'after weeks of rising tension',
  'amid stalled negotiations',
  'according to officials',
  'in a coordinated campaign',
  'during a regional crisis',
  'as investigators report',
  'in response to earlier attacks',
  'ahead of a key vote',
  'despite international warnings',
  'in the second wave this year',
];
const SENTENCES = [
  'Officials said the operation had been prepared for several months and involved more than one unit.',
  'Researchers who examined the samples said the tooling overlapped with earlier campaigns.',
  'The government denied involvement and called the accusations politically motivated.',
  'A spokesperson said damage was limited and services were restored within two days.',
  'Independent analysts cautioned that the attribution rests on technical indicators alone.',
  'Diplomats briefed partners on the findings in a closed session the following week.',
  'Local media reported disruptions to payment systems and fuel distribution in several provinces.',
  'The advisory lists indicators of compromise and recommends patching exposed appliances.',
  'Prosecutors said the defendants remain at large and are believed to live abroad.',
  'Company investigators said the intruders used stolen credentials and custom malware.',
];
const TAGS = [
  'wiper',
  'phishing',
  'tanker',
  'drones',
  'ics',
  'ransomware',
  'hack-and-leak',
  'telecom',
  'maritime',
  'nuclear',
  'elections',
  'espionage',
  'energy',
  'water',
];
const PUBLISHERS = [
  ['Reuters', 'news'],
  ['Associated Press', 'news'],
  ['US Department of the Treasury', 'government'],
  ['CISA', 'government'],
  ['Microsoft Threat Intelligence', 'vendor'],
  ['Mandiant', 'vendor'],
  ['Citizen Lab', 'research'],
  ['US District Court', 'court'],
  ['Human Rights Watch', 'ngo'],
  ['Al-Monitor', 'news'],
];
const RELATIONS = ['response-to', 'follows', 'same-campaign', 'disclosed-in'];
const ROLES_EXTRA = ['attributor', 'responder', 'other'];

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
    description: `Generated by bench/generate.mjs (seed ${seed}) to measure the timeline with ${size} events. Not real events.`,
    updated: '2025-12-31',
    license: 'CC0 1.0',
    actors: ACTORS,
    eventTypes: EVENT_TYPES,
    events,
  };
}

/** Problems that would make the app refuse the file, or the benchmark meaningless. */
export function selfCheck(dataset) {
  const problems = [];
  const ids = new Set();
  let prev = '';
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const typeIds = new Set(dataset.eventTypes.map((t) => t.id));
  const usedTypes = new Set();
  for (const [i, e] of dataset.events.entries()) {
    if (ids.has(e.id)) problems.push(`events[${i}]: duplicate id ${e.id}`);
    ids.add(e.id);
    if (e.date < prev) problems.push(`events[${i}]: not sorted`);
    prev = e.date;
    if (e.endDate && e.endDate < e.date) problems.push(`events[${i}]: endDate before date`);
    if (e.title.length < 40 || e.title.length > 90)
      problems.push(`events[${i}]: title length ${e.title.length}`);
    if (e.summary.length < 150 || e.summary.length > 400)
      problems.push(`events[${i}]: summary length ${e.summary.length}`);
    if (!typeIds.has(e.type)) problems.push(`events[${i}]: unknown type`);
    usedTypes.add(e.type);
    for (const a of e.actors)
      if (!actorIds.has(a.actor)) problems.push(`events[${i}]: unknown actor ${a.actor}`);
    for (const r of e.related)
      if (!ids.has(r.event)) problems.push(`events[${i}]: related to a later or unknown event`);
    for (const s of e.sources)
      if (!s.url.startsWith('https://example.org/')) problems.push(`events[${i}]: source url`);
  }
  if (usedTypes.size !== typeIds.size) problems.push('not every type is used');
  if (dataset.actors.length < 8) problems.push('fewer than 8 actors');
  return problems;
}

export function datasetPath(size, dir = DATA_DIR) {
  return join(dir, `events-${size}.json`);
}

export function writeDatasets(sizes = DEFAULT_SIZES, { seed = DEFAULT_SEED, dir = DATA_DIR } = {}) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const size of sizes) {
    const dataset = generateDataset(size, seed);
    const problems = selfCheck(dataset);
    if (problems.length) throw new Error(`events-${size}.json: ${problems.slice(0, 5).join('; ')}`);
    const file = datasetPath(size, dir);
    writeFileSync(file, JSON.stringify(dataset));
    written.push({
      size,
      file,
      half: dataset.events.filter((e) => e.actors.some((a) => a.actor === 'iran')).length,
    });
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const sizes = arg('sizes', DEFAULT_SIZES.join(',')).split(',').map(Number);
  const seed = Number(arg('seed', DEFAULT_SEED));
  const dir = resolve(arg('out', DATA_DIR));
  for (const { size, file, half } of writeDatasets(sizes, { seed, dir }))
    console.log(`${file}: ${size} events, ${half} involve Iran (the "half" filter)`);
}

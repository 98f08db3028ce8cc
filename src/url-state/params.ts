import { isRealDate } from '../lib/dates';

/** How timeline rows are grouped. */
export type GroupBy = 'actor' | 'type';
/** Which view shows the events; absent means "timeline on wide screens, list on phones". */
export type View = 'timeline' | 'list';
/** Colour scheme; `auto` follows the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** Everything shareable about the page; the URL is its only home. */
export interface UrlState {
  /** `actors=a,b`: only events involving one of these actors (empty: all). */
  actors: string[];
  /** `types=x,y`: only events of these types (empty: all). */
  types: string[];
  /** `from=YYYY-MM[-DD]`: events on or after this day (a month means its first day). */
  from?: string;
  /** `to=YYYY-MM[-DD]`: events on or before this day (a month means its last day). */
  to?: string;
  /** `q=text`: case- and accent-insensitive search. */
  q: string;
  /** `event=id`: the open event. */
  event?: string;
  /** `chain=id`: only the events linked to this one by responses (other filters paused). */
  chain?: string;
  /** `group=actor|type`: timeline rows (default actor). */
  group: GroupBy;
  /** `view=timeline|list`. */
  view?: View;
  /** `data=url`: another dataset of the same schema. */
  data?: string;
  /** `embed=1`: the compact layout for iframes. */
  embed?: boolean;
  /** `controls=0`: in embed mode, no filter controls (the URL's filters still apply). */
  controls?: boolean;
  /** `theme=light|dark|auto` (default light). */
  theme?: Theme;
}

export const DEFAULT_STATE: UrlState = { actors: [], types: [], q: '', group: 'actor' };

/** Parameter names in the order they are written, so equal states give equal links. */
export const PARAM_NAMES = [
  'data',
  'actors',
  'types',
  'from',
  'to',
  'q',
  'group',
  'view',
  'event',
  'chain',
  'embed',
  'controls',
  'theme',
] as const;
const KNOWN = new Set<string>(PARAM_NAMES);

export interface ParsedUrl {
  state: UrlState;
  /** Parameters this page does not know, by name. */
  unknown: string[];
  /** Known parameters whose value could not be used, as `name=value`. */
  invalid: string[];
  /** Single-valued parameters given more than once with different values: the first is used. */
  repeated: string[];
}

/** Something the URL asked for that the page ignored: our words, then the URL's own text. */
export interface Ignored {
  what: string;
  value: string;
}

/** Everything a parsed URL asks for that the page cannot use, for the notice. */
export function ignoredParams(parsed: ParsedUrl): Ignored[] {
  return [
    ...parsed.unknown.map((value) => ({ what: 'unknown parameter', value })),
    ...parsed.invalid.map((value) => ({ what: 'invalid value', value })),
    ...parsed.repeated.map((value) => ({ what: 'all but the first value of', value })),
  ];
}

const PARTIAL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value) && isRealDate(value.length === 7 ? `${value}-01` : value);
}

/** A list parameter; given more than once, its values are merged (`types=a&types=b` is `types=a,b`). */
function list(values: string[]): string[] {
  return [
    ...new Set(
      values
        .flatMap((value) => value.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ].sort();
}

export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_STATE, actors: [], types: [] };
  const unknown: string[] = [];
  const invalid: string[] = [];
  const repeated: string[] = [];
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) unknown.push(name);
    else if (name !== 'actors' && name !== 'types' && new Set(params.getAll(name)).size > 1)
      repeated.push(name);
  }

  state.actors = list(params.getAll('actors'));
  state.types = list(params.getAll('types'));
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (isPartialDate(value)) state[key] = value;
    else invalid.push(`${key}=${value}`);
  }
  state.q = params.get('q') ?? '';
  const event = params.get('event');
  if (event) state.event = event;
  const chain = params.get('chain');
  if (chain) state.chain = chain;
  const group = params.get('group');
  if (group === 'actor' || group === 'type') state.group = group;
  else if (group) invalid.push(`group=${group}`);
  const view = params.get('view');
  if (view === 'timeline' || view === 'list') state.view = view;
  else if (view) invalid.push(`view=${view}`);
  const data = params.get('data');
  if (data) state.data = data;
  const embed = params.get('embed');
  if (embed === '1' || embed === 'true') state.embed = true;
  else if (embed && embed !== '0' && embed !== 'false') invalid.push(`embed=${embed}`);
  const controls = params.get('controls');
  if (controls === '0' || controls === 'false') state.controls = false;
  else if (controls && controls !== '1' && controls !== 'true') invalid.push(`controls=${controls}`);
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'auto') state.theme = theme;
  else if (theme && theme !== 'light') invalid.push(`theme=${theme}`);
  return { state, unknown, invalid, repeated };
}

/** `?name=value&…` in a fixed order, without defaults; '' for the default state. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const put = (name: (typeof PARAM_NAMES)[number], value: string | undefined) => {
    if (value) params.set(name, value);
  };
  put('data', state.data);
  put('actors', [...new Set(state.actors)].sort().join(','));
  put('types', [...new Set(state.types)].sort().join(','));
  put('from', state.from);
  put('to', state.to);
  put('q', state.q);
  put('group', state.group === DEFAULT_STATE.group ? undefined : state.group);
  put('view', state.view);
  put('event', state.event);
  put('chain', state.chain);
  put('embed', state.embed ? '1' : undefined);
  put('controls', state.controls === false ? '0' : undefined);
  put('theme', state.theme === 'light' ? undefined : state.theme);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

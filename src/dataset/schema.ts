import { z } from 'zod';
import { isRealDate } from '../lib/dates';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ATTRIBUTION_STATUSES,
  DATE_PRECISIONS,
  hostAsWritten,
  isHttpUrl,
  isWebUrl,
  webUrl,
  RELATIONS,
  SOURCE_KINDS,
} from './fields';

export {
  ACTOR_KINDS,
  ACTOR_ROLES,
  ATTRIBUTION_STATUSES,
  DATE_PRECISIONS,
  isHttpUrl,
  RELATIONS,
  SOURCE_KINDS,
};

// No `new Function` code generation: a strict CSP (script-src 'self') reports even zod's probe for it.
z.config({ jitless: true });

/** A calendar date `YYYY-MM-DD` that exists (2019-02-30 does not), in the years 0001 to 9999. */
const WRITTEN_AS_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(WRITTEN_AS_DATE, 'must be a date written YYYY-MM-DD')
  .refine((value) => !value.startsWith('0000'), 'must be in the years 0001 to 9999')
  // One problem per date: "soon" is not written as a date, and that is all there is to say.
  .refine(
    (value) => !WRITTEN_AS_DATE.test(value) || value.startsWith('0000') || isRealDate(value),
    'is not a real calendar date',
  );

/** Stored as the parser writes it, so what is shown is where the link goes. */
const httpUrl = z
  .string()
  .refine(isWebUrl, 'must be an http(s) URL')
  .refine(
    (value) => !isWebUrl(value) || hostAsWritten(value),
    'must be written with the host it leads to (the text reads as another host)',
  )
  .transform((value) => (webUrl(value) ?? new URL(value)).href);
const id = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be letters, digits, . _ : or - (no spaces)');
/** Generous limits: the app shows any dataset; our own stricter limits are editorial checks. */
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.trim().length > 0, 'must not be empty');

export const actorSchema = z.object({
  /** Stable identifier used by events and the `actors` URL parameter. */
  id,
  /** Full display name. */
  name: text(10_000),
  /** Compact name for badges and timeline rows. */
  shortName: text(10_000).optional(),
  /** What sort of actor this is. */
  kind: z.enum(ACTOR_KINDS),
  /** ISO 3166-1 alpha-2 country code, when the actor belongs to one. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
    .optional(),
  /** Other names, e.g. vendor names for the same threat group; searched by the text filter. */
  aliases: z.array(text(10_000)).default([]),
  /** MITRE ATT&CK group id, e.g. G0059. */
  mitreAttackId: z
    .string()
    .regex(/^G\d{4}$/, 'must look like G0059')
    .optional(),
});

export const eventTypeSchema = z.object({
  /** Stable identifier used by events and the `types` URL parameter. */
  id,
  /** Display label. */
  label: text(10_000),
  /** One-line definition shown in the legend. */
  description: text(50_000),
  /** Colour of the type's items and swatches, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'),
});

export const sourceSchema = z.object({
  /** Where the source can be read; only http(s). */
  url: httpUrl,
  /** Who published it. */
  publisher: text(10_000),
  /** The page's own title. */
  title: text(10_000),
  /** When the source was published, when the page shows it. */
  published: isoDate.optional(),
  /** What sort of source it is. */
  kind: z.enum(SOURCE_KINDS),
  /** A saved copy of the page, if one is known. */
  archiveUrl: httpUrl.optional(),
});

export const eventSchema = z.object({
  /** Stable identifier used by `related` and the `event` URL parameter. */
  id,
  /** When it happened (local date where it happened), not when it was reported. */
  date: isoDate,
  /** Last day, for events that lasted several days. */
  endDate: isoDate.optional(),
  /** How much of `date` is known: for "month" the day is the 1st and is not shown. */
  datePrecision: z.enum(DATE_PRECISIONS),
  /** The date as the author wrote it for readers ("Summer 1943"), shown instead of the computed one. */
  displayDate: text(10_000).optional(),
  /** When it was first made public, if later than `date`. */
  reportedDate: isoDate.optional(),
  /** Neutral headline. */
  title: text(10_000),
  /** One to three sentences, every claim attributed. */
  summary: text(50_000),
  /** Event type id, declared in `eventTypes`. */
  type: id,
  /** Who took part, and how. */
  actors: z.array(z.object({ actor: id, role: z.enum(ACTOR_ROLES) })).min(1, 'must name at least one actor'),
  /** Who is said to be behind it, and how sure that is. */
  attribution: z
    .object({
      status: z.enum(ATTRIBUTION_STATUSES),
      by: z.array(id).default([]),
      note: text(50_000).optional(),
    })
    .optional(),
  /** Free keywords, searched by the text filter. */
  tags: z.array(text(10_000)).default([]),
  /** Links to other events in the dataset. */
  related: z.array(z.object({ event: id, relation: z.enum(RELATIONS) })).default([]),
  /** Where it is reported. Datasets we publish need one on every event (an editorial check); an
   * imported timeline may have events without. */
  sources: z.array(sourceSchema),
});

export const eraSchema = z.object({
  /** Name of the period, shown in the legend. */
  label: text(10_000),
  /** First day of the period. */
  start: isoDate,
  /** Last day of the period. */
  end: isoDate,
});

/** Formats a dataset may have been converted from, named in the header. */
export const IMPORT_FORMATS = ['timelinejs'] as const;

export const datasetShape = z.object({
  /** JSON Schema reference for editors; ignored by the app. */
  $schema: z.string().optional(),
  /** Title shown in the header and the document title. */
  title: text(10_000),
  /** One or two sentences under the title. */
  description: text(50_000),
  /** When the dataset was last updated. */
  updated: isoDate,
  /** Licence of the data, e.g. CC BY 4.0. */
  license: text(10_000).optional(),
  actors: z.array(actorSchema),
  eventTypes: z.array(eventTypeSchema).min(1, 'must declare at least one event type'),
  events: z.array(eventSchema),
  /** Named periods shaded behind the events (TimelineJS "eras"). */
  eras: z.array(eraSchema).optional(),
  /** Set when the dataset was converted from another timeline format. */
  importedFrom: z.enum(IMPORT_FORMATS).optional(),
});

type Shape = z.infer<typeof datasetShape>;
type Issue = { path: (string | number)[]; message: string };

/** Checks that need the whole dataset: unique ids and references that resolve. */
export function crossCheck(data: Shape): Issue[] {
  const issues: Issue[] = [];
  const unique = (items: { id: string }[], key: 'actors' | 'eventTypes' | 'events') => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const actorIds = unique(data.actors, 'actors');
  const typeIds = unique(data.eventTypes, 'eventTypes');
  const eventIds = unique(data.events, 'events');

  data.events.forEach((event, i) => {
    const at = (...rest: (string | number)[]) => ['events', i, ...rest];
    if (!typeIds.has(event.type))
      issues.push({ path: at('type'), message: `unknown event type "${event.type}"` });
    event.actors.forEach((a, j) => {
      if (!actorIds.has(a.actor))
        issues.push({ path: at('actors', j, 'actor'), message: `unknown actor "${a.actor}"` });
    });
    event.attribution?.by.forEach((by, j) => {
      if (!actorIds.has(by))
        issues.push({ path: at('attribution', 'by', j), message: `unknown actor "${by}"` });
    });
    event.related.forEach((r, j) => {
      if (!eventIds.has(r.event))
        issues.push({ path: at('related', j, 'event'), message: `unknown event "${r.event}"` });
      if (r.event === event.id)
        issues.push({ path: at('related', j, 'event'), message: 'an event cannot relate to itself' });
    });
    if (event.endDate && event.endDate < event.date)
      issues.push({ path: at('endDate'), message: `is before the start date ${event.date}` });
    if (event.reportedDate && event.reportedDate < event.date)
      issues.push({ path: at('reportedDate'), message: `is before the event date ${event.date}` });
  });
  data.eras?.forEach((era, i) => {
    if (era.end < era.start)
      issues.push({ path: ['eras', i, 'end'], message: `is before the start ${era.start}` });
  });
  return issues;
}

/** The whole dataset file: the only description of the data. */
export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  for (const issue of crossCheck(data))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Era = z.infer<typeof eraSchema>;
export type ActorRole = (typeof ACTOR_ROLES)[number];

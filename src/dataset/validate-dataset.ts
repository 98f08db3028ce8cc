import { z } from 'zod';
import { plural } from '../lib/format';
import { DatasetError } from './load-dataset';
import { actorSchema, crossCheck, datasetShape, eventSchema, eventTypeSchema, type Dataset } from './schema';

/** `events[12].sources[0].url`, or `dataset` for the top level. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'dataset';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const messages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    const expected =
      issue.expected === 'array'
        ? 'an array'
        : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    return `must be ${expected}, not ${describe(issue.input)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `must have at least ${String(issue.minimum)} item(s)`;
  return undefined;
};

/** Problems listed at most; the rest are counted. */
export const MAX_PROBLEMS = 200;

/** The first problems, and how many there were. */
class Problems {
  readonly list: string[] = [];
  count = 0;
  add(path: readonly PropertyKey[], message: string) {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push(`${formatPath(path)}: ${message}`);
  }
  addIssues(prefix: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]) {
    for (const issue of issues) this.add([...prefix, ...issue.path], issue.message);
  }
}

/** The top level, with the three lists checked only as lists; their items are checked one by one. */
const outline = datasetShape.extend({
  actors: z.array(z.unknown()),
  eventTypes: z.array(z.unknown()),
  events: z.array(z.unknown()),
});
const ITEMS = { actors: actorSchema, eventTypes: eventTypeSchema, events: eventSchema } as const;

/**
 * Checks the dataset against `datasetSchema`, one list item at a time: zod gathers a list's issues
 * into its parent's with one spread call, which overflows the stack past some 100,000 issues.
 */
function validate(json: unknown, problems: Problems): Dataset | null {
  const top = outline.safeParse(json, { error: messages });
  if (!top.success) problems.addIssues([], top.error.issues);
  const lists: Record<string, unknown[]> = {};
  for (const [key, schema] of Object.entries(ITEMS)) {
    const items = top.success ? top.data[key as keyof typeof ITEMS] : null;
    if (!items) continue;
    lists[key] = items.map((item, i) => {
      const result = schema.safeParse(item, { error: messages });
      if (!result.success) problems.addIssues([key, i], result.error.issues);
      return result.data;
    });
  }
  if (top.success && top.data.eventTypes.length === 0)
    problems.add(['eventTypes'], 'must declare at least one event type');
  if (!top.success || problems.count > 0) return null;
  const data = { ...top.data, ...lists } as Dataset;
  for (const issue of crossCheck(data)) problems.add(issue.path, issue.message);
  return problems.count > 0 ? null : data;
}

/** Turns any JSON value into a Dataset, or throws a DatasetError listing each problem with its path. */
export function parseDataset(json: unknown): Dataset {
  const problems = new Problems();
  let data: Dataset | null;
  try {
    data = validate(json, problems);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Some single item holds so many problems that listing them overflows the stack.
    problems.add([], 'has more problems than can be listed');
    data = null;
  }
  if (data) return data;
  const count = problems.count;
  throw new DatasetError('invalid', `The dataset has ${plural(count, 'problem')}.`, {
    problems: problems.list,
    problemCount: count,
  });
}

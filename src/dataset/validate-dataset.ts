import type { z } from 'zod';
import { DatasetError } from './load-dataset';
import { datasetSchema, type Dataset } from './schema';

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

/** Turns any JSON value into a Dataset, or throws a DatasetError listing each problem with its path. */
export function parseDataset(json: unknown): Dataset {
  const result = datasetSchema.safeParse(json, { error: messages });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new DatasetError(
    'invalid',
    `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
    {
      problems,
    },
  );
}

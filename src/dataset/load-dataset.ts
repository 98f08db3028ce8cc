import { z } from 'zod';
import { actorSchema, crossCheck, datasetShape, eventSchema, eventTypeSchema, type Dataset } from './schema';

/** What went wrong while loading a dataset; each kind has its own message and remedy. */
export type DatasetErrorKind =
  'refused' | 'http' | 'network' | 'timeout' | 'too-large' | 'not-json' | 'invalid';

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  /** For `invalid`: the first problems (at most MAX_PROBLEMS), each as `path: message`. */
  readonly problems: string[];
  /** For `invalid`: how many problems there were in all, listed or not. */
  readonly problemCount: number;
  readonly status?: number;

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { problems?: string[]; problemCount?: number; status?: number } = {},
  ) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = options.problems ?? [];
    this.problemCount = options.problemCount ?? this.problems.length;
    this.status = options.status;
  }

  /** Worth trying again: the network or the server may do better next time. */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

/** Larger files are refused before they are parsed, so a wrong URL cannot freeze the tab. */
export const MAX_DATASET_BYTES = 25 * 1024 * 1024;
/** A response that has not finished by then is abandoned. */
export const DATASET_TIMEOUT_MS = 20_000;

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
  throw new DatasetError(
    'invalid',
    `The dataset has ${count.toLocaleString('en-US')} problem${count === 1 ? '' : 's'}.`,
    {
      problems: problems.list,
      problemCount: count,
    },
  );
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_DATASET_BYTES) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // TextDecoder drops a leading byte-order mark.
  return new TextDecoder('utf-8').decode(bytes);
}

function tooLarge() {
  return new DatasetError(
    'too-large',
    `The file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most this page will read.`,
  );
}

/** The address each loaded dataset finally came from, after any redirects. */
const finalUrls = new WeakMap<Dataset, string>();

/** Where a dataset was finally read from: a same-site address may redirect to another host. */
export function loadedFrom(dataset: Dataset): string | undefined {
  return finalUrls.get(dataset);
}

/** Fetch → status check → size cap → JSON parse → validation. */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DatasetError('timeout', 'timeout')),
    DATASET_TIMEOUT_MS,
  );
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
      });
    } catch (error) {
      throw networkError(controller.signal, error);
    }
    if (!response.ok) {
      throw new DatasetError(
        'http',
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        {
          status: response.status,
        },
      );
    }
    let body: string;
    try {
      body = await readCapped(response);
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      throw networkError(controller.signal, error);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.replace(/^\uFEFF/, ''));
    } catch {
      const looksHtml = /^\s*</.test(body);
      throw new DatasetError(
        'not-json',
        looksHtml ? 'The address returned a web page, not a JSON dataset.' : 'The file is not valid JSON.',
      );
    }
    const dataset = parseDataset(json);
    finalUrls.set(dataset, response.url || url);
    return dataset;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function networkError(ours: AbortSignal, error: unknown): unknown {
  if (ours.reason instanceof DatasetError) {
    return new DatasetError('timeout', `No complete answer after ${DATASET_TIMEOUT_MS / 1000} seconds.`);
  }
  if (ours.aborted) return error; // cancelled by the caller: not a failure to report
  return new DatasetError('network', 'The dataset could not be reached (network error or blocked request).');
}

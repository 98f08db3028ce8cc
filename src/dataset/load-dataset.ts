import type { EarlyDatasetRequest } from '../start/first-requests';
import { fileNameOf, isCsvAddress } from './csv-format';
import { DATASET_REQUEST } from './request-options';
import type { Dataset } from './schema';
import { isTimelineJsJson } from './timelinejs-detect';

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

/**
 * The request the page's first script made for this address (src/start/), taken once: it follows
 * `signal` from here on, as a request of the loader's own would.
 */
function takeEarlyRequest(url: string, signal: AbortSignal): Promise<Response> | null {
  const early: EarlyDatasetRequest | undefined = window.earlyDatasetRequest;
  if (!early || early.url !== new URL(url, location.href).href) return null;
  delete window.earlyDatasetRequest;
  if (signal.aborted) early.abort(signal.reason);
  else signal.addEventListener('abort', () => early.abort(signal.reason), { once: true });
  return early.response;
}

/** Fetch → status check → size cap → JSON (or CSV) parse → validation. */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DatasetError('timeout', 'timeout')),
    DATASET_TIMEOUT_MS,
  );
  // The validator (zod and the schema) is its own chunk: it downloads while the data does.
  const validator = import('./validate-dataset').catch(() => null);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await (takeEarlyRequest(url, controller.signal) ??
        fetch(url, { ...DATASET_REQUEST, signal: controller.signal }));
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
    // A same-site address may redirect to another host: what is shown is where the data came from.
    const finalUrl = response.url || url;
    if (isCsvAddress(finalUrl, response.headers.get('content-type'))) {
      // The spreadsheet reader loads on first use: most pages read JSON.
      const { csvToDataset } = await import('./csv-to-dataset');
      const dataset = csvToDataset(body, fileNameOf(finalUrl));
      finalUrls.set(dataset, finalUrl);
      return dataset;
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
    let dataset: Dataset;
    if (isTimelineJsJson(json)) {
      const { timelineJsJsonToDataset } = await import('./timelinejs');
      dataset = timelineJsJsonToDataset(json, fileNameOf(finalUrl));
    } else {
      const validate = await validator;
      if (!validate)
        throw new DatasetError('network', 'The code that checks the dataset could not be loaded.');
      dataset = validate.parseDataset(json);
    }
    finalUrls.set(dataset, finalUrl);
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

import { fileNameOf, isCsvAddress } from './csv-format';
import type { Dataset } from './schema';
import { isTimelineJsJson } from './timelinejs-detect';

/** What went wrong while loading a dataset; each kind has its own message and remedy. */
export type DatasetErrorKind =
  'refused' | 'http' | 'network' | 'timeout' | 'too-large' | 'not-json' | 'invalid';

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  /** For `invalid`: every problem as `path: message`. */
  readonly problems: string[];
  readonly status?: number;

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { problems?: string[]; status?: number } = {},
  ) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = options.problems ?? [];
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
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json, text/csv;q=0.9' },
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
    if (isCsvAddress(url, response.headers.get('content-type'))) {
      // The spreadsheet reader loads on first use: most pages read JSON.
      const { csvToDataset } = await import('./csv-to-dataset');
      return csvToDataset(body, fileNameOf(url));
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
    if (isTimelineJsJson(json)) {
      const { timelineJsJsonToDataset } = await import('./timelinejs');
      return timelineJsJsonToDataset(json, fileNameOf(url));
    }
    const validate = await validator;
    if (!validate) throw new DatasetError('network', 'The code that checks the dataset could not be loaded.');
    return validate.parseDataset(json);
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

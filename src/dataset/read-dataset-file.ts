import { isCsvAddress } from './csv-format';
import { csvToDataset } from './csv-to-dataset';
import { DatasetError, MAX_DATASET_BYTES } from './load-dataset';
import { parseDataset } from './validate-dataset';
import type { Dataset } from './schema';
import { timelineJsJsonToDataset } from './timelinejs';
import { isTimelineJsJson } from './timelinejs-detect';

/** Whether a file holds our CSV format rather than JSON: by its name or type, else by its first character. */
export function isCsvFile(name: string, text: string, type = ''): boolean {
  if (isCsvAddress(name, type)) return true;
  if (/\.json$/i.test(name) || /json/i.test(type)) return false;
  return !/^[\s\uFEFF]*[{[]/.test(text);
}

/** A dataset from a file's text, JSON or CSV; a DatasetError lists what is wrong. */
export function datasetFromText(text: string, name: string, type = ''): Dataset {
  if (isCsvFile(name, text, type)) return csvToDataset(text, name);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DatasetError('not-json', 'The file is not valid JSON.');
  }
  return isTimelineJsJson(json) ? timelineJsJsonToDataset(json, name) : parseDataset(json);
}

/**
 * Reads a file chosen on this computer, in the browser (nothing is sent anywhere), under the same
 * size cap as a dataset fetched from an address.
 */
export async function readDatasetFile(file: Blob & { name: string }): Promise<Dataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetError(
      'too-large',
      `The file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most this page will read.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new DatasetError('invalid', 'The file is not UTF-8 text.', {
      problems: [
        'Save it again as UTF-8: in Excel choose "CSV UTF-8 (Comma delimited)"; LibreOffice and Google Sheets write UTF-8.',
      ],
    });
  }
  return datasetFromText(text, file.name, file.type);
}

import { DatasetError } from '../dataset/load-dataset';
import { parseDataset } from '../dataset/validate-dataset';

/** The problems the validator lists for a dataset, or none when it is valid. */
export function problemsOf(json: unknown): string[] {
  try {
    parseDataset(json);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

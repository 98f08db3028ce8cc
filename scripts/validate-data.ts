// Checks data/events.json (or the files given, JSON or CSV) against the schema; our own JSON
// datasets also against the editorial rules.
// Usage: npm run validate:data [-- path/to/events.json path/to/timeline.csv ...]
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { editorialProblems } from '../src/dataset/editorial-checks.ts';
import { DatasetError, MAX_DATASET_BYTES } from '../src/dataset/load-dataset.ts';
import { datasetFromText, isCsvFile } from '../src/dataset/read-dataset-file.ts';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['data/events.json'];
let failed = false;
for (const file of files) {
  let problems: string[];
  let count = 0;
  try {
    if (statSync(file).size > MAX_DATASET_BYTES)
      throw new Error(`larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB, the most the app will read`);
    const text = readFileSync(file, 'utf8');
    const dataset = datasetFromText(text, basename(file));
    // The editorial rules are for datasets we publish; a spreadsheet is checked as the app reads it.
    problems = isCsvFile(basename(file), text) ? [] : editorialProblems(dataset);
    if (!problems.length)
      console.log(`${file}: ${dataset.events.length} events, ${dataset.actors.length} actors: OK`);
  } catch (error) {
    problems =
      error instanceof DatasetError
        ? error.problems.length
          ? error.problems
          : [error.message]
        : [`${file}: ${(error as Error).message}`];
    if (error instanceof DatasetError) count = error.problemCount;
  }
  if (problems.length) {
    failed = true;
    console.error(`${file}: ${Math.max(count, problems.length)} problem(s)`);
    for (const problem of problems) console.error(`  ${problem}`);
    if (count > problems.length) console.error(`  … and ${count - problems.length} more`);
  }
}
process.exit(failed ? 1 : 0);

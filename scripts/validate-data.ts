// Checks data/events.json (or the files given) against the schema and the editorial rules.
// Usage: npm run validate:data [-- path/to/events.json ...]
import { readFileSync } from 'node:fs';
import { editorialProblems } from '../src/dataset/editorial-checks.ts';
import { DatasetError, parseDataset } from '../src/dataset/load-dataset.ts';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['data/events.json'];
let failed = false;
for (const file of files) {
  let problems: string[];
  let count = 0;
  try {
    const dataset = parseDataset(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    problems = editorialProblems(dataset);
    if (!problems.length)
      console.log(`${file}: ${dataset.events.length} events, ${dataset.actors.length} actors: OK`);
  } catch (error) {
    problems = error instanceof DatasetError ? error.problems : [`${file}: ${(error as Error).message}`];
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

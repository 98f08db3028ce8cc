// Prints the counts sentence data/README.md must hold (a test checks it): npx tsx scripts/dataset-counts.ts
import { readFileSync } from 'node:fs';
import { datasetCounts } from '../src/dataset/editorial-checks';
import { parseDataset } from '../src/dataset/validate-dataset';

console.log(datasetCounts(parseDataset(JSON.parse(readFileSync('data/events.json', 'utf8')))));

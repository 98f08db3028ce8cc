// Writes the benchmark's datasets into bench/.data/, each checked by the app's own parser first, so
// the benchmark never measures a file the app would refuse.
// Usage: npx tsx bench/write-datasets.ts [--sizes 100,1000,10000] [--seed 20190408] [--out bench/.data]
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DatasetError } from '../src/dataset/load-dataset.ts';
import { parseDataset } from '../src/dataset/validate-dataset.ts';
import { DEFAULT_SEED, generateDataset } from '../tools/generate-dataset.mjs';
import { DATA_DIR, DEFAULT_SIZES, datasetPath } from './datasets.mjs';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', DEFAULT_SIZES.join(',')).split(',').map(Number);
const seed = Number(arg('seed', String(DEFAULT_SEED)));
const dir = resolve(arg('out', DATA_DIR));

mkdirSync(dir, { recursive: true });
for (const size of sizes) {
  const file = datasetPath(size, dir);
  const data = generateDataset(size, seed);
  try {
    const dataset = parseDataset(data);
    const half = dataset.events.filter((e) => e.actors.some((a) => a.actor === 'iran')).length;
    writeFileSync(file, JSON.stringify(data));
    console.log(`${relative(process.cwd(), file)}: ${size} events, ${half} involve Iran (the "half" filter)`);
  } catch (error) {
    const problems = error instanceof DatasetError ? error.problems : [String(error)];
    console.error(
      `${relative(process.cwd(), file)}: the app would refuse it: ${problems.slice(0, 5).join('; ')}`,
    );
    process.exit(1);
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetCounts, editorialProblems } from '../src/dataset/editorial-checks';
import { parseDataset } from '../src/dataset/validate-dataset';
import { datasetJsonSchema } from './json-schema';

describe('the published dataset', () => {
  const raw: unknown = JSON.parse(readFileSync('data/events.json', 'utf8'));

  it('passes the schema and the editorial checks', () => {
    const dataset = parseDataset(raw);
    expect(editorialProblems(dataset)).toEqual([]);
  });

  it('names every event excused from citing a primary source, with the reason, in VERIFICATION.md', () => {
    const excused = JSON.parse(readFileSync('data/no-primary-source.json', 'utf8')) as {
      id: string;
      why: string;
    }[];
    const log = readFileSync('data/VERIFICATION.md', 'utf8');
    const section = log.slice(log.indexOf('## No primary source found'));
    const missing = excused.filter((e) => !e.why.trim() || !section.includes(`\`${e.id}\``)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('states its counts in data/README.md as they are (npx tsx scripts/dataset-counts.ts prints them)', () => {
    const readme = readFileSync('data/README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(datasetCounts(parseDataset(raw)));
  });

  it('has a JSON Schema file that matches the app schema (run npm run schema:data after changing it)', () => {
    expect(readFileSync('data/events.schema.json', 'utf8')).toBe(datasetJsonSchema());
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorialProblems } from '../src/dataset/editorial-checks';
import { parseDataset } from '../src/dataset/validate-dataset';
import { datasetJsonSchema } from './json-schema';

describe('the published dataset', () => {
  const raw: unknown = JSON.parse(readFileSync('data/events.json', 'utf8'));

  it('passes the schema and the editorial checks', () => {
    const dataset = parseDataset(raw);
    expect(editorialProblems(dataset)).toEqual([]);
  });

  it('has a JSON Schema file that matches the app schema (run npm run schema:data after changing it)', () => {
    expect(readFileSync('data/events.schema.json', 'utf8')).toBe(datasetJsonSchema());
  });
});

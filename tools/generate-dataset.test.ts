import { describe, expect, it } from 'vitest';
import { editorialProblems, PRIMARY_SOURCE_KINDS } from '../src/dataset/editorial-checks';
import { parseDataset } from '../src/dataset/validate-dataset';
import { generateDataset } from './generate-dataset.mjs';

// 1,000 is the benchmark's short form, 4,000 the browser tests' large dataset.
describe.each([100, 1000, 4000])('a synthetic dataset of %i events', (size) => {
  const data = generateDataset(size);

  it('is accepted by the app and passes the editorial checks of a published dataset', () => {
    const dataset = parseDataset(data);
    // Synthetic sources are invented, so which of them count as primary is not a sourcing decision:
    // excuse every event without one, as the published dataset excuses its own in a list.
    const excused = dataset.events
      .filter((e) => !e.sources.some((s) => PRIMARY_SOURCE_KINDS.has(s.kind)))
      .map((e) => ({ id: e.id, why: 'synthetic data' }));
    expect(editorialProblems(dataset, excused)).toEqual([]);
  });

  it('has the shape the benchmark relies on', () => {
    const { events } = data;
    expect(events).toHaveLength(size);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(data.eventTypes.map((t) => t.id)));
    for (const e of events) {
      expect(e.title.length).toBeGreaterThanOrEqual(40);
      expect(e.title.length).toBeLessThanOrEqual(90);
      expect(e.summary.length).toBeGreaterThanOrEqual(150);
      expect(e.summary.length).toBeLessThanOrEqual(400);
    }
    // The "filter to half": about half the events involve Iran.
    const half = events.filter((e) => e.actors.some((a) => a.actor === 'iran')).length;
    expect(half / size).toBeGreaterThan(0.4);
    expect(half / size).toBeLessThan(0.6);
  });
});

describe('the synthetic datasets', () => {
  it('are the same for the same size and seed, and differ for another seed', () => {
    expect(JSON.stringify(generateDataset(300))).toBe(JSON.stringify(generateDataset(300)));
    expect(generateDataset(300, 1).events[0]).not.toEqual(generateDataset(300).events[0]);
  });
});

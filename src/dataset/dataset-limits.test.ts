import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyRealDate } from '../test/arbitraries';
import { smallDataset } from '../test/fixtures/small-dataset';
import { DatasetError } from './load-dataset';
import { parseDataset } from './validate-dataset';
import { problemsOf } from '../test/problems-of';

describe('dates the schema accepts', () => {
  it.each(['0001-01-01', '0050-06-15', '0100-03-01', '9999-12-31'])('accepts an event on %s', (date) => {
    const data = smallDataset();
    data.events[0]!.date = date;
    data.events[0]!.reportedDate = undefined;
    expect(problemsOf(data)).toEqual([]);
  });

  it.each([
    ['0000-06-15', 'events[0].date: must be in the years 0001 to 9999'],
    ['0100-02-29', 'events[0].date: is not a real calendar date'],
  ])('refuses %s, saying why', (date, problem) => {
    const data = smallDataset();
    data.events[0]!.date = date;
    expect(problemsOf(data)).toEqual([problem]);
  });

  it('accepts any real date in the years 1 to 9999 as it is', () => {
    fc.assert(
      fc.property(anyRealDate, (date) => {
        const data = smallDataset();
        Object.assign(data.events[0]!, { date, endDate: undefined, reportedDate: undefined });
        data.updated = date;
        const parsed = parseDataset(data);
        expect(parsed.events[0]!.date).toBe(date);
        expect(parsed.updated).toBe(date);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a dataset with very many problems', () => {
  it('lists the first 200 of 150,000 problems instead of overflowing the stack', () => {
    const data = smallDataset();
    data.events = Array.from({ length: 50_000 }, (_, i) => ({
      ...data.events[0]!,
      id: `e${i}`,
      date: '2019-13-01',
      title: '',
      summary: '',
    }));
    let error: unknown;
    try {
      parseDataset(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { problems, problemCount, message } = error as DatasetError;
    expect(message).toBe('The dataset has 150,000 problems.');
    expect(problemCount).toBe(150_000);
    expect(problems).toHaveLength(200);
    expect(problems.slice(0, 3)).toEqual([
      'events[0].date: is not a real calendar date',
      'events[0].title: must not be empty',
      'events[0].summary: must not be empty',
    ]);
  });

  it('names a single item with more problems than can be listed, without crashing', () => {
    const data = smallDataset() as unknown as { events: { tags: unknown[] }[] };
    data.events[0]!.tags = Array.from({ length: 300_000 }, () => 1);
    expect(problemsOf(data).length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, ignoredParams, parseUrlState } from './params';

describe('parameters given more than once', () => {
  it.each([
    ['?types=kinetic&types=sanction', { types: ['kinetic', 'sanction'] }],
    ['?actors=us&actors=iran,israel&actors=us', { actors: ['iran', 'israel', 'us'] }],
  ])('%s merges the lists', (search, over) => {
    const parsed = parseUrlState(search);
    expect(parsed.state).toEqual({ ...DEFAULT_STATE, ...over });
    expect(ignoredParams(parsed)).toEqual([]);
  });

  it('names a single-valued parameter given twice with different values, and uses the first', () => {
    const parsed = parseUrlState('?from=2019-06&from=2020-01&q=a&q=b&view=list&view=list');
    expect(parsed.state.from).toBe('2019-06');
    expect(parsed.state.q).toBe('a');
    expect(ignoredParams(parsed)).toEqual([
      { what: 'all but the first value of', value: 'from' },
      { what: 'all but the first value of', value: 'q' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { DEFAULT_STATE, type UrlState } from '../url-state/params';
import { activeFilters } from './active-filters';
import { keepKnownValues } from './known-values';

const vocab = getVocab(smallDataset());
const named = (state: Partial<UrlState>) =>
  activeFilters(keepKnownValues({ ...DEFAULT_STATE, ...state }, vocab).filters, vocab).map(
    (f) => `${f.kind}: ${f.value}`,
  );

describe('activeFilters', () => {
  it.each<[Partial<UrlState>, string[]]>([
    [{}, []],
    [{ q: '   ' }, []],
    [
      { types: ['sanction'], actors: ['iran', 'israel'] },
      ['Event type: Sanction', 'Actor: Iran', 'Actor: Israel'],
    ],
    [{ from: '2019-06', to: '2020-01-31' }, ['From: June 2019', 'To: January 31, 2020']],
    [{ q: ' oil ' }, ['Search: “oil”']],
    // Ids the dataset does not know are dropped (and named in the notice), not counted.
    [{ actors: ['iran', 'nobody'], types: ['nothing'] }, ['Actor: Iran']],
  ])('names the filters in force for %j', (state, expected) => {
    expect(named(state)).toEqual(expected);
  });

  it('removes one filter and keeps the others', () => {
    const state = { ...DEFAULT_STATE, actors: ['iran', 'israel'], types: ['sanction'] };
    const [, iran] = activeFilters(keepKnownValues(state, vocab).filters, vocab);
    expect(iran!.remove(state)).toEqual({ actors: ['israel'] });
  });
});

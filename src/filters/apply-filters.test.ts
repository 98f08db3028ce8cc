import { describe, expect, it } from 'vitest';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { facetCounts, filterEvents, type Filters } from './apply-filters';

const dataset = smallDataset();
const vocab = getVocab(dataset);
const none: Filters = { actors: [], types: [], q: '' };
const ids = (filters: Partial<Filters>) =>
  filterEvents(dataset.events, { ...none, ...filters }, vocab).map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    [
      'no filter keeps everything',
      {},
      [
        'drone-shootdown',
        'cyber-response',
        'phishing-campaign',
        'water-attack',
        'port-disruption',
        'sanctions',
      ],
    ],
    [
      'an actor keeps events where it plays any role',
      { actors: ['israel'] },
      ['water-attack', 'port-disruption'],
    ],
    [
      'two actors keep events of either',
      { actors: ['israel', 'apt35'] },
      ['phishing-campaign', 'water-attack', 'port-disruption', 'sanctions'],
    ],
    ['a type', { types: ['sanction'] }, ['sanctions']],
    [
      'actor and type together',
      { actors: ['us'], types: ['cyberattack'] },
      ['cyber-response', 'phishing-campaign'],
    ],
    ['from a month includes its first day', { from: '2020-05' }, ['port-disruption', 'sanctions']],
    ['to a month includes its last day', { to: '2019-06' }, ['drone-shootdown', 'cyber-response']],
    [
      'a range event counts if any of its days is in range',
      { from: '2019-09-15', to: '2019-12-31' },
      ['phishing-campaign'],
    ],
    ['text matches the title', { q: 'drone' }, ['drone-shootdown']],
    ['text ignores case and accents', { q: 'ZURICH' }, ['sanctions']],
    ['text matches actor aliases', { q: 'charming kitten' }, ['phishing-campaign', 'sanctions']],
    ['text matches tags', { q: 'ics' }, ['water-attack']],
    [
      'text matches source publishers',
      { q: 'example ministry' },
      ['drone-shootdown', 'cyber-response', 'water-attack', 'sanctions'],
    ],
    ['every word must match', { q: 'drone iran' }, ['drone-shootdown']],
    ['nothing matches', { q: 'volcano' }, []],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  it('counts each actor under every filter but the actor filter', () => {
    const counts = facetCounts(
      dataset.events,
      { ...none, actors: ['israel'], types: ['cyberattack'] },
      vocab,
    );
    expect(Object.fromEntries(counts.actors)).toEqual({ iran: 3, us: 2, apt35: 1, israel: 2 });
  });

  it('counts each type under every filter but the type filter', () => {
    const counts = facetCounts(dataset.events, { ...none, actors: ['israel'], types: ['sanction'] }, vocab);
    expect(Object.fromEntries(counts.types)).toEqual({ cyberattack: 2 });
  });
});

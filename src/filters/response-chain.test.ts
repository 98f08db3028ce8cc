import { describe, expect, it } from 'vitest';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { hasChain, responseChain } from './response-chain';

describe('responseChain', () => {
  const dataset = smallDataset();
  dataset.events[5]!.related = [{ event: 'cyber-response', relation: 'follows' }];
  dataset.events[2]!.related = [{ event: 'drone-shootdown', relation: 'same-campaign' }];
  const vocab = getVocab(dataset);

  it.each([
    ['drone-shootdown', ['drone-shootdown', 'cyber-response', 'sanctions']],
    ['sanctions', ['sanctions', 'cyber-response', 'drone-shootdown']],
    ['water-attack', ['water-attack', 'port-disruption']],
    ['phishing-campaign', ['phishing-campaign']],
    ['nowhere', []],
  ])(
    'from %s reaches %j through responses and follow-ups, both ways, but not same-campaign links',
    (id, expected) => {
      expect([...responseChain(id, vocab)].sort()).toEqual([...expected].sort());
    },
  );
});

describe('hasChain', () => {
  const dataset = smallDataset();
  dataset.events[2]!.related = [{ event: 'drone-shootdown', relation: 'same-campaign' }];
  const vocab = getVocab(dataset);

  it.each([
    ['drone-shootdown', true],
    ['cyber-response', true],
    ['phishing-campaign', false],
    ['nowhere', false],
  ])('%s is in a chain: %s (a same-campaign link alone does not make one)', (id, expected) => {
    expect(hasChain(id, vocab)).toBe(expected);
  });
});

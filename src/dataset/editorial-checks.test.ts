import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { editorialProblems } from './editorial-checks';

type Mutation = (d: ReturnType<typeof smallDataset>) => void;

describe('editorial checks for a published dataset', () => {
  it('finds nothing wrong with a tidy dataset', () => {
    expect(editorialProblems(smallDataset())).toEqual([]);
  });

  it.each<[string, Mutation, string]>([
    [
      'events out of date order',
      (d) => void (d.events[3]!.date = '2019-01-01'),
      'events[3].date: 2019-01-01 comes after',
    ],
    [
      'a date after the update',
      (d) => void (d.events[5]!.date = '2025-01-01'),
      "events[5].date: 2025-01-01 is after the dataset's update",
    ],
    [
      'an event without a source',
      (d) => void (d.events[5]!.sources = []),
      'events[5].sources: must list at least one source',
    ],
    [
      'an http source',
      (d) => void (d.events[0]!.sources[0]!.url = 'http://example.org/a'),
      'events[0].sources[0].url: must use https',
    ],
    [
      'a repeated source',
      (d) => void (d.events[0]!.sources[1]!.url = d.events[0]!.sources[0]!.url),
      'events[0].sources[1].url: appears twice in this event',
    ],
    [
      'an actor listed twice',
      (d) => void d.events[0]!.actors.push({ actor: 'iran', role: 'perpetrator' }),
      'events[0].actors[2]: "iran/perpetrator" is listed twice',
    ],
    [
      'an unused actor',
      (d) => void d.actors.push({ id: 'nobody', name: 'Nobody', kind: 'other', aliases: [] }),
      'actors[4]: "nobody" is declared but no event uses it',
    ],
    [
      'an unused type',
      (d) => void d.eventTypes.push({ id: 'rumour', label: 'Rumour', description: 'x', color: '#000000' }),
      'eventTypes[3]: "rumour" is declared but no event uses it',
    ],
    [
      'a long title',
      (d) => void (d.events[1]!.title = 'x'.repeat(91)),
      'events[1].title: longer than 90 characters',
    ],
  ])('reports %s with its path', (_, mutate, expected) => {
    const data = smallDataset();
    mutate(data);
    expect(editorialProblems(data).some((p) => p.startsWith(expected))).toBe(true);
  });
});

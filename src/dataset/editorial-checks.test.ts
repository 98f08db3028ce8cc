import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { editorialProblems } from './editorial-checks';

type Mutation = (d: ReturnType<typeof smallDataset>) => void;

/** The fixture's events that cite only news, excused as the published list excuses its own. */
const excused = [
  { id: 'phishing-campaign', why: 'test' },
  { id: 'port-disruption', why: 'test' },
];

describe('editorial checks for a published dataset', () => {
  it('finds nothing wrong with a tidy dataset', () => {
    expect(editorialProblems(smallDataset(), excused)).toEqual([]);
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
    [
      'a source on a staging host',
      (d) => void (d.events[0]!.sources[0]!.url = 'https://digital-stage.thehill.com/policy/a'),
      'events[0].sources[0].url: refused host (a staging host of The Hill',
    ],
    [
      'a source on a content farm, under any subdomain',
      (d) => void (d.events[1]!.sources[0]!.url = 'https://www.urdupoint.com/en/world/a.html'),
      'events[1].sources[0].url: refused host (a content farm',
    ],
    [
      'an event with no primary source that is not excused',
      (d) => void (d.events[0]!.sources = [d.events[2]!.sources[0]!]),
      'events[0].sources: no government, court or vendor source',
    ],
    [
      'an excused event that now cites a primary source',
      (d) => void d.events[2]!.sources.push({ ...d.events[0]!.sources[0]! }),
      'events[2].sources: cites a primary source; remove "phishing-campaign"',
    ],
    [
      'two events on the same day with near-identical titles',
      (d) => void d.events.splice(1, 0, { ...d.events[0]!, id: 'again', title: 'Iran shoots down US drone' }),
      'events[1].title: duplicates events[0] ("drone-shootdown") on the same date',
    ],
  ])('reports %s with its path', (_, mutate, expected) => {
    const data = smallDataset();
    mutate(data);
    expect(editorialProblems(data, excused).some((p) => p.startsWith(expected))).toBe(true);
  });

  it('tells apart events on the same day whose titles differ', () => {
    const data = smallDataset();
    data.events.splice(1, 0, {
      ...data.events[0]!,
      id: 'other',
      title: 'US strikes on Iranian radar called off',
    });
    expect(editorialProblems(data, excused)).toEqual([]);
  });
});

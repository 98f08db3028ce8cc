import xssPayloads from '../test/fixtures/xss-payloads.json';
import { describe, expect, it } from 'vitest';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { countBins } from './count-bins';
import {
  eventIdOf,
  eventItemId,
  groupItemId,
  groupOf,
  isCountItemId,
  toCountItem,
  toTimelineGroups,
  toTimelineItems,
} from './to-timeline-items';

const payloads: string[] = xssPayloads.text;

function hostile(text: string) {
  const dataset = smallDataset();
  dataset.events[0]!.title = text;
  dataset.actors[0]!.name = text;
  dataset.eventTypes[0]!.label = text;
  return dataset;
}

describe('toTimelineItems', () => {
  it('shows a title like <img src=x onerror=alert(1)> as literal text, with no element made from it', () => {
    const dataset = hostile('<img src=x onerror=alert(1)>');
    const [item] = toTimelineItems(dataset.events, getVocab(dataset), 'actor');
    expect(item!.content.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(item!.content.querySelector('img')).toBeNull();
    expect(item!.tooltip().textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each(payloads.map((p) => [p.slice(0, 40), p]))(
    'keeps payload %s as text in items, tooltips and rows',
    (_, payload) => {
      const dataset = hostile(payload);
      const vocab = getVocab(dataset);
      const [item] = toTimelineItems(dataset.events, vocab, 'actor');
      // Counts name their row in the tooltip.
      const [byActor, byType] = (['actor', 'type'] as const).map((by) =>
        countBins(dataset.events, (e) => groupOf(e, by), 'year').map((b) =>
          toCountItem(b, vocab, by).tooltip(),
        ),
      );
      const nodes = [
        item!.content,
        item!.tooltip(),
        ...toTimelineGroups(dataset.events, vocab, 'actor').map((g) => g.content),
        ...toTimelineGroups(dataset.events, vocab, 'type').map((g) => g.content),
        ...byActor!,
        ...byType!,
      ];
      expect(item!.content.textContent).toBe(payload);
      expect(nodes.map((n) => n.textContent).join('\n')).toContain(payload);
      expect(byActor!.some((n) => n.textContent?.includes(payload))).toBe(true);
      expect(byType!.some((n) => n.textContent?.includes(payload))).toBe(true);
      for (const node of nodes) {
        expect(node.querySelectorAll('*:not(span, strong, div, bdi)')).toHaveLength(0);
        for (const el of [node, ...node.querySelectorAll('*')]) {
          expect([...el.attributes].filter((a) => a.name.startsWith('on'))).toEqual([]);
        }
      }
    },
  );

  it('groups by perpetrator, else by first actor, or by type', () => {
    const dataset = smallDataset();
    const vocab = getVocab(dataset);
    const rows = (by: 'actor' | 'type') =>
      toTimelineItems(dataset.events, vocab, by).map((i) => i.group!.replace(/^g:/, ''));
    expect(rows('actor')).toEqual(['iran', 'us', 'apt35', 'iran', 'israel', 'us']);
    expect(rows('type')).toEqual([
      'kinetic',
      'cyberattack',
      'cyberattack',
      'cyberattack',
      'cyberattack',
      'sanction',
    ]);
  });

  it('draws events with an end date as bars that include their last day, and the rest as markers', () => {
    const dataset = smallDataset();
    const items = toTimelineItems(dataset.events, getVocab(dataset), 'actor');
    const range = items.find((i) => i.id === eventItemId('phishing-campaign'))!;
    expect(range.type).toBe('range');
    expect(range.end).toEqual(new Date(2019, 9, 1));
    expect(items.find((i) => i.id === eventItemId('drone-shootdown'))!.type).toBe('point');
  });

  it.each([
    ['2019-06-20', 'day', undefined, 'point', 'et-point'],
    ['2019-06-01', 'month', undefined, 'point', 'et-approx'],
    ['2019-01-01', 'year', undefined, 'point', 'et-approx'],
    ['2019-06-20', 'day', '2019-06-22', 'range', 'et-range'],
    ['2019-06-20', 'day', '2019-06-20', 'point', 'et-point'],
  ] as const)(
    'an event on %s (%s precision, ending %s) is a %s (%s)',
    (date, datePrecision, endDate, type, mark) => {
      const dataset = smallDataset();
      const event = { ...dataset.events[0]!, date, datePrecision, endDate };
      const [item] = toTimelineItems([event], getVocab(dataset), 'actor');
      expect(item!.type).toBe(type);
      expect(item!.className.split(' ')).toContain(mark);
    },
  );

  it('isolates dataset text beside our own words, so a stray U+202E cannot turn them around', () => {
    const dataset = hostile('Evil \u202E title');
    const vocab = getVocab(dataset);
    const [item] = toTimelineItems(dataset.events, vocab, 'type');
    const [row] = toTimelineGroups(dataset.events, vocab, 'type');
    const isolated = (node: Element) =>
      node.closest('bdi, .et-dataset-text, .et-item-label, .et-group-label');
    const texts = [item!.tooltip(), row!.content].flatMap((n) => [...n.querySelectorAll('*')]);
    const holding = texts.filter((n) =>
      [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent?.includes('\u202E')),
    );
    expect(holding.length).toBeGreaterThan(1);
    expect(holding.every((n) => isolated(n))).toBe(true);
    expect(item!.content.classList.contains('et-item-label')).toBe(true);
  });

  it('names each event for a screen reader by its title, date and type', () => {
    const dataset = smallDataset();
    const event = dataset.events.find((e) => e.id === 'drone-shootdown')!;
    const [item] = toTimelineItems([event], getVocab(dataset), 'actor');
    expect(item!.content.getAttribute('aria-label')).toBe(`${event.title}, June 20, 2019, Kinetic`);
  });

  it('gives vis-timeline ids it cannot mistake for Object.prototype members, and maps them back', () => {
    const dataset = smallDataset();
    for (const id of ['toString', '__proto__', 'constructor', 'count:x', 'c:x', 'e:x']) {
      const [item] = toTimelineItems([{ ...dataset.events[0]!, id }], getVocab(dataset), 'actor');
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, item!.id)).toBe(false);
      expect(eventIdOf(item!.id)).toBe(id);
      expect(isCountItemId(item!.id)).toBe(false);
    }
  });

  it('draws a count as its number, shortened above 999, and reads out the exact count, when and where', () => {
    const dataset = smallDataset();
    const vocab = getVocab(dataset);
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...dataset.events[0]!, id: `e${i}` }));
    const [bin] = countBins(many, (e) => groupOf(e, 'actor'), 'year');
    const item = toCountItem(bin!, vocab, 'actor');
    expect(item.content.querySelector('[aria-hidden="true"]')?.textContent).toBe('1.2K');
    expect(item.content.textContent).toContain('1,234 events, 2019, Iran');
    expect(item.tooltip().textContent).toContain('1,234 events, 2019');
    const [small] = countBins(many.slice(0, 37), (e) => groupOf(e, 'actor'), 'year');
    expect(
      toCountItem(small!, vocab, 'actor').content.querySelector('[aria-hidden="true"]')?.textContent,
    ).toBe('37');
  });

  it('offers only rows that have events, in the dataset order', () => {
    const dataset = smallDataset();
    const vocab = getVocab(dataset);
    const israelOnly = dataset.events.filter((e) => e.id === 'port-disruption');
    expect(toTimelineGroups(israelOnly, vocab, 'actor').map((g) => g.id)).toEqual([groupItemId('israel')]);
    expect(toTimelineGroups(dataset.events, vocab, 'type').map((g) => g.content.textContent)).toEqual([
      'Kinetic',
      'Cyberattack',
      'Sanction',
    ]);
  });
});

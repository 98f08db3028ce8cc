import { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { syncItems, wantedItems } from './sync-items';
import { SHOWN_ITEM, type TimelineItem } from './to-timeline-items';

const dataset = smallDataset();
const vocab = getVocab(dataset);
const iran = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({ ...dataset.events[0]!, id: `e${i}`, date: '2021-02-03' }));
const plan = {
  mode: 'counts' as const,
  period: 'year' as const,
  covered: { start: new Date(2021, 0, 1), end: new Date(2022, 0, 1) },
};
// Only the window is read and written, and only when many items arrive at once.
const timeline = {
  getWindow: () => ({ start: new Date(2021, 0, 1), end: new Date(2022, 0, 1) }),
  setWindow: () => {},
} as unknown as Timeline;
const park = { start: new Date(2000, 0, 1), end: new Date(2000, 0, 8) };
const shown = (items: DataSet<TimelineItem, 'id'>) =>
  items
    .get()
    .map((i) => [i.content.querySelector('[aria-hidden="true"]')?.textContent, i.tooltip().textContent]);

describe('syncItems with counts', () => {
  it('rewrites a changed count in the item already drawn instead of replacing it', () => {
    const items = new DataSet<TimelineItem, 'id'>([]);
    syncItems(timeline, items, wantedItems(plan, { events: iran(3), vocab, groupBy: 'actor' }), park);
    const [before] = items.get();
    expect(shown(items)).toEqual([['3', expect.stringContaining('3 events, 2021')]]);
    syncItems(timeline, items, wantedItems(plan, { events: iran(5), vocab, groupBy: 'actor' }), park);
    expect(items.get()).toHaveLength(1);
    expect(items.get()[0]!.content).toBe(before!.content);
    expect(shown(items)).toEqual([['5', expect.stringContaining('5 events, 2021')]]);
    expect(items.get()[0]!.content.textContent).toContain('5 events, 2021, Iran');
  });

  it('keeps a count the filters empty, hidden, and fills the same item when its events come back', () => {
    const items = new DataSet<TimelineItem, 'id'>([]);
    const rows = new Set(['g:iran']);
    const sync = (events: TimelineEvent[], shownRows = rows) =>
      syncItems(
        timeline,
        items,
        wantedItems(plan, { events, vocab, groupBy: 'actor' }, items, shownRows),
        park,
      );
    sync(iran(3));
    const [before] = items.get();
    sync([]);
    expect(items.get()).toHaveLength(1);
    expect(items.get()[0]!.content).toBe(before!.content);
    expect(before!.content.matches(SHOWN_ITEM)).toBe(false);
    sync(iran(2));
    expect(items.get()[0]!.content).toBe(before!.content);
    expect(before!.content.matches(SHOWN_ITEM)).toBe(true);
    expect(shown(items)).toEqual([['2', expect.stringContaining('2 events, 2021')]]);
    // A row no longer shown takes its counts with it.
    sync([], new Set());
    expect(items.get()).toHaveLength(0);
  });

  it('removes the counts of another period rather than keeping them empty', () => {
    const items = new DataSet<TimelineItem, 'id'>([]);
    const rows = new Set(['g:iran']);
    syncItems(
      timeline,
      items,
      wantedItems(plan, { events: iran(3), vocab, groupBy: 'actor' }, items, rows),
      park,
    );
    const quarters = { ...plan, period: 'quarter' as const };
    syncItems(
      timeline,
      items,
      wantedItems(quarters, { events: iran(3), vocab, groupBy: 'actor' }, items, rows),
      park,
    );
    expect(shown(items)).toEqual([['3', expect.stringContaining('3 events, Jan–Mar 2021')]]);
  });

  it('replaces counts when the rows change from actors to types, even where an actor and a type share an id', () => {
    // An actor with the same id as a type: its row by actor and its row by type are different rows.
    const shared = smallDataset();
    shared.actors.push({ id: 'kinetic', name: 'Kinetic Group', kind: 'other', aliases: [] });
    const sharedVocab = getVocab(shared);
    const events = Array.from({ length: 3 }, (_, i) => ({
      ...shared.events[0]!,
      id: `k${i}`,
      date: '2021-02-03',
      type: 'kinetic',
      actors: [{ actor: 'kinetic', role: 'perpetrator' as const }],
    }));
    const items = new DataSet<TimelineItem, 'id'>([]);
    syncItems(timeline, items, wantedItems(plan, { events, vocab: sharedVocab, groupBy: 'actor' }), park);
    expect(items.get()[0]!.style).not.toContain('#b91c1c');
    syncItems(timeline, items, wantedItems(plan, { events, vocab: sharedVocab, groupBy: 'type' }), park);
    expect(items.get().map((i) => i.group)).toEqual(['g:kinetic']);
    expect(items.get()[0]!.style).toContain('#b91c1c');
  });
});

describe('syncItems with events', () => {
  it('keeps the drawn item of an event a filter leaves in place, and removes only what left', () => {
    const items = new DataSet<TimelineItem, 'id'>([]);
    const all = { mode: 'all' as const };
    const events = dataset.events;
    syncItems(timeline, items, wantedItems(all, { events, vocab, groupBy: 'actor' }), park);
    const kept = items.get().find((i) => i.content.textContent?.includes(events[0]!.title))!;
    syncItems(
      timeline,
      items,
      wantedItems(all, { events: events.slice(0, 2), vocab, groupBy: 'actor' }),
      park,
    );
    expect(items.get()).toHaveLength(2);
    expect(items.get(kept.id)!.content).toBe(kept.content);
  });
});

describe('named periods', () => {
  it('are shaded behind every row whatever the filters, with their name as text', () => {
    const items = new DataSet<TimelineItem, 'id'>([]);
    const all = { mode: 'all' as const };
    const eras = [{ label: '<b>Maximum pressure</b>', start: '2019-05-01', end: '2021-01-20' }];
    syncItems(
      timeline,
      items,
      wantedItems(all, { events: dataset.events, eras, vocab, groupBy: 'actor' }),
      park,
    );
    const era = items.get().find((i) => i.type === 'background')!;
    expect(era.group).toBeUndefined();
    expect(era.content.textContent).toBe('<b>Maximum pressure</b>');
    expect(era.content.querySelector('b')).toBeNull();
    syncItems(timeline, items, wantedItems(all, { events: [], eras, vocab, groupBy: 'type' }), park);
    expect(items.get().map((i) => i.type)).toEqual(['background']);
  });
});

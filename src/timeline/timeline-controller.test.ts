import fc from 'fast-check';
import type { Timeline } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { TimelineController, type CreateTimeline } from './timeline-controller';
import { dayTime } from '../lib/dates';
import type { TimelineItem } from './to-timeline-items';

const dataset = smallDataset();
const vocab = getVocab(dataset);

/**
 * Stands in for vis-timeline: keeps the window, the selection and the DataSets it was given, and
 * lets the test say when it has drawn and what the reader clicked.
 */
function stubTimeline() {
  const handlers = new Map<string, ((props?: unknown) => void)[]>();
  const state = {
    window: { start: new Date(2000, 0, 1), end: new Date(2000, 0, 8) },
    selection: [] as (string | number)[],
    items: null as DataSet<TimelineItem, 'id'> | null,
    emit: (name: string, props?: unknown) => handlers.get(name)?.forEach((h) => h(props)),
  };
  const timeline = {
    on: (name: string, h: (props?: unknown) => void) =>
      handlers.set(name, [...(handlers.get(name) ?? []), h]),
    off: (name: string, h: (props?: unknown) => void) =>
      handlers.set(
        name,
        (handlers.get(name) ?? []).filter((x) => x !== h),
      ),
    getWindow: () => state.window,
    setWindow: (start: Date | number, end: Date | number) => {
      state.window = { start: new Date(start), end: new Date(end) };
      state.emit('rangechange');
    },
    getSelection: () => state.selection,
    setSelection: (ids: (string | number)[]) => {
      state.selection = ids;
    },
    setOptions: () => {},
    focus: () => {},
    zoomIn: () => {},
    zoomOut: () => {},
    destroy: () => {},
  };
  const create: CreateTimeline = (_container, items) => {
    state.items = items as unknown as DataSet<TimelineItem, 'id'>;
    return timeline as unknown as Timeline;
  };
  return { state, create };
}

function setup(events: TimelineEvent[], selectedId: string | null = null, allEvents = events) {
  const stub = stubTimeline();
  const onSelect = vi.fn();
  const container = document.createElement('div');
  document.body.append(container);
  const controller = new TimelineController(
    container,
    allEvents,
    { events, vocab, groupBy: 'actor', selectedId },
    { onSelect },
    { create: stub.create },
  );
  stub.state.emit('changed');
  return { controller, onSelect, ...stub.state, state: stub.state };
}

const titles = (items: DataSet<TimelineItem, 'id'> | null) =>
  (items?.get() ?? []).map((i) => i.content.textContent).sort();

afterEach(() => {
  document.body.replaceChildren();
});

describe('TimelineController', () => {
  it('frames the first view on the events’ dates with a small margin', () => {
    const { state } = setup(dataset.events);
    const first = Math.min(...dataset.events.map((e) => dayTime(e.date)));
    const last = Math.max(...dataset.events.map((e) => dayTime(e.endDate ?? e.date, 1)));
    const width = state.window.end.getTime() - state.window.start.getTime();
    expect(first - state.window.start.getTime()).toBeLessThan(width * 0.1);
    for (const t of [first, last]) {
      expect(t).toBeGreaterThanOrEqual(state.window.start.getTime());
      expect(t).toBeLessThanOrEqual(state.window.end.getTime());
    }
    expect(last - state.window.start.getTime()).toBeGreaterThan(width * 0.85);
  });

  it('keeps the view when a filter keeps the same dates, and frames new dates when they change', () => {
    const { controller, state } = setup(dataset.events);
    state.window = { start: new Date(2019, 5, 1), end: new Date(2019, 6, 1) };
    controller.show({ events: [...dataset.events], vocab, groupBy: 'type' });
    expect(state.window.start).toEqual(new Date(2019, 5, 1));
    const one = dataset.events.filter((e) => e.id === 'drone-shootdown');
    controller.show({ events: one, vocab, groupBy: 'actor' });
    const middle = (state.window.start.getTime() + state.window.end.getTime()) / 2;
    expect(Math.abs(middle - dayTime('2019-06-20', 0.5)) / (24 * 3600 * 1000)).toBeLessThan(2);
  });

  it('frames a date filter’s month, not only the events in it', () => {
    const { controller, state } = setup(dataset.events);
    const period = { start: dayTime('2019-06-01'), end: dayTime('2019-07-01') };
    controller.show({ events: dataset.events.slice(0, 1), vocab, groupBy: 'actor', period });
    expect(state.window.start.getTime()).toBeLessThanOrEqual(period.start);
    expect(state.window.end.getTime()).toBeGreaterThanOrEqual(period.end);
    expect(state.window.end.getTime() - state.window.start.getTime()).toBeLessThan(40 * 24 * 3600 * 1000);
  });

  it.each(['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty', 'count:x', 'e:x', 'c:x'])(
    'draws, selects and opens an event whose id is %s',
    (id) => {
      const events = dataset.events.map((e, i) => (i === 0 ? { ...e, id } : e));
      const { controller, onSelect, state } = setup(events);
      expect(titles(state.items)).toEqual(events.map((e) => e.title).sort());
      controller.select(id);
      expect(state.selection).toHaveLength(1);
      state.emit('select', { items: state.selection });
      expect(onSelect).toHaveBeenLastCalledWith(id);
    },
  );

  it('draws events whose actor or type ids are named like Object.prototype members', () => {
    const shared = smallDataset();
    shared.actors.push({ id: 'constructor', name: 'Constructor', kind: 'other', aliases: [] });
    shared.eventTypes.push({ ...shared.eventTypes[0]!, id: 'toString', label: 'To string' });
    const events = shared.events.map((e) => ({
      ...e,
      type: 'toString',
      actors: [{ actor: 'constructor', role: 'perpetrator' as const }],
    }));
    const stub = stubTimeline();
    const controller = new TimelineController(
      document.createElement('div'),
      events,
      { events, vocab: getVocab(shared), groupBy: 'type', selectedId: null },
      { onSelect: () => {} },
      { create: stub.create },
    );
    stub.state.emit('changed');
    expect(titles(stub.state.items)).toHaveLength(events.length);
    controller.show({ events, vocab: getVocab(shared), groupBy: 'actor' });
    expect(titles(stub.state.items)).toHaveLength(events.length);
  });

  it('draws events at the edges of four-digit years', () => {
    const events = [
      { ...dataset.events[0]!, id: 'early', date: '0050-06-15', endDate: undefined },
      { ...dataset.events[1]!, id: 'late', date: '9999-12-31', endDate: undefined },
      { ...dataset.events[2]!, id: 'span', date: '1000-01-01', endDate: '9998-12-31' },
    ];
    const { state } = setup(events);
    expect(titles(state.items)).toHaveLength(3);
    expect(state.window.start.getFullYear()).toBeLessThanOrEqual(50);
    expect(state.window.end.getTime()).toBeGreaterThan(dayTime('9999-12-31'));
    expect(state.items!.get().every((i) => Number.isFinite(i.start.getTime()))).toBe(true);
  });

  it('any id the schema accepts can be drawn, selected and opened', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$/), (id) => {
        const events = [{ ...dataset.events[0]!, id }, dataset.events[1]!];
        if (events[1]!.id === id) return;
        const { controller, onSelect, state } = setup(events);
        expect(titles(state.items)).toHaveLength(2);
        controller.select(id);
        state.emit('select', { items: state.selection });
        expect(onSelect).toHaveBeenLastCalledWith(id);
        controller.destroy();
      }),
      { numRuns: 100 },
    );
  });
});

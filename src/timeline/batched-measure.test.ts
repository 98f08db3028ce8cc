import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { batchItemMeasuring } from './batched-measure';
import { drawNow } from './vis-internals';

// jsdom lays nothing out, and vis-timeline does not draw in a frame of width 0: the timeline is
// 800 px wide, an item 40.
const widths = ['offsetWidth', 'clientWidth'] as const;
const jsdomWidths = widths.map((name) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
for (const name of widths)
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest('.vis-item') ? 40 : 800;
    },
  });
afterEach(() => document.body.replaceChildren());
afterAll(() =>
  widths.forEach((name, i) => {
    const jsdom = jsdomWidths[i];
    if (jsdom) Object.defineProperty(HTMLElement.prototype, name, jsdom);
    else Reflect.deleteProperty(HTMLElement.prototype, name);
  }),
);

const ROWS = ['a', 'b', 'c'];
const day = (year: number, d: number) => new Date(year, 0, d);

function timeline() {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet<{ id: string; group: string; content: string; start: Date; type: string }>();
  const t = new Timeline(container, items, new DataSet(ROWS.map((id) => ({ id, content: id }))), {
    start: day(2020, 1),
    end: day(2020, 60),
  });
  expect(batchItemMeasuring(t)).toBe(true);
  const add = (year: number, count: number) =>
    items.add(
      ROWS.flatMap((group) =>
        Array.from({ length: count }, (_, i) => ({
          id: `${group}-${year}-${i}`,
          group,
          content: `${group} ${year} ${i}`,
          start: day(year, 5 + i * 5),
          type: 'point',
        })),
      ),
    );
  const drawn = () =>
    [...container.querySelectorAll('.vis-item.vis-point')].map((el) => el.textContent).sort();
  return { t, add, drawn, container };
}

/** Logs, in order, when an item is measured and when a row looks for its items in view. */
function spyOnDrawing(t: Timeline): string[] {
  const log: string[] = [];
  const itemSet = (
    t as unknown as { itemSet: { constructor: { types: Record<string, { prototype: object }> } } }
  ).itemSet;
  const point = itemSet.constructor.types.point!.prototype as { _getDomComponentsSizes(): unknown };
  const groups = (t as unknown as { itemSet: { groups: Record<string, object> } }).itemSet.groups;
  const row = Object.getPrototypeOf(groups.a) as { _redrawItems(...args: unknown[]): unknown };
  const measure = point._getDomComponentsSizes;
  const redrawItems = row._redrawItems;
  point._getDomComponentsSizes = function (this: unknown) {
    log.push('measure');
    return measure.call(this);
  };
  row._redrawItems = function (this: unknown, ...args: unknown[]) {
    log.push('row');
    return redrawItems.apply(this, args);
  };
  afterEach(() => {
    point._getDomComponentsSizes = measure;
    row._redrawItems = redrawItems;
  });
  return log;
}

describe('measuring the new items of every row at once', () => {
  it('measures every row’s new items before any row places its own', () => {
    const { t, add, drawn } = timeline();
    drawNow(t);
    const log = spyOnDrawing(t);
    // Added out of view (vis-timeline draws an item added in view at once, on its own), then
    // brought into view: the way the timeline adds events.
    t.setWindow(day(2040, 1), day(2040, 60), { animation: false });
    add(2020, 4);
    t.setWindow(day(2020, 1), day(2020, 60), { animation: false });
    drawNow(t);
    expect(drawn()).toHaveLength(12);
    const measured = log.flatMap((entry, i) => (entry === 'measure' ? [i] : []));
    expect(measured).toHaveLength(12);
    // One run of measuring, no row placing its items in between.
    expect(log.slice(measured[0], measured.at(-1)! + 1)).not.toContain('row');
    t.destroy();
  });

  it('draws each item in view once, and none outside it', () => {
    const { t, add, drawn } = timeline();
    add(2020, 4);
    add(2030, 1);
    drawNow(t);
    expect(drawn()).toHaveLength(12);
    expect(drawn().some((text) => text?.includes('2030'))).toBe(false);
    t.setWindow(day(2030, 1), day(2030, 60), { animation: false });
    drawNow(t);
    expect(drawn()).toEqual(['a 2030 0', 'b 2030 0', 'c 2030 0']);
    t.setWindow(day(2020, 1), day(2020, 60), { animation: false });
    drawNow(t);
    expect(drawn()).toHaveLength(12);
    t.destroy();
  });
});

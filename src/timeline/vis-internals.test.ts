import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { afterEach, describe, expect, it } from 'vitest';
import { drawNow, skipInitialFit } from './vis-internals';

// jsdom lays nothing out, and vis-timeline does not draw in a frame of width 0: the tests give
// every element a width once the timeline should draw.
const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')!;
const layOut = () =>
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 800 });

afterEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', offsetWidth);
  document.body.replaceChildren();
});

function timeline(): Timeline {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet([{ id: 1, content: 'one', start: new Date(2020, 0, 1) }]);
  return new Timeline(container, items, {});
}

describe('the vis-timeline members the first draw relies on', () => {
  it('still has the flag that makes its first draw fit the window to the items', () => {
    const t = timeline();
    expect(t).toHaveProperty('initialFitDone', false);
    skipInitialFit(t);
    expect(t).toHaveProperty('initialFitDone', true);
    t.destroy();
  });

  it('still draws at once on its change event', () => {
    const t = timeline();
    layOut();
    let drawn = 0;
    t.on('changed', () => (drawn += 1));
    drawNow(t);
    expect(drawn).toBeGreaterThan(0);
    t.destroy();
  });

  it.each([
    [true, 2010],
    [false, 2019],
  ])('with the fit skipped (%s), the first draw shows the window set before it from %i', (skip, year) => {
    const t = timeline();
    if (skip) skipInitialFit(t);
    t.setWindow(new Date(2010, 0, 1), new Date(2011, 0, 1), { animation: false });
    layOut();
    drawNow(t);
    expect(t.getWindow().start.getFullYear()).toBe(year);
    t.destroy();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { getVocab, prepareSearchText, searchTextOf } from './vocab';

afterEach(() => vi.unstubAllGlobals());

/** Idle callbacks held until the test runs them, each with `slots` turns of spare time. */
function heldIdleCallbacks() {
  const held: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => held.push(run));
  vi.stubGlobal('cancelIdleCallback', () => held.splice(0));
  const runNext = (slots: number) => {
    let left = slots;
    held.shift()?.({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 5 : 0) });
  };
  return { held, runNext };
}

describe('the search text', () => {
  it('holds each event’s words folded: no capitals, no accents', () => {
    const dataset = smallDataset();
    const event = dataset.events[0]!;
    const text = searchTextOf(getVocab(dataset)).get(event.id)!;
    expect(text).toContain(event.title.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''));
    expect(text).toBe(text.toLowerCase());
    expect(text).not.toMatch(/\p{M}/u);
  });

  it('is built a slice at a time while the browser is idle, and stops when cancelled', () => {
    const { held, runNext } = heldIdleCallbacks();
    const vocab = getVocab(smallDataset());
    const cancel = prepareSearchText(vocab);
    expect(held).toHaveLength(1);
    runNext(1);
    // One event folded, and another slice asked for.
    expect(held).toHaveLength(1);
    cancel();
    expect(held).toHaveLength(0);
  });

  it('a search before the idle slices are done finds every event', () => {
    const { runNext } = heldIdleCallbacks();
    const dataset = smallDataset();
    const vocab = getVocab(dataset);
    prepareSearchText(vocab);
    runNext(1);
    const texts = searchTextOf(vocab);
    expect([...texts.keys()].sort()).toEqual(dataset.events.map((e) => e.id).sort());
  });
});

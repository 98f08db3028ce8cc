import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, useReportHeight } from './use-report-height';

/** The page as a frame: a parent to post to, a height to read, and a visibility to change. */
function inFrame(height: { value: number }) {
  const postMessage = vi.fn();
  vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as unknown as Window);
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(
    () => ({ height: height.value }) as DOMRect,
  );
  // Offscreen frames get no animation frames: none ever runs here.
  vi.stubGlobal('requestAnimationFrame', vi.fn());
  let seen: IntersectionObserverCallback = () => {};
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: IntersectionObserverCallback) {
        seen = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  const comeIntoView = () =>
    seen([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
  return { postMessage, comeIntoView };
}

describe('useReportHeight', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reports the height without animation frames, and again when the frame comes into view', () => {
    const height = { value: 640 };
    const { postMessage, comeIntoView } = inFrame(height);
    renderHook(() => useReportHeight(true));
    vi.advanceTimersByTime(100);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE, height: 640 }, '*');
    comeIntoView();
    vi.advanceTimersByTime(100);
    expect(postMessage).toHaveBeenCalledTimes(2);
  });

  it('sends a changed height once, after the page has changed', async () => {
    const height = { value: 300 };
    const { postMessage } = inFrame(height);
    renderHook(() => useReportHeight(true));
    vi.advanceTimersByTime(100);
    height.value = 720;
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(100);
    expect(postMessage.mock.calls.map(([m]) => (m as { height: number }).height)).toEqual([300, 720]);
  });

  it('sends nothing when the page is not in a frame', () => {
    const postMessage = vi.spyOn(window, 'postMessage');
    renderHook(() => useReportHeight(true));
    vi.advanceTimersByTime(100);
    expect(postMessage).not.toHaveBeenCalled();
  });
});

import { act, renderHook } from '@testing-library/react';
import type { PointerEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBrush } from './use-brush';

/** A strip 120 px wide from x = 0: with 12 months, each month is 10 px. */
const strip = {
  getBoundingClientRect: () => ({ left: 0, width: 120 }) as DOMRect,
  setPointerCapture: () => {},
  isConnected: true,
};
const at = (pointerType: string, x: number, y: number) =>
  ({
    pointerType,
    pointerId: 1,
    clientX: x,
    clientY: y,
    currentTarget: strip,
  }) as unknown as PointerEvent<SVGSVGElement>;

function brush() {
  const onBrush = vi.fn();
  const hook = renderHook(() => useBrush(12, onBrush));
  const run = (name: keyof typeof hook.result.current.handlers, e: PointerEvent<SVGSVGElement>) =>
    act(() => hook.result.current.handlers[name](e));
  return { onBrush, run };
}

describe('useBrush', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a finger moving up the strip chooses nothing, even when the browser does not cancel it', () => {
    const { onBrush, run } = brush();
    run('onPointerDown', at('touch', 35, 20));
    run('onPointerMove', at('touch', 38, 0));
    run('onPointerMove', at('touch', 40, -60));
    act(() => vi.advanceTimersByTime(1000));
    run('onPointerUp', at('touch', 40, -60));
    expect(onBrush).not.toHaveBeenCalled();
  });

  it('a finger moving sideways brushes from where it went down', () => {
    const { onBrush, run } = brush();
    run('onPointerDown', at('touch', 35, 20));
    run('onPointerMove', at('touch', 50, 22));
    run('onPointerMove', at('touch', 75, 25));
    run('onPointerUp', at('touch', 75, 25));
    expect(onBrush).toHaveBeenCalledWith(3, 7);
  });

  it('a long press chooses the month under the finger; a quick tap chooses nothing', () => {
    const { onBrush, run } = brush();
    run('onPointerDown', at('touch', 55, 20));
    run('onPointerUp', at('touch', 55, 20));
    expect(onBrush).not.toHaveBeenCalled();
    run('onPointerDown', at('touch', 55, 20));
    act(() => vi.advanceTimersByTime(500));
    run('onPointerUp', at('touch', 55, 20));
    expect(onBrush).toHaveBeenCalledWith(5, 5);
  });

  it('a mouse brushes at once, a click choosing one month', () => {
    const { onBrush, run } = brush();
    run('onPointerDown', at('mouse', 15, 20));
    run('onPointerUp', at('mouse', 15, 20));
    expect(onBrush).toHaveBeenCalledWith(1, 1);
  });
});

import { useEffect, useRef, useState, type PointerEvent } from 'react';

/** How far a finger moves before its intent counts: sideways brushes, up or down scrolls the page. */
const INTENT_PX = 10;
/** A finger held this long without moving starts brushing too. */
const LONG_PRESS_MS = 450;

/** A touch or pen that has gone down on the strip but not yet said whether it brushes. */
interface Pending {
  pointerId: number;
  x: number;
  y: number;
  month: number;
  timer: number;
}

/** The months under a brush in progress, as indexes (in either order). */
export interface Drag {
  start: number;
  end: number;
}

type Handler = (e: PointerEvent<SVGSVGElement>) => void;

/**
 * Brushing months on the strip. A mouse brushes at once. A finger may be scrolling the page (the
 * strip lets the browser pan vertically): it brushes only once it has moved further sideways than
 * up or down, or after a long press; a vertical swipe is left to the browser and chooses nothing.
 */
export function useBrush(
  count: number,
  onBrush: (first: number, last: number) => void,
): {
  drag: Drag | null;
  handlers: Record<'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerCancel', Handler>;
} {
  const [drag, setDrag] = useState<Drag | null>(null);
  const pending = useRef<Pending | null>(null);
  const cancelPending = () => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  };
  useEffect(() => cancelPending, []);

  const monthAt = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const index = Math.floor(((e.clientX - rect.left) / rect.width) * count);
    return Math.min(count - 1, Math.max(0, index));
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<SVGSVGElement>) => {
      const m = monthAt(e);
      if (e.pointerType === 'mouse') {
        e.currentTarget.setPointerCapture(e.pointerId);
        setDrag({ start: m, end: m });
        return;
      }
      const svg = e.currentTarget;
      const { pointerId } = e;
      cancelPending();
      pending.current = {
        pointerId,
        x: e.clientX,
        y: e.clientY,
        month: m,
        timer: window.setTimeout(() => {
          pending.current = null;
          if (svg.isConnected) svg.setPointerCapture(pointerId);
          setDrag({ start: m, end: m });
        }, LONG_PRESS_MS),
      };
    },
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
      const p = pending.current;
      if (p && p.pointerId === e.pointerId) {
        const dx = Math.abs(e.clientX - p.x);
        const dy = Math.abs(e.clientY - p.y);
        if (dy >= INTENT_PX && dy >= dx) cancelPending();
        else if (dx >= INTENT_PX) {
          cancelPending();
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ start: p.month, end: monthAt(e) });
        }
        return;
      }
      if (drag) setDrag({ ...drag, end: monthAt(e) });
    },
    onPointerUp: () => {
      cancelPending();
      if (!drag) return;
      setDrag(null);
      onBrush(Math.min(drag.start, drag.end), Math.max(drag.start, drag.end));
    },
    onPointerCancel: () => {
      cancelPending();
      setDrag(null);
    },
  };
  return { drag, handlers };
}

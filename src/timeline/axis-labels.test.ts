import { describe, expect, it } from 'vitest';
import { AxisLabels, labelRoom } from './axis-labels';

/** A container that reports `width` as its width (jsdom lays nothing out). */
function timelineOf(width: { px: number }): HTMLElement {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { get: () => width.px });
  return container;
}

describe('axis labels sized to the timeline', () => {
  it('gives a phone-wide timeline smaller labels with less room, a wide one the usual', () => {
    const phone = timelineOf({ px: 343 });
    expect(labelRoom(phone)).toEqual({ maxMinorChars: 4 });
    expect(phone).toHaveClass('et-narrow-axis');
    const laptop = timelineOf({ px: 968 });
    expect(labelRoom(laptop)).toEqual({ maxMinorChars: 7 });
    expect(laptop).not.toHaveClass('et-narrow-axis');
  });

  it('after a resize, says what changed only when the timeline crossed from one size to the other', () => {
    const width = { px: 968 };
    const container = timelineOf(width);
    const labels = new AxisLabels(container, null);
    width.px = 900;
    expect(labels.roomAfterResize()).toBeNull();
    width.px = 600;
    expect(labels.roomAfterResize()).toEqual({ maxMinorChars: 4 });
    expect(container).toHaveClass('et-narrow-axis');
    expect(labels.roomAfterResize()).toBeNull();
    width.px = 800;
    expect(labels.roomAfterResize()).toEqual({ maxMinorChars: 7 });
  });
});

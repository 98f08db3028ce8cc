/** A timeline narrower than this (a phone, a narrow embed) gets smaller axis labels. */
const NARROW_TIMELINE_PX = 640;

/**
 * The room vis-timeline keeps for each axis label, in characters of the label's font, for a
 * timeline as wide as `container`, whose class says which size of labels it shows. vis-timeline's
 * year steps go from one year to five: with its default of 7, a phone's axis spans six years with
 * one label ("2020"). With smaller labels (`.et-narrow-axis` in timeline.css) and room for four
 * characters, each year has its label.
 */
export function labelRoom(container: HTMLElement): { maxMinorChars: number } {
  const width = container.clientWidth;
  const narrow = width > 0 && width < NARROW_TIMELINE_PX;
  container.classList.toggle('et-narrow-axis', narrow);
  return { maxMinorChars: narrow ? 4 : 7 };
}

/**
 * An axis label starts at its tick and runs right, so the edges of the axis cut the first and
 * the last ("019" for "2019"): those are hidden rather than misread. A handful of reads per
 * draw, whatever the number of events. vis-timeline reuses its label nodes, so each draw first
 * shows again the ones hidden at the last.
 */
export class AxisLabels {
  private hidden: HTMLElement[] = [];
  /** The room the labels were last given (see labelRoom). */
  private room: number;

  /** `room`: what the timeline was built with, if it already asked labelRoom. */
  constructor(
    private readonly container: HTMLElement,
    private readonly axis: HTMLElement | null,
    room: number = labelRoom(container).maxMinorChars,
  ) {
    this.room = room;
  }

  /** After the timeline changed width: the labels' new room for vis-timeline, or null if the same. */
  roomAfterResize(): { maxMinorChars: number } | null {
    const room = labelRoom(this.container);
    if (room.maxMinorChars === this.room) return null;
    this.room = room.maxMinorChars;
    return room;
  }

  hideCut(): void {
    for (const label of this.hidden) label.style.visibility = '';
    this.hidden = [];
    if (!this.axis) return;
    const { left, right } = this.axis.getBoundingClientRect();
    const text = document.createRange();
    for (const label of this.container.querySelectorAll<HTMLElement>(
      '.vis-time-axis.vis-foreground .vis-text:not(.vis-measure)',
    )) {
      // The label's box is as wide as its step; its text is what the edge cuts.
      text.selectNodeContents(label);
      const box = text.getBoundingClientRect();
      const partly =
        box.right > left && box.left < right && (box.left < left - 0.5 || box.right > right + 0.5);
      if (box.width && partly) {
        label.style.visibility = 'hidden';
        this.hidden.push(label);
      }
    }
  }
}

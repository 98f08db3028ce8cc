/**
 * An axis label starts at its tick and runs right, so the edges of the axis cut the first and
 * the last ("019" for "2019"): those are hidden rather than misread. A handful of reads per
 * draw, whatever the number of events. vis-timeline reuses its label nodes, so each draw first
 * shows again the ones hidden at the last.
 */
export class AxisLabels {
  private hidden: HTMLElement[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly axis: HTMLElement | null,
  ) {}

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

import type { Timeline } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { drawNow } from './vis-internals';
import { eventIdOf, type TimelineItem } from './to-timeline-items';

/**
 * From stacked events to a line of counts, every row shrinks. vis-timeline decides which rows are
 * in view from their old heights, so rows below the fold would keep theirs, get no counts, and
 * come into view one draw at a time (up to a dozen draws). `emptyRows` takes the events away
 * first and draws once with every row in view (cheap: no items), so each row has its empty
 * height; then, once the counts are in, `settle` and `afterDraw` draw until the rows stop moving.
 */
export class RowSettling {
  /** Draws left before giving up. */
  private left = 0;
  private lastHeight = -1;

  constructor(
    private readonly timeline: Timeline,
    private readonly items: DataSet<TimelineItem, 'id'>,
    private readonly rows: HTMLElement | null,
    /** The timeline's own maxHeight option: it scrolls its rows past this. */
    private readonly tallest: number | string,
  ) {}

  /** Before counts replace events: the events go, and every row takes its empty height. */
  emptyRows(): void {
    const events = this.items.getIds().filter((id) => eventIdOf(id) !== null);
    if (events.length) this.items.remove(events);
    this.timeline.setOptions({ maxHeight: 1e6 });
    drawNow(this.timeline);
    this.timeline.setOptions({ maxHeight: this.tallest });
  }

  /** After counts replaced events: draw until the rows stop moving. */
  settle(): void {
    this.left = 50;
    this.lastHeight = -1;
  }

  /** After each of vis-timeline's draws; `counting` while counts are drawn. */
  afterDraw(counting: boolean): void {
    if (this.left <= 0) return;
    const height = this.rows?.offsetHeight ?? 0;
    if (height === this.lastHeight || !counting) {
      this.left = 0;
      return;
    }
    this.left -= 1;
    this.lastHeight = height;
    // A plain draw: unlike redraw(), it does not measure every item again.
    this.timeline.setOptions({ stack: false });
  }
}

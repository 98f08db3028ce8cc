import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import { isMoveKey, nextStop, type KeyStop } from './timeline-keys';
import { clamped, type TimeWindow } from './time-window';
import { SHOWN_ITEM, type TimelineItem } from './to-timeline-items';

/** What the keyboard needs of the controller: its timeline, items and parts, and two decisions. */
export interface FocusHost {
  timeline: Timeline;
  items: DataSet<TimelineItem, 'id'>;
  limits: TimeWindow;
  container: HTMLElement;
  /** The centre panel (the events' part of the timeline), the row labels and the rows. */
  axis: HTMLElement | null;
  labels: HTMLElement | null;
  rows: HTMLElement | null;
  /** The items the arrow keys move between. */
  stops: () => KeyStop[];
  /** Enter or Space on an item. */
  activate: (itemId: string) => void;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The timeline's items as the list's events are to the keyboard: one Tab stop (roving
 * tabindex), arrows between items, Enter or Space to open; the focused item is brought into view.
 */
export class ItemFocus {
  /** The item reached with Tab (tabindex 0); the others are reached with the arrow keys. */
  private roving: string | null = null;

  constructor(private readonly host: FocusHost) {
    host.container.addEventListener('keydown', this.onKeyDown);
  }

  destroy(): void {
    this.host.container.removeEventListener('keydown', this.onKeyDown);
  }

  /** Moves the one Tab stop among the items to `itemId`. */
  setRoving(itemId: string): void {
    if (this.roving === itemId) return;
    const { items } = this.host;
    const old = this.roving === null ? undefined : items.get(this.roving);
    if (old) old.content.tabIndex = -1;
    const next = items.get(itemId);
    if (next) next.content.tabIndex = 0;
    this.roving = next ? itemId : null;
  }

  focus(itemId: string): void {
    this.setRoving(itemId);
    this.reveal(itemId, () => this.host.items.get(itemId)?.content.focus({ preventScroll: true }));
  }

  /** After a zoom into a count: the first item in view takes the focus. */
  focusFirstDrawn(): void {
    const itemId = this.host.rows?.querySelector<HTMLElement>(SHOWN_ITEM)?.dataset.item;
    if (itemId) this.focus(itemId);
  }

  /** The one Tab stop stays on an item that is drawn, so Tab always reaches the events. */
  keepTabStop(): void {
    const { items, container, rows } = this.host;
    const current = this.roving === null ? undefined : items.get(this.roving);
    if (current?.content.isConnected && current.content.matches(SHOWN_ITEM)) return;
    if (container.contains(document.activeElement) && document.activeElement !== container) return;
    const itemId = rows?.querySelector<HTMLElement>(SHOWN_ITEM)?.dataset.item;
    if (itemId) this.setRoving(itemId);
  }

  /**
   * Brings an item into view: into the window at the reader's zoom if it is outside (with room
   * for its label), then its row scrolled to the middle of the rows, not left at an edge.
   */
  reveal(itemId: string, then?: () => void): void {
    const { timeline, items, limits, axis, labels } = this.host;
    const item = items.get(itemId);
    if (!item) return;
    const window = timeline.getWindow();
    const [from, to] = [window.start.getTime(), window.end.getTime()];
    const width = to - from;
    const at = item.start.getTime();
    const last = item.end?.getTime() ?? at;
    // A marker wants room for its label to its right; a bar, room for itself.
    const fits = item.end ? at >= from && last <= to : at >= from + width * 0.02 && at <= to - width * 0.3;
    if (!fits) {
      const start = item.end && last - at < width * 0.9 ? (at + last - width) / 2 : at - width * 0.3;
      const moved = clamped({ start: new Date(start), end: new Date(start + width) }, limits);
      timeline.setWindow(moved.start, moved.end, { animation: false });
    }
    // vis-timeline draws only the rows in view: it finds the row, then the item is there to centre.
    if (!item.content.isConnected)
      timeline.focus(itemId, {
        zoom: false,
        animation: reducedMotion() ? { duration: 1 } : { duration: 150 },
      });
    const centre = (tries: number) => {
      const node = items.get(itemId)?.content;
      if (!node?.isConnected || !axis) {
        if (tries > 0) requestAnimationFrame(() => centre(tries - 1));
        return;
      }
      const panel = axis.getBoundingClientRect();
      const box = node.getBoundingClientRect();
      if (labels && (box.top < panel.top || box.bottom > panel.bottom))
        labels.scrollTop += box.top + box.height / 2 - (panel.top + panel.height / 2);
      then?.();
    };
    requestAnimationFrame(() => centre(20));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const node =
      event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-item]') : null;
    const itemId = node?.dataset.item;
    if (!itemId || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.host.activate(itemId);
    } else if (isMoveKey(event.key)) {
      event.preventDefault();
      const next = nextStop(this.host.stops(), itemId, event.key);
      if (next) this.focus(next);
    }
  };
}

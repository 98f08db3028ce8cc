import {
  Timeline,
  type DataGroupCollectionType,
  type DataItemCollectionType,
  type TimelineOptions,
} from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { TimelineEvent } from '../dataset/schema';
import type { Period } from './count-bins';
import { eventTimes } from './event-times';
import { aroundOpened, frameTarget, nearlySame, windowKey } from './framing';
import { keepsPlan, planFor, windowAround, type Plan } from './plan-items';
import { syncTimeline, type SyncInput } from './sync-items';
import { AxisLabels, labelRoom } from './axis-labels';
import { ItemFocus } from './item-focus';
import { batchItemMeasuring } from './batched-measure';
import { RowSettling } from './row-settling';
import { skipInitialFit } from './vis-internals';
import type { KeyStop } from './timeline-keys';
import { parkingWindow, spanOf, timelineOptions } from './timeline-options';
import { clamped, clearOfLabels, limitsAround, MIN_ZOOM, type TimeWindow } from './time-window';
import {
  eventIdOf,
  eventItemId,
  groupOf,
  isCountItemId,
  SHOWN_ITEM,
  toTimelineGroups,
  type TimelineGroup,
  type TimelineItem,
} from './to-timeline-items';

/** What the timeline shows: the filtered events, their rows, and what is open. */
export interface TimelineInput extends SyncInput {
  selectedId: string | null;
  /** A date filter's stretch (either end may be open): views frame it, not only the events. */
  period?: { start?: number; end?: number } | null;
}

export interface TimelineCallbacks {
  onSelect: (id: string | null) => void;
  /** The visible window after each zoom or move, and after the first draw. */
  onRangeChange?: (window: TimeWindow) => void;
  /** Counts are drawn instead of events while the window holds too many: the period each covers. */
  onCounting?: (period: Period | null) => void;
}

export type CreateTimeline = (
  container: HTMLElement,
  items: DataItemCollectionType,
  groups: DataGroupCollectionType,
  options: TimelineOptions,
) => Timeline;

const createVisTimeline: CreateTimeline = (container, items, groups, options) => {
  const timeline = new Timeline(container, items, groups, options);
  batchItemMeasuring(timeline);
  return timeline;
};

/**
 * The live vis-timeline, its DataSets and its handlers, kept apart from React: the view creates
 * one on a container, tells it what to show, and destroys it.
 */
export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<TimelineItem, 'id'>([]);
  private readonly groups = new DataSet<TimelineGroup, 'id'>([]);
  private readonly limits: TimeWindow;
  private readonly park: TimeWindow;
  private readonly axis: HTMLElement | null;
  private readonly rows: HTMLElement | null;
  private readonly labels: HTMLElement | null;
  /** Set once the first view is on the timeline; until then its draws are not the reader's. */
  private drawn = false;
  /** What the items stand for now: every event, the events near the window, or counts. */
  private plan: Plan | null = null;
  /** Width of the time axis in pixels, read after each draw. */
  private axisPx = 800;
  /** Our own window moves while items change set off range events; those are not the reader's. */
  private busy = false;
  /** The window last framed on the events' dates: a change of filters that keeps it keeps the view. */
  private framedOn: TimeWindow | null = null;
  /** The window our last framing set, while the reader has not moved it. */
  private framedWindow: string | null = null;
  /** The selection last shown, and whether the filters kept it then. */
  private shown: { id: string | null; present: boolean } = { id: null, present: false };
  /** The event opened from the timeline: when it closes, focus comes back to it. */
  private openedHere: string | null = null;
  private readonly focus: ItemFocus;
  private readonly axisLabels: AxisLabels;
  private readonly rowSettling: RowSettling;

  constructor(
    container: HTMLElement,
    allEvents: readonly TimelineEvent[],
    private input: TimelineInput,
    private readonly callbacks: TimelineCallbacks,
    { maxHeight, create = createVisTimeline }: { maxHeight?: number; create?: CreateTimeline } = {},
  ) {
    const frame = spanOf(allEvents);
    this.limits = limitsAround(frame);
    this.park = parkingWindow(frame);
    const room = labelRoom(container);
    const options = { ...timelineOptions(frame, maxHeight), ...room };
    // Built with its rows and no items: vis-timeline draws its frame and the row labels at once
    // (their width sets the time axis's), then every item arrives in one batch (firstView).
    this.groups.add(toTimelineGroups(input.events, input.vocab, input.groupBy));
    this.timeline = create(
      container,
      this.items as unknown as DataItemCollectionType,
      this.groups as unknown as DataGroupCollectionType,
      options,
    );
    this.axis = container.querySelector<HTMLElement>('.vis-panel.vis-center');
    this.rows = container.querySelector<HTMLElement>('.vis-itemset');
    // The row labels scroll when there are more rows than fit: keyboard users can reach them too.
    this.labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
    this.labels?.setAttribute('tabindex', '0');
    this.labels?.setAttribute('aria-label', 'Timeline rows');
    this.timeline.on('rangechanged', this.onRangeChanged);
    // Synchronous, before vis-timeline's next draw: a zoom swaps counts and events in one frame.
    this.timeline.on('rangechange', this.onRangeChange);
    this.timeline.on('select', this.onVisSelect);
    this.timeline.on('changed', this.onDraw);
    this.axisLabels = new AxisLabels(container, this.axis, room.maxMinorChars);
    this.rowSettling = new RowSettling(this.timeline, this.items, this.rows, options.maxHeight ?? '70vh');
    this.focus = new ItemFocus({
      timeline: this.timeline,
      items: this.items,
      limits: this.limits,
      container,
      axis: this.axis,
      labels: this.labels,
      rows: this.rows,
      stops: () => this.stops(),
      activate: (itemId) => this.activate(itemId, true),
    });
    this.firstView();
  }

  /**
   * The first view is in vis-timeline's first draw with items: the rows are drawn (their labels
   * set the width of the time axis), then the items and the window framed on their dates are set
   * before the next frame draws them. No empty frame, no fit, no second framing.
   */
  private firstView(): void {
    skipInitialFit(this.timeline);
    this.measureAxis();
    this.drawn = true;
    this.render(true, this.firstWindow());
    if (this.input.selectedId === null) this.framedWindow = windowKey(this.timeline.getWindow());
    this.callbacks.onRangeChange?.(this.timeline.getWindow());
    this.showSelection(this.input.selectedId);
  }

  destroy(): void {
    this.focus.destroy();
    this.timeline.off('select', this.onVisSelect);
    this.timeline.off('rangechange', this.onRangeChange);
    this.timeline.off('rangechanged', this.onRangeChanged);
    this.timeline.off('changed', this.onDraw);
    this.timeline.destroy();
  }

  /**
   * Syncs, never rebuilds: updating the DataSets keeps the reader's zoom and scroll. When the
   * filters change the dates in view (another date range, a chain), the view frames them.
   */
  show(input: Omit<TimelineInput, 'selectedId'>): void {
    this.input = { ...input, selectedId: this.input.selectedId };
    if (!this.drawn) return;
    const target = this.frameTarget();
    const reframe = target !== null && (!this.framedOn || !nearlySame(target, this.framedOn));
    if (reframe) this.framedOn = target;
    this.render(true, reframe ? this.clearOfLabels(target) : undefined);
    if (reframe) this.framedWindow = windowKey(this.timeline.getWindow());
  }

  /**
   * Marks `id`. A selection that is new here (from the list, the URL or a related link), or an
   * event the filters bring back, is also brought into view: at the reader's zoom if it is drawn,
   * else zoomed in until events are drawn rather than counts. A filter that merely keeps the
   * selected event leaves the reader's view alone. When an event opened here closes, focus
   * returns to it.
   */
  select(id: string | null): void {
    this.input = { ...this.input, selectedId: id };
    if (this.drawn) this.showSelection(id);
    if (id === null && this.openedHere !== null) {
      const back = eventItemId(this.openedHere);
      this.openedHere = null;
      requestAnimationFrame(() => {
        if (this.items.get(back)) this.focus.focus(back);
      });
    }
  }

  /** Zoom and moves land at once: a second key press builds on the first instead of cutting it. */
  zoom(how: 'in' | 'out' | 'fit'): void {
    if (how === 'fit') {
      const target = this.frameTarget();
      if (target) this.frame(target);
    } else if (how === 'in') this.timeline.zoomIn(1, { animation: false });
    else this.timeline.zoomOut(1, { animation: false });
  }

  /** Moves the window by a share of its width (negative: back in time). */
  move(fraction: number): void {
    const { start, end } = this.timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    this.timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  }

  /** Shows `window`, inside the limits, widened so that no axis label is cut at an edge. */
  frame(window: TimeWindow): void {
    const shown = this.clearOfLabels(window);
    this.timeline.setWindow(shown.start, shown.end, { animation: false });
    this.framedWindow = windowKey(this.timeline.getWindow());
  }

  private clearOfLabels(window: TimeWindow): TimeWindow {
    return clamped(clearOfLabels(clamped(window, this.limits), this.axisPx), this.limits);
  }

  private frameTarget(): TimeWindow | null {
    return frameTarget(this.input.events, this.input.period, this.limits);
  }

  /** The first view: the filtered events, or around the event a link opened. */
  private firstWindow(): TimeWindow {
    const target = this.frameTarget() ?? this.limits;
    this.framedOn = target;
    const { events, selectedId } = this.input;
    const event = selectedId === null ? undefined : events.find((e) => e.id === selectedId);
    return this.clearOfLabels(event ? aroundOpened(event, target, events) : target);
  }

  /**
   * Puts on the timeline what the window calls for, unless what is there still serves it:
   * `force` after the events changed. `target` is where the window goes (default: where it is).
   */
  private render(force: boolean, target?: TimeWindow): void {
    if (this.busy) return;
    const window = target ?? this.timeline.getWindow();
    const plan = planFor(this.input.events, window, this.axisPx);
    if (!force && keepsPlan(this.plan, plan, window)) return;
    const before = this.plan;
    this.busy = true;
    try {
      if (plan.mode === 'counts' && before && before.mode !== 'counts') this.rowSettling.emptyRows();
      syncTimeline(this.timeline, this.items, this.groups, plan, this.input, this.park, target);
      // Counts sit side by side, one line per row; events stack.
      const stack = plan.mode !== 'counts';
      if (!before || stack !== (before.mode !== 'counts')) this.timeline.setOptions({ stack });
      // Rows grow from their empty height to a line of counts: draw until they stop moving (one
      // more draw, since emptyRows gave every row its height first).
      if (!stack && before && before.mode !== 'counts') this.rowSettling.settle();
    } finally {
      this.busy = false;
    }
    this.plan = plan;
    this.callbacks.onCounting?.(plan.mode === 'counts' ? plan.period : null);
    // An item that left (counts, or a pan far away) and came back is a new item to vis-timeline:
    // mark the selected event again.
    const selected = this.input.selectedId === null ? null : eventItemId(this.input.selectedId);
    if (selected && this.items.get(selected) && !this.timeline.getSelection().map(String).includes(selected))
      this.timeline.setSelection([selected]);
  }

  private showSelection(id: string | null): void {
    const { events } = this.input;
    const event = id === null ? undefined : events.find((e) => e.id === id);
    const present = event !== undefined;
    const bring = present && (id !== this.shown.id || !this.shown.present);
    this.shown = { id, present };
    const itemId = event ? eventItemId(event.id) : null;
    if (bring && event && itemId && !this.items.get(itemId) && this.plan && this.plan.mode !== 'all') {
      const { start, end } = this.timeline.getWindow();
      const around = windowAround(event, end.getTime() - start.getTime(), events, MIN_ZOOM);
      this.timeline.setWindow(around.start, around.end, { animation: false });
    }
    const current = this.timeline.getSelection().map(String);
    const wanted = itemId && this.items.get(itemId) ? [itemId] : [];
    if (current.length !== wanted.length || current.some((x, i) => x !== wanted[i]))
      this.timeline.setSelection(wanted);
    if (bring && wanted[0]) {
      this.focus.setRoving(wanted[0]);
      this.focus.reveal(wanted[0]);
    }
  }

  /** The items the arrow keys move between: every event the filters keep, or the counts drawn. */
  private stops(): KeyStop[] {
    const order = new Map(this.groups.get().map((g) => [g.id, g.order]));
    if (this.plan?.mode === 'counts')
      return this.items
        .get()
        .filter((i) => isCountItemId(i.id) && i.content.matches(SHOWN_ITEM))
        .map((i) => ({ id: i.id, start: i.start.getTime(), row: order.get(i.group ?? '') ?? 0 }));
    const { events, groupBy } = this.input;
    const { start } = eventTimes(events);
    return events.map((e, i) => ({
      id: eventItemId(e.id),
      start: start[i]!,
      row: order.get(groupOf(e, groupBy)) ?? 0,
    }));
  }

  /** Opens an event (as a click does), or zooms into a count. */
  private activate(itemId: string, byKey: boolean): void {
    if (isCountItemId(itemId)) {
      // A count: zoom to its period, keeping whatever event was selected.
      const bin = this.items.get(itemId);
      const selected = this.input.selectedId === null ? null : eventItemId(this.input.selectedId);
      this.timeline.setSelection(selected && this.items.get(selected) ? [selected] : []);
      // At once: an animation would be cut short by the next change of items, which parks the window.
      if (bin?.end) {
        const pad = (bin.end.getTime() - bin.start.getTime()) * 0.05;
        this.timeline.setWindow(bin.start.getTime() - pad, bin.end.getTime() + pad, { animation: false });
      }
      if (byKey) requestAnimationFrame(() => this.focus.focusFirstDrawn());
      return;
    }
    const id = eventIdOf(itemId);
    // Chosen here, so already in view: nothing to bring to the middle.
    this.shown = { id, present: id !== null };
    this.openedHere = id;
    if (byKey && id !== null) this.timeline.setSelection([itemId]);
    this.callbacks.onSelect(id);
  }

  private readonly onVisSelect = (props: { items: (string | number)[] }): void => {
    const first = props.items[0];
    if (first === undefined) {
      this.shown = { id: null, present: false };
      this.callbacks.onSelect(null);
      return;
    }
    this.focus.setRoving(String(first));
    this.activate(String(first), false);
  };

  // The window now, not the one in the event: our own moves while items change each schedule a
  // 'rangechanged' of their own, which may come after the reader's last one.
  private readonly onRangeChanged = (): void => {
    const { start, end } = this.timeline.getWindow();
    this.callbacks.onRangeChange?.({ start: new Date(start), end: new Date(end) });
  };

  private readonly onRangeChange = (): void => {
    if (this.drawn) this.render(false);
  };

  /** The width of the time axis, without the row labels' scrollbar (it comes and goes with tall rows). */
  private measureAxis(): boolean {
    const { axis, labels } = this;
    const axisPx = axis?.clientWidth
      ? axis.clientWidth + (labels ? labels.offsetWidth - labels.clientWidth : 0)
      : this.axisPx;
    const changed = axisPx !== this.axisPx;
    this.axisPx = axisPx;
    return changed;
  }

  private readonly onDraw = (): void => {
    const resized = this.measureAxis();
    // A phone turned, a window resized: labels to fit the new width, drawn again.
    const room = resized ? this.axisLabels.roomAfterResize() : null;
    if (room) this.timeline.setOptions(room);
    if (resized && this.drawn) {
      // Narrower or wider (the details panel opened, the window resized): counts may want
      // another period, and a framed view, room for its edge labels at the new width.
      const target = this.frameTarget();
      if (target && this.framedWindow === windowKey(this.timeline.getWindow())) this.frame(target);
      this.render(false);
    }
    this.rowSettling.afterDraw(this.plan?.mode === 'counts');
    this.focus.keepTabStop();
    this.axisLabels.hideCut();
  };
}

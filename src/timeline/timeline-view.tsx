import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Timeline, type DataGroupCollectionType, type DataItemCollectionType } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import { isBinId, type Period } from './count-bins';
import { keepsPlan, planFor, windowAround, type Plan } from './plan-items';
import { syncTimeline, type SyncInput } from './sync-items';
import { MIN_ZOOM, parkingWindow, spanOf, timelineOptions, type Window } from './timeline-options';
import type { TimelineGroup, TimelineItem } from './to-timeline-items';

export interface TimelineViewProps {
  /** Already filtered. */
  events: TimelineEvent[];
  /** Every event of the dataset, for the full span the timeline may show. */
  allEvents: readonly TimelineEvent[];
  vocab: Vocab;
  groupBy: GroupBy;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called with the visible window after each zoom or move, and after the first draw. */
  onRangeChange?: (window: Window) => void;
  /** The event whose response chain is shown, marked on the timeline. */
  chainRoot?: string | null;
  /** Tallest the timeline grows before it scrolls, in pixels (default 70% of the window). */
  maxHeight?: number;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

interface Live {
  timeline: Timeline;
  items: DataSet<TimelineItem, 'id'>;
  groups: DataSet<TimelineGroup, 'id'>;
  park: Window;
  /** Set once vis-timeline has drawn itself; before that, items wait. */
  drawn: boolean;
  /** What the items stand for now: every event, the events near the window, or counts. */
  plan: Plan | null;
  /** Width of the time axis in pixels, read after each draw. */
  axisPx: number;
  /** Our own window moves while items change set off range events; those are not the reader's. */
  busy: boolean;
  /** Draws left to let rows settle after events gave way to counts (see render). */
  settle: number;
  /** Height of all rows at the last of those draws. */
  rowsHeight: number;
}

/** The only component that touches vis-timeline: created once, then kept in sync with props. */
export function TimelineView({
  events,
  allEvents,
  vocab,
  groupBy,
  selectedId,
  onSelect,
  onRangeChange,
  chainRoot,
  maxHeight,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<Live | null>(null);
  const onSelectRef = useRef(onSelect);
  const onRangeRef = useRef(onRangeChange);
  // The props the DataSets should show and the selection, read when the first draw lets items in.
  const wantedRef = useRef<SyncInput & { selectedId: string | null }>({
    events,
    vocab,
    groupBy,
    chainRoot,
    selectedId,
  });
  const shownChainRef = useRef(chainRoot);
  // The selection last shown, and whether the filters kept it then.
  const shownSelectionRef = useRef<{ id: string | null; present: boolean }>({ id: null, present: false });
  const initial = useRef({ allEvents, maxHeight });
  // Counts are drawn instead of events while the window holds too many: the period each covers.
  const [counting, setCounting] = useState<Period | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onRangeRef.current = onRangeChange;
  }, [onSelect, onRangeChange]);

  /**
   * Puts on the timeline what the window calls for, unless what is there still serves it:
   * `force` after the events changed. `target` is where the window goes (default: where it is).
   */
  const render = (live: Live, force: boolean, target?: Window) => {
    if (live.busy) return;
    const input = wantedRef.current;
    const window = target ?? live.timeline.getWindow();
    const plan = planFor(input.events, window, live.axisPx);
    if (!force && keepsPlan(live.plan, plan, window)) return;
    live.busy = true;
    try {
      syncTimeline(live.timeline, live.items, live.groups, plan, input, live.park, target);
      // Counts sit side by side, one line per row; events stack.
      const stack = plan.mode !== 'counts';
      if (stack !== (live.plan?.mode !== 'counts') || !live.plan) live.timeline.setOptions({ stack });
      // From stacked events to counts, rows shrink. vis-timeline decides which rows are in view
      // from their old heights, so rows below the fold keep theirs and get no counts until
      // something draws again, and then the next ones down. Draw until the rows stop moving.
      if (!stack && live.plan && live.plan.mode !== 'counts') {
        live.settle = 50;
        live.rowsHeight = -1;
      }
    } finally {
      live.busy = false;
    }
    live.plan = plan;
    setCounting(plan.mode === 'counts' ? plan.period : null);
    // An item that left (counts, or a pan far away) and came back is a new item to vis-timeline:
    // mark the selected event again.
    const selected = input.selectedId;
    if (selected && live.items.get(selected) && !live.timeline.getSelection().map(String).includes(selected))
      live.timeline.setSelection([selected]);
  };

  /** The window that shows all of the events: the span of the filtered set. */
  const fitAll = (live: Live, animate: boolean) => {
    const { events } = wantedRef.current;
    if (!events.length) return;
    const span = spanOf(events);
    live.timeline.setWindow(span.start, span.end, { animation: animate });
  };

  /**
   * Marks `id` on the timeline. A selection that is new here (from the list, the URL or a related
   * link), or an event the filters bring back, is also brought into view: at the reader's zoom if
   * it is drawn, else zoomed in around it until events are drawn rather than counts. A filter that
   * merely keeps the selected event leaves the reader's view alone.
   */
  const showSelection = (live: Live, id: string | null) => {
    const { events } = wantedRef.current;
    const event = id === null ? undefined : events.find((e) => e.id === id);
    const present = event !== undefined;
    const last = shownSelectionRef.current;
    const bring = present && (id !== last.id || !last.present);
    shownSelectionRef.current = { id, present };
    if (bring && event && !live.items.get(event.id) && live.plan && live.plan.mode !== 'all') {
      const { start, end } = live.timeline.getWindow();
      const around = windowAround(event, end.getTime() - start.getTime(), events, MIN_ZOOM);
      live.timeline.setWindow(around.start, around.end, { animation: false });
    }
    const current = live.timeline.getSelection().map(String);
    const wanted = id && live.items.get(id) ? [id] : [];
    if (current.length !== wanted.length || current.some((x, i) => x !== wanted[i]))
      live.timeline.setSelection(wanted);
    // Centred at the reader's zoom and scrolled to its row. Without an animation vis-timeline
    // skips the vertical scroll when the window does not move: the shortest one it is.
    if (bring && wanted[0])
      live.timeline.focus(wanted[0], { zoom: false, animation: reducedMotion() ? { duration: 1 } : true });
  };

  // Create once; StrictMode's setup → cleanup → setup builds, destroys and builds again.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const span = spanOf(initial.current.allEvents);
    // Built empty: vis-timeline draws its frame first, then every item arrives in one batch.
    const items = new DataSet<TimelineItem, 'id'>([]);
    const groups = new DataSet<TimelineGroup, 'id'>([]);
    const timeline = new Timeline(
      container,
      items as unknown as DataItemCollectionType,
      groups as unknown as DataGroupCollectionType,
      timelineOptions(span, initial.current.maxHeight),
    );
    const live: Live = {
      timeline,
      items,
      groups,
      park: parkingWindow(span),
      drawn: false,
      plan: null,
      axisPx: 800,
      busy: false,
      settle: 0,
      rowsHeight: -1,
    };
    const axis = container.querySelector<HTMLElement>('.vis-panel.vis-center');
    const rows = container.querySelector<HTMLElement>('.vis-itemset');
    // The row labels scroll when there are more rows than fit: keyboard users can reach them too.
    const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
    labels?.setAttribute('tabindex', '0');
    labels?.setAttribute('aria-label', 'Timeline rows');
    // The window now, not the one in the event: our own moves while items change each schedule a
    // 'rangechanged' of their own, which may come after the reader's last one.
    timeline.on('rangechanged', () => {
      const { start, end } = timeline.getWindow();
      onRangeRef.current?.({ start: new Date(start), end: new Date(end) });
    });
    // Synchronous, before vis-timeline's next draw: a zoom swaps counts and events in one frame.
    timeline.on('rangechange', () => {
      if (live.drawn) render(live, false);
    });
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0] === undefined ? null : String(props.items[0]);
      if (id && isBinId(id)) {
        // A count was clicked: zoom to its period, keeping whatever event was selected.
        const bin = items.get(id);
        const selected = wantedRef.current.selectedId;
        timeline.setSelection(selected && items.get(selected) ? [selected] : []);
        // At once: an animation would be cut short by the next change of items, which parks the window.
        if (bin?.end) {
          const pad = (bin.end.getTime() - bin.start.getTime()) * 0.05;
          timeline.setWindow(bin.start.getTime() - pad, bin.end.getTime() + pad, { animation: false });
        }
        return;
      }
      // Clicked here, so already in view: nothing to bring to the middle.
      shownSelectionRef.current = { id, present: id !== null };
      onSelectRef.current(id);
    });
    const onDraw = () => {
      // Without the row labels' scrollbar, which comes and goes with tall rows.
      const axisPx = axis?.clientWidth
        ? axis.clientWidth + (labels ? labels.offsetWidth - labels.clientWidth : 0)
        : live.axisPx;
      if (axisPx !== live.axisPx) {
        live.axisPx = axisPx;
        // Narrower or wider (the details panel opened, the window resized): counts may want
        // another period.
        if (live.drawn) render(live, false);
      }
      if (live.settle > 0) {
        const height = rows?.offsetHeight ?? 0;
        if (height === live.rowsHeight || live.plan?.mode !== 'counts') live.settle = 0;
        else {
          live.settle -= 1;
          live.rowsHeight = height;
          // A plain draw: unlike redraw(), it does not measure every item again.
          timeline.setOptions({ stack: false });
        }
      }
      if (live.drawn) return;
      live.drawn = true;
      render(live, true, span);
      onRangeRef.current?.(timeline.getWindow());
      showSelection(live, wantedRef.current.selectedId);
    };
    timeline.on('changed', onDraw);
    liveRef.current = live;
    return () => {
      timeline.off('select');
      timeline.off('rangechange');
      timeline.off('rangechanged');
      timeline.off('changed', onDraw);
      timeline.destroy();
      liveRef.current = null;
    };
  }, []);

  // Sync, don't rebuild: updating the DataSets keeps the reader's zoom and scroll.
  useEffect(() => {
    wantedRef.current = { ...wantedRef.current, events, vocab, groupBy, chainRoot };
    const live = liveRef.current;
    if (!live?.drawn) return;
    render(live, true);
    // Opening or closing a response chain changes what the view is about: show all of it.
    if (chainRoot !== shownChainRef.current) {
      shownChainRef.current = chainRoot;
      fitAll(live, !reducedMotion());
    }
  }, [events, vocab, groupBy, chainRoot]);

  useEffect(() => {
    wantedRef.current = { ...wantedRef.current, selectedId };
    const live = liveRef.current;
    if (live?.drawn) showSelection(live, selectedId);
    // events is listed so that a selection the filters bring back into view is shown.
  }, [selectedId, events]);

  // Zoom and move land at once: a second key press then builds on the first instead of
  // interrupting its animation halfway.
  const zoom = (how: 'in' | 'out' | 'fit') => {
    const live = liveRef.current;
    if (!live) return;
    const { timeline } = live;
    if (how === 'fit') fitAll(live, false);
    else if (how === 'in') timeline.zoomIn(1, { animation: false });
    else timeline.zoomOut(1, { animation: false });
  };

  const move = (fraction: number) => {
    const timeline = liveRef.current?.timeline;
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const actions: Record<string, () => void> = {
      '+': () => zoom('in'),
      '=': () => zoom('in'),
      '-': () => zoom('out'),
      '0': () => zoom('fit'),
      ArrowLeft: () => move(-0.2),
      ArrowRight: () => move(0.2),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Timeline zoom">
        <button type="button" className="btn" onClick={() => zoom('in')}>
          Zoom in
        </button>
        <button type="button" className="btn" onClick={() => zoom('out')}>
          Zoom out
        </button>
        <button type="button" className="btn" onClick={() => zoom('fit')}>
          Fit all
        </button>
        <span className="hidden text-xs text-slate-600 sm:inline" id="timeline-keys">
          Keys when the timeline is focused: + and − zoom, ← and → move, 0 fits all. Ctrl + scroll zooms.
        </span>
      </div>
      <p className="text-xs text-slate-700 empty:hidden" role="status">
        {counting &&
          `More events in view than can be drawn one by one: each number counts a row's events in one ${counting}. Zoom in, click a number or filter to see the events.`}
      </p>
      <div
        ref={containerRef}
        className="et-timeline"
        role="region"
        aria-label={`Timeline of ${events.length} events`}
        aria-describedby="timeline-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

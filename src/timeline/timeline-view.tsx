import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Timeline, type DataGroupCollectionType, type DataItemCollectionType } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import { syncItems, type SyncInput } from './sync-items';
import { parkingWindow, spanOf, timelineOptions, type Window } from './timeline-options';
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
  const initial = useRef({ allEvents, maxHeight });

  useEffect(() => {
    onSelectRef.current = onSelect;
    onRangeRef.current = onRangeChange;
  }, [onSelect, onRangeChange]);

  /** Selects `id` and brings it to the middle at the current zoom, unless it is selected already. */
  const showSelection = (live: Live, id: string | null) => {
    const current = live.timeline.getSelection().map(String);
    const wanted = id && live.items.get(id) ? [id] : [];
    if (current.length === wanted.length && current.every((x, i) => x === wanted[i])) return;
    // A selection that did not come from a click here (list, URL, related link) is brought to the
    // middle of the view at the reader's zoom; vis-timeline's own focus would zoom as well.
    live.timeline.setSelection(wanted);
    const item = wanted[0] ? live.items.get(wanted[0]) : null;
    if (item) live.timeline.moveTo(item.start, { animation: !reducedMotion() });
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
    const live: Live = { timeline, items, groups, park: parkingWindow(span), drawn: false };
    // The row labels scroll when there are more rows than fit: keyboard users can reach them too.
    const labels = container.querySelector<HTMLElement>('.vis-panel.vis-left');
    labels?.setAttribute('tabindex', '0');
    labels?.setAttribute('aria-label', 'Timeline rows');
    timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      onRangeRef.current?.({ start: new Date(props.start), end: new Date(props.end) });
    });
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      onSelectRef.current(id === undefined ? null : String(id));
    });
    const onFirstDraw = () => {
      timeline.off('changed', onFirstDraw);
      live.drawn = true;
      syncItems(timeline, items, groups, wantedRef.current, live.park, span);
      onRangeRef.current?.(timeline.getWindow());
      showSelection(live, wantedRef.current.selectedId);
    };
    timeline.on('changed', onFirstDraw);
    liveRef.current = live;
    return () => {
      timeline.off('select');
      timeline.off('rangechanged');
      timeline.off('changed', onFirstDraw);
      timeline.destroy();
      liveRef.current = null;
    };
  }, []);

  // Sync, don't rebuild: updating the DataSets keeps the reader's zoom and scroll.
  useEffect(() => {
    wantedRef.current = { ...wantedRef.current, events, vocab, groupBy, chainRoot };
    const live = liveRef.current;
    if (!live?.drawn) return;
    syncItems(live.timeline, live.items, live.groups, wantedRef.current, live.park);
    // Opening or closing a response chain changes what the view is about: show all of it.
    if (chainRoot !== shownChainRef.current) {
      shownChainRef.current = chainRoot;
      if (events.length) live.timeline.fit({ animation: !reducedMotion() });
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
    const timeline = liveRef.current?.timeline;
    if (!timeline) return;
    if (how === 'fit') timeline.fit({ animation: false });
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

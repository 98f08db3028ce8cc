import { useEffect, useRef, type KeyboardEvent } from 'react';
import {
  Timeline,
  type DataGroupCollectionType,
  type DataItemCollectionType,
  type TimelineOptions,
} from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import { addDays, toLocalDate } from '../lib/dates';
import type { GroupBy } from '../url-state/params';
import {
  toTimelineGroups,
  toTimelineItems,
  type TimelineGroup,
  type TimelineItem,
} from './to-timeline-items';

const DAY = 24 * 60 * 60 * 1000;

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
  onRangeChange?: (window: { start: Date; end: Date }) => void;
  /** The event whose response chain is shown, marked on the timeline. */
  chainRoot?: string | null;
  /** Tallest the timeline grows before it scrolls, in pixels (default 70% of the window). */
  maxHeight?: number;
}

function spanOf(events: readonly TimelineEvent[]): { start: Date; end: Date } {
  let first = events[0]?.date ?? '2000-01-01';
  let last = first;
  for (const e of events) {
    if (e.date < first) first = e.date;
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  const days = (toLocalDate(last).getTime() - toLocalDate(first).getTime()) / DAY;
  // More room after the last event: boxes start at their date and run to the right.
  const before = Math.max(10, Math.round(days / 50));
  const after = Math.max(30, Math.round(days / 8));
  return { start: toLocalDate(addDays(first, -before)), end: toLocalDate(addDays(last, after)) };
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

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
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<TimelineItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<TimelineGroup, 'id'> | null>(null);
  const onSelectRef = useRef(onSelect);
  const onRangeRef = useRef(onRangeChange);
  const drawnRef = useRef(false);
  const shownChainRef = useRef(chainRoot);
  const pendingMoveRef = useRef<(() => void) | null>(null);
  const initial = useRef({ events, allEvents, vocab, groupBy, maxHeight });

  useEffect(() => {
    onSelectRef.current = onSelect;
    onRangeRef.current = onRangeChange;
  }, [onSelect, onRangeChange]);

  // Create once; StrictMode's setup → cleanup → setup builds, destroys and builds again.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { events: first, allEvents: all, vocab: v, groupBy: g, maxHeight: tallest } = initial.current;
    const items = new DataSet<TimelineItem, 'id'>(toTimelineItems(first, v, g));
    const groups = new DataSet<TimelineGroup, 'id'>(toTimelineGroups(first, v, g));
    const span = spanOf(all.length ? all : first);
    const options: TimelineOptions = {
      start: span.start,
      end: span.end,
      // Room to pan one whole span either side, so any event can be brought to the middle.
      min: new Date(2 * span.start.getTime() - span.end.getTime()),
      max: new Date(2 * span.end.getTime() - span.start.getTime()),
      zoomMin: 7 * DAY,
      zoomMax: (span.end.getTime() - span.start.getTime()) * 1.25,
      orientation: { axis: 'top', item: 'top' },
      align: 'left',
      stack: true,
      selectable: true,
      multiselect: false,
      showTooltips: true,
      tooltip: { followMouse: true, delay: 150, overflowMethod: 'flip' },
      // A plain wheel scrolls the page; ctrl+wheel (and trackpad pinch) zooms.
      zoomKey: 'ctrlKey',
      horizontalScroll: true,
      verticalScroll: true,
      // In an iframe that grows to fit its content, a height in vh would grow with it.
      maxHeight: tallest ?? '70vh',
      minHeight: 240,
      groupOrder: 'order',
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      locale: 'en',
    };
    const timeline = new Timeline(
      container,
      items as unknown as DataItemCollectionType,
      groups as unknown as DataGroupCollectionType,
      options,
    );
    timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      onRangeRef.current?.({ start: new Date(props.start), end: new Date(props.end) });
    });
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      onSelectRef.current(id === undefined ? null : String(id));
    });
    // Moves asked for before the first draw would work on a window that is not laid out yet.
    const onFirstDraw = () => {
      timeline.off('changed', onFirstDraw);
      drawnRef.current = true;
      onRangeRef.current?.(timeline.getWindow());
      pendingMoveRef.current?.();
      pendingMoveRef.current = null;
    };
    timeline.on('changed', onFirstDraw);
    timelineRef.current = timeline;
    itemsRef.current = items;
    groupsRef.current = groups;
    return () => {
      timeline.off('select');
      timeline.off('rangechanged');
      drawnRef.current = false;
      pendingMoveRef.current = null;
      timeline.destroy();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
  }, []);

  // Sync, don't rebuild: updating the DataSets keeps the reader's zoom and scroll.
  useEffect(() => {
    const items = itemsRef.current;
    const groups = groupsRef.current;
    if (!items || !groups) return;
    const nextItems = toTimelineItems(events, vocab, groupBy, chainRoot);
    const nextGroups = toTimelineGroups(events, vocab, groupBy);
    const keepItems = new Set(nextItems.map((i) => i.id));
    const keepGroups = new Set(nextGroups.map((g) => g.id));
    groups.update(nextGroups);
    items.remove(items.getIds().filter((id) => !keepItems.has(String(id))));
    items.update(nextItems);
    groups.remove(groups.getIds().filter((id) => !keepGroups.has(String(id))));
    // Opening or closing a response chain changes what the view is about: show all of it.
    if (chainRoot !== shownChainRef.current) {
      shownChainRef.current = chainRoot;
      if (drawnRef.current && nextItems.length) timelineRef.current?.fit({ animation: !reducedMotion() });
    }
  }, [events, vocab, groupBy, chainRoot]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const current = timeline.getSelection().map(String);
    const wanted = selectedId && itemsRef.current?.get(selectedId) ? [selectedId] : [];
    if (current.length === wanted.length && current.every((id, i) => id === wanted[i])) return;
    // A selection that did not come from a click here (list, URL, related link) is brought to the
    // middle of the view at the reader's current zoom; vis-timeline's own focus would zoom too.
    timeline.setSelection(wanted);
    const item = wanted[0] ? itemsRef.current?.get(wanted[0]) : null;
    if (!item) return;
    const move = () => timeline.moveTo(item.start, { animation: !reducedMotion() });
    if (drawnRef.current) move();
    else pendingMoveRef.current = move;
  }, [selectedId, events]);

  // Zoom and move land at once: a second key press then builds on the first instead of
  // interrupting its animation halfway.
  const zoom = (how: 'in' | 'out' | 'fit') => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (how === 'fit') timeline.fit({ animation: false });
    else if (how === 'in') timeline.zoomIn(1, { animation: false });
    else timeline.zoomOut(1, { animation: false });
  };

  const move = (fraction: number) => {
    const timeline = timelineRef.current;
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

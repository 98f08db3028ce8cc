import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { Era, TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import type { Period } from './count-bins';
import { TimelineController } from './timeline-controller';
import { periodTimes, type TimeWindow } from './time-window';

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
  onRangeChange?: (window: TimeWindow) => void;
  /** The event whose response chain is shown, marked on the timeline. */
  chainId?: string | null;
  /** Named periods of the dataset, shaded behind the rows. */
  eras?: readonly Era[];
  /** The date filter (`YYYY[-MM[-DD]]`, either end open): the view frames it. */
  from?: string;
  to?: string;
  /** Tallest the timeline grows before it scrolls, in pixels (default 70% of the window). */
  maxHeight?: number;
}

/** The stretch a date filter names, as the timeline frames it. */
function periodOf(from: string | undefined, to: string | undefined) {
  const start = from ? periodTimes(from)?.start : undefined;
  const end = to ? periodTimes(to)?.end : undefined;
  return start === undefined && end === undefined ? null : { start, end };
}

/** The only component that touches the timeline: one controller, created once, told each change. */
export function TimelineView({
  events,
  allEvents,
  vocab,
  groupBy,
  selectedId,
  onSelect,
  onRangeChange,
  chainId,
  eras,
  from,
  to,
  maxHeight,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const callbacks = useRef({ onSelect, onRangeChange });
  const initial = useRef({
    allEvents,
    maxHeight,
    selectedId,
    show: { events, eras, vocab, groupBy, chainId, period: periodOf(from, to) },
  });
  const [counting, setCounting] = useState<Period | null>(null);
  const period = useMemo(() => periodOf(from, to), [from, to]);

  useEffect(() => {
    callbacks.current = { onSelect, onRangeChange };
  }, [onSelect, onRangeChange]);

  // Create once; StrictMode's setup → cleanup → setup builds, destroys and builds again.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { allEvents, maxHeight, selectedId, show } = initial.current;
    const controller = new TimelineController(
      container,
      allEvents,
      { ...show, selectedId },
      {
        onSelect: (id) => callbacks.current.onSelect(id),
        onRangeChange: (window) => callbacks.current.onRangeChange?.(window),
        onCounting: setCounting,
      },
      { maxHeight },
    );
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  // Changes reach the timeline in a task of their own, after React's (the count, the filters, the
  // strip): a keystroke's work is two shorter tasks instead of one long one, and the page answers
  // sooner. The two effects keep their order (timers run in the order they were set).
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    const task = setTimeout(() => controller.show({ events, eras, vocab, groupBy, chainId, period }));
    return () => clearTimeout(task);
  }, [events, eras, vocab, groupBy, chainId, period]);

  // events is listed so that a selection the filters bring back into view is shown.
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    const task = setTimeout(() => controller.select(selectedId));
    return () => clearTimeout(task);
  }, [selectedId, events]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const controller = controllerRef.current;
    if (event.target !== event.currentTarget || !controller) return;
    const actions: Record<string, () => void> = {
      '+': () => controller.zoom('in'),
      '=': () => controller.zoom('in'),
      '-': () => controller.zoom('out'),
      '0': () => controller.zoom('fit'),
      ArrowLeft: () => controller.move(-0.2),
      ArrowRight: () => controller.move(0.2),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Timeline zoom">
        {(['in', 'out', 'fit'] as const).map((how) => (
          <button key={how} type="button" className="btn" onClick={() => controllerRef.current?.zoom(how)}>
            {how === 'fit' ? 'Fit all' : `Zoom ${how}`}
          </button>
        ))}
        <span className="sr-only text-xs text-slate-600 lg:not-sr-only lg:inline" id="timeline-keys">
          Keys on the timeline: + and − zoom, ← and → move, 0 fits all; Tab to the events, then arrows go from
          one to the next and Enter opens. Ctrl + scroll zooms.
        </span>
      </div>
      <p className="text-xs text-slate-700 empty:hidden" role="status">
        {counting &&
          `More events in view than can be drawn one by one: each number counts a row's events in one ${counting}. Zoom in, click a number or filter to see the events.`}
      </p>
      <div
        ref={containerRef}
        id="timeline-events"
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

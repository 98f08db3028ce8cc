import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import type { Era, TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import { binIdPrefix, binLabel, countBins, type CountBin } from './count-bins';
import { eventsIn, type Plan } from './plan-items';
import type { TimeWindow } from './time-window';
import {
  countItemId,
  countItemIdPrefix,
  eventItemId,
  groupOf,
  itemClassName,
  refreshCountItem,
  toCountItem,
  toEraItem,
  timelineRows,
  toTimelineItem,
  type TimelineGroup,
  type TimelineItem,
} from './to-timeline-items';

export interface SyncInput {
  events: readonly TimelineEvent[];
  /** Named periods shaded behind the rows, whatever the plan. */
  eras?: readonly Era[];
  vocab: Vocab;
  groupBy: GroupBy;
  chainId?: string | null;
}

/** An item the timeline should hold: what tells whether the one it has is current, and how to build it. */
export interface WantedItem {
  id: string;
  group?: string;
  className: string;
  build: () => TimelineItem;
  /** Brings an item already on the timeline up to date in place (a count whose number changed). */
  refresh?: (current: TimelineItem) => void;
}

/** Above this many new items, they are added while the window shows an empty range. */
const PARK_ABOVE = 50;

/**
 * The items a plan puts on the timeline: every event, the events near the window, or counts.
 * `current` (the items drawn now) and `rows` (the rows the input keeps) let a count whose events
 * the filters now leave out stay, emptied, instead of going (see emptiedCounts).
 */
export function wantedItems(
  plan: Plan,
  input: SyncInput,
  current?: DataSet<TimelineItem, 'id'>,
  rows?: ReadonlySet<string>,
): WantedItem[] {
  const eras: WantedItem[] = (input.eras ?? []).map((era, i) => ({
    id: `b:${i}`,
    className: 'et-era',
    build: () => toEraItem(era, i),
  }));
  return [...eras, ...eventOrCountItems(plan, input, current, rows)];
}

function countItem(bin: CountBin, vocab: Vocab, groupBy: GroupBy): WantedItem {
  return {
    id: countItemId(bin, groupBy),
    group: bin.group,
    className: 'et-count',
    build: () => toCountItem(bin, vocab, groupBy),
    refresh: (current) => refreshCountItem(current, bin, vocab, groupBy),
  };
}

/**
 * The counts drawn now that the new counts leave out, kept as counts of zero: vis-timeline redraws
 * all it holds on each removal (and measures each item it gets anew), so a filter that empties a
 * count and the filter that fills it again would each cost a full redraw or two. An emptied count
 * is hidden (timeline.css) and skipped by the keys. Only counts of the plan's period and stretch,
 * in rows still shown: the others go.
 */
function emptiedCounts(
  plan: Plan & { mode: 'counts' },
  input: SyncInput,
  counted: ReadonlySet<string>,
  current: DataSet<TimelineItem, 'id'>,
  rows: ReadonlySet<string>,
): WantedItem[] {
  const prefix = countItemIdPrefix(input.groupBy, plan.period);
  const from = plan.covered.start.getTime();
  const to = plan.covered.end.getTime();
  const kept = current.get({
    filter: (item) =>
      item.id.startsWith(prefix) &&
      !counted.has(item.id) &&
      rows.has(item.group ?? '') &&
      item.start.getTime() >= from &&
      (item.end?.getTime() ?? Infinity) <= to,
  });
  return kept.map((item) => {
    const bounds = { start: item.start, end: item.end ?? item.start };
    const bin: CountBin = {
      id: `${binIdPrefix(plan.period)}${item.id.slice(prefix.length)}`,
      group: item.group!,
      bounds,
      count: 0,
      label: binLabel(0, bounds, plan.period),
    };
    return {
      id: item.id,
      group: item.group,
      className: item.className,
      build: () => item,
      refresh: (drawn) => refreshCountItem(drawn, bin, input.vocab, input.groupBy),
    };
  });
}

function eventOrCountItems(
  plan: Plan,
  input: SyncInput,
  current?: DataSet<TimelineItem, 'id'>,
  rows?: ReadonlySet<string>,
): WantedItem[] {
  const { events, vocab, groupBy, chainId } = input;
  if (plan.mode === 'counts') {
    const bins = countBins(
      events,
      (e) => groupOf(e, groupBy),
      plan.period,
      plan.covered.start.getTime(),
      plan.covered.end.getTime(),
    );
    const wanted = bins.map((bin) => countItem(bin, vocab, groupBy));
    if (!current || !rows) return wanted;
    const counted = new Set(wanted.map((w) => w.id));
    return [...wanted, ...emptiedCounts(plan, input, counted, current, rows)];
  }
  const shown = plan.mode === 'all' ? events : eventsIn(events, plan.covered);
  return shown.map((event) => ({
    id: eventItemId(event.id),
    group: groupOf(event, groupBy),
    className: itemClassName(event, chainId),
    build: () => toTimelineItem(event, vocab, groupBy, chainId),
  }));
}

/**
 * Brings the items in line with `wanted`: removes what left, adds what came, and touches only the
 * items whose row or mark changed. Unchanged items keep their DOM, so a filter costs what it
 * changes, not the whole set.
 *
 * vis-timeline measures each item it draws for the first time, one forced layout each while they
 * are in view; many items added at once are therefore added with the window parked on an empty
 * range, then the window goes to `target` (by default where it was) and draws them in one pass.
 */
export function syncItems(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  wanted: readonly WantedItem[],
  park: TimeWindow,
  target?: TimeWindow,
): void {
  const wantedIds = new Set(wanted.map((w) => w.id));
  const removed = items.getIds().filter((id) => !wantedIds.has(String(id)));
  const added: TimelineItem[] = [];
  const changed: Pick<TimelineItem, 'id' | 'group' | 'className'>[] = [];
  for (const w of wanted) {
    const current = items.get(w.id);
    if (!current) {
      added.push(w.build());
      continue;
    }
    if (current.group !== w.group || current.className !== w.className)
      changed.push({ id: w.id, group: w.group, className: w.className });
    w.refresh?.(current);
  }

  if (removed.length) items.remove(removed);
  if (changed.length) items.update(changed);
  if (added.length > PARK_ABOVE) {
    const back = target ?? timeline.getWindow();
    timeline.setWindow(park.start, park.end, { animation: false });
    items.add(added);
    timeline.setWindow(back.start, back.end, { animation: false });
  } else {
    if (added.length) items.add(added);
    if (target) timeline.setWindow(target.start, target.end, { animation: false });
  }
}

/**
 * Rows for each actor (or type) among the events, whichever part of them is in view, then the
 * items the plan wants. Rows are added before the items that go in them and removed after.
 */
export function syncTimeline(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  groups: DataSet<TimelineGroup, 'id'>,
  plan: Plan,
  input: SyncInput,
  park: TimeWindow,
  target?: TimeWindow,
): void {
  const rows = timelineRows(input.events, input.vocab, input.groupBy);
  // Only rows not yet on the timeline (or of the other kind) are built: most syncs build none.
  const stale = rows.filter((row) => groups.get(row.id)?.kind !== row.kind).map((row) => row.build());
  if (stale.length) groups.update(stale);
  const wanted = new Set(rows.map((row) => row.id));
  syncItems(timeline, items, wantedItems(plan, input, items, wanted), park, target);
  const unused = groups.getIds().filter((id) => !wanted.has(String(id)));
  if (unused.length) groups.remove(unused);
}

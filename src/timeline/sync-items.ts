import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import type { Era, TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import { countBins } from './count-bins';
import { eventsIn, type Plan } from './plan-items';
import type { TimeWindow } from './time-window';
import {
  countItemId,
  eventItemId,
  groupOf,
  itemClassName,
  refreshCountItem,
  toCountItem,
  toEraItem,
  toTimelineGroups,
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

/** The items a plan puts on the timeline: every event, the events near the window, or counts. */
export function wantedItems(plan: Plan, input: SyncInput): WantedItem[] {
  const eras: WantedItem[] = (input.eras ?? []).map((era, i) => ({
    id: `b:${i}`,
    className: 'et-era',
    build: () => toEraItem(era, i),
  }));
  return [...eras, ...eventOrCountItems(plan, input)];
}

function eventOrCountItems(plan: Plan, input: SyncInput): WantedItem[] {
  const { events, vocab, groupBy, chainId } = input;
  if (plan.mode === 'counts') {
    const bins = countBins(
      events,
      (e) => groupOf(e, groupBy),
      plan.period,
      plan.covered.start.getTime(),
      plan.covered.end.getTime(),
    );
    return bins.map((bin) => ({
      id: countItemId(bin, groupBy),
      group: bin.group,
      className: 'et-count',
      build: () => toCountItem(bin, vocab, groupBy),
      refresh: (current) => refreshCountItem(current, bin, vocab, groupBy),
    }));
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
  const next = toTimelineGroups(input.events, input.vocab, input.groupBy);
  const stale = next.filter((g) => groups.get(g.id)?.kind !== g.kind);
  if (stale.length) groups.update(stale);
  syncItems(timeline, items, wantedItems(plan, input), park, target);
  const wanted = new Set(next.map((g) => g.id));
  const unused = groups.getIds().filter((id) => !wanted.has(String(id)));
  if (unused.length) groups.remove(unused);
}

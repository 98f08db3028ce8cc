import type { DataSet } from 'vis-data/esnext';
import type { Timeline } from 'vis-timeline/esnext';
import type { TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import type { GroupBy } from '../url-state/params';
import {
  groupOf,
  itemClassName,
  toTimelineGroups,
  toTimelineItem,
  type TimelineGroup,
  type TimelineItem,
} from './to-timeline-items';

export interface SyncInput {
  events: readonly TimelineEvent[];
  vocab: Vocab;
  groupBy: GroupBy;
  chainRoot?: string | null;
}

type Window = { start: Date; end: Date };

/** Above this many new items, they are added while the window shows an empty range. */
const PARK_ABOVE = 50;

/**
 * Brings the DataSets in line with the events: removes what left, adds what came, and touches
 * only the items whose row or mark changed. Unchanged items keep their DOM, so a filter costs
 * what it changes, not the whole set.
 *
 * vis-timeline measures each item it draws for the first time, one forced layout each while they
 * are in view; many items added at once are therefore added with the window parked on an empty
 * range, then the window goes to `target` (by default where it was) and draws them in one pass.
 */
export function syncItems(
  timeline: Timeline,
  items: DataSet<TimelineItem, 'id'>,
  groups: DataSet<TimelineGroup, 'id'>,
  input: SyncInput,
  park: Window,
  target?: Window,
): void {
  const { events, vocab, groupBy, chainRoot } = input;
  const nextGroups = toTimelineGroups(events, vocab, groupBy);
  const wantedGroups = new Set(nextGroups.map((g) => g.id));
  const groupsChanged = nextGroups.some((g) => !groups.get(g.id) || groups.get(g.id)?.kind !== g.kind);
  if (groupsChanged)
    groups.update(nextGroups.filter((g) => !groups.get(g.id) || groups.get(g.id)?.kind !== g.kind));

  const wanted = new Set(events.map((e) => e.id));
  const removed = items.getIds().filter((id) => !wanted.has(String(id)));
  const added: TimelineItem[] = [];
  const changed: Pick<TimelineItem, 'id' | 'group' | 'className'>[] = [];
  for (const event of events) {
    const current = items.get(event.id);
    if (!current) {
      added.push(toTimelineItem(event, vocab, groupBy, chainRoot));
      continue;
    }
    const group = groupOf(event, groupBy);
    const className = itemClassName(event, chainRoot);
    if (current.group !== group || current.className !== className)
      changed.push({ id: event.id, group, className });
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
  const unused = groups.getIds().filter((id) => !wantedGroups.has(String(id)));
  if (unused.length) groups.remove(unused);
}

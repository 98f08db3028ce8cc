import type { Era, TimelineEvent } from '../dataset/schema';
import { actorLabel, primaryActor, type Vocab } from '../dataset/vocab';
import { formatDateRange } from '../lib/dates';
import type { GroupBy } from '../url-state/params';
import { binIdPrefix, type CountBin, type Period } from './count-bins';
import { dayTime } from '../lib/dates';

/**
 * vis-timeline keeps items and rows in plain objects keyed by id, where an id like `toString` or
 * `__proto__` finds Object.prototype's member instead. It gets ids of its own, each with a prefix
 * that says what the item is: an event (`e:`), a count (`c:`) or a row (`g:`).
 */
export const eventItemId = (eventId: string): string => `e:${eventId}`;

/** The event an item id stands for, or null for a count. */
export function eventIdOf(itemId: string | number): string | null {
  const id = String(itemId);
  return id.startsWith('e:') ? id.slice(2) : null;
}

export const isCountItemId = (itemId: string | number): boolean => String(itemId).startsWith('c:');

/** An item's node a reader can see and reach: not a count the filters emptied (see sync-items). */
export const SHOWN_ITEM = '[data-item]:not([data-count="0"])';

export const groupItemId = (groupId: string): string => `g:${groupId}`;

/** What vis-timeline gets for one event: plain data plus DOM nodes we built. */
export interface TimelineItem {
  id: string;
  /** None for a named period, which is shaded behind every row. */
  group?: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  content: HTMLElement;
  /**
   * The tooltip, built when the reader first points at the item (timelineOptions' template): most
   * items are never pointed at, and a zoom that brings thousands would build thousands.
   */
  tooltip: () => HTMLElement;
  className: string;
  /** Applied by vis-timeline through CSSOM (style.setProperty), which a strict CSP allows. */
  style: string;
}

export interface TimelineGroup {
  id: string;
  /** Rows by actor and rows by type may share an id; the kind tells them apart. */
  kind: GroupBy;
  content: HTMLElement;
  order: number;
  className: string;
  style?: string;
}

/** vis-timeline treats strings as HTML, so every label is a node whose text is set as text. */
function el(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Dataset text beside our own words, isolated so its direction marks cannot turn ours around. */
const bdi = (text: string): HTMLElement => el('bdi', text);

/**
 * Marks the node a reader reaches with Tab and the arrow keys (one at a time has tabindex 0:
 * see timeline-keys.ts), named for a screen reader.
 */
function focusable(node: HTMLElement, itemId: string, name: string): HTMLElement {
  node.setAttribute('role', 'button');
  node.tabIndex = -1;
  node.setAttribute('aria-label', name);
  node.dataset.item = itemId;
  return node;
}

/**
 * A point in time is a marker at its day with its label beside it; a month or a year known only
 * as such, a hollow marker at its start (the tooltip and name say which month or year); only an
 * event with an end is a bar, as long as it lasted. The chain's root is marked.
 */
export function itemClassName(event: TimelineEvent, chainId?: string | null): string {
  const shape = isRange(event)
    ? 'et-range'
    : event.datePrecision === 'day'
      ? 'et-point'
      : 'et-point et-approx';
  return event.id === chainId ? `et-item ${shape} et-chain-root` : `et-item ${shape}`;
}

const isRange = (event: TimelineEvent) => Boolean(event.endDate && event.endDate > event.date);

export function groupOf(event: TimelineEvent, groupBy: GroupBy): string {
  return groupItemId(groupBy === 'actor' ? primaryActor(event) : event.type);
}

export function toTimelineItem(
  event: TimelineEvent,
  vocab: Vocab,
  groupBy: GroupBy,
  chainId?: string | null,
): TimelineItem {
  const style = vocab.typeById.get(event.type);
  const when = formatDateRange(event.date, event.endDate, event.datePrecision);
  const typeLabel = style?.type.label ?? event.type;
  const tooltip = () => {
    const node = el('div', '', 'et-tooltip');
    const line = el('div', `${when} · `);
    line.append(bdi(typeLabel));
    node.append(el('strong', event.title, 'et-dataset-text'), line);
    return node;
  };
  const id = eventItemId(event.id);
  const range = isRange(event);
  return {
    id,
    group: groupOf(event, groupBy),
    start: new Date(dayTime(event.date)),
    // The end day is inclusive in the data; the timeline wants the moment after it.
    ...(range && event.endDate ? { end: new Date(dayTime(event.endDate, 1)) } : {}),
    type: range ? 'range' : 'point',
    content: focusable(el('span', event.title, 'et-item-label'), id, `${event.title}, ${when}, ${typeLabel}`),
    tooltip,
    className: itemClassName(event, chainId),
    style: `--et-color: ${style?.color ?? '#64748b'}; --et-text: ${style?.textColor ?? '#ffffff'}`,
  };
}

/** A named period (an era), shaded behind every row from its first day to the end of its last. */
export function toEraItem(era: Era, index: number): TimelineItem {
  const when = formatDateRange(era.start, era.end, 'day');
  const tooltip = () => {
    const node = el('div', '', 'et-tooltip');
    node.append(el('strong', era.label, 'et-dataset-text'), el('div', when));
    return node;
  };
  const label = el('span', '', 'et-era-label');
  label.append(bdi(era.label));
  return {
    id: `b:${index}`,
    start: new Date(dayTime(era.start)),
    end: new Date(dayTime(era.end, 1)),
    type: 'background',
    content: label,
    tooltip,
    className: 'et-era',
    style: '',
  };
}

/** Counts are grey in rows by actor, and in the type's colour in rows by type. */
const COUNT_COLOR = '#475569';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

// Four digits would not fit the narrowest count: "1.2K" instead; the exact number is read out.
const countText = (count: number) => (count < 1000 ? String(count) : compact.format(count));

/** The number as drawn; a screen reader hears what it counts, where and when. */
function countLabel(bin: CountBin, row: string): HTMLElement {
  const label = el('span', '', 'et-count-label');
  label.dataset.count = String(bin.count);
  const number = el('span', countText(bin.count), 'et-count-number');
  number.setAttribute('aria-hidden', 'true');
  const name = el('span', `${bin.label}, `, 'sr-only');
  name.append(bdi(row));
  label.append(number, name);
  return label;
}

function countTooltip(bin: CountBin, row: string): HTMLElement {
  const tooltip = el('div', '', 'et-tooltip');
  tooltip.append(el('strong', bin.label), el('div', row, 'et-dataset-text'), el('div', 'Click to zoom in'));
  return tooltip;
}

function rowLabel(bin: CountBin, vocab: Vocab, groupBy: GroupBy): string {
  return groupBy === 'type'
    ? (vocab.typeById.get(bin.group.slice(2))?.type.label ?? bin.group.slice(2))
    : actorLabel(vocab.actorById.get(bin.group.slice(2)), bin.group.slice(2));
}

/** Rows by actor and rows by type may share an id, and their counts are coloured differently. */
export function countItemId(bin: CountBin, groupBy: GroupBy): string {
  return `c:${groupBy}:${bin.id}`;
}

/** What the item id of every count of a period in rows by `groupBy` starts with. */
export function countItemIdPrefix(groupBy: GroupBy, period: Period): string {
  return `c:${groupBy}:${binIdPrefix(period)}`;
}

/** A count drawn in place of the events it stands for: a range over its period, the number as text. */
export function toCountItem(bin: CountBin, vocab: Vocab, groupBy: GroupBy): TimelineItem {
  const style = groupBy === 'type' ? vocab.typeById.get(bin.group.slice(2)) : undefined;
  const row = rowLabel(bin, vocab, groupBy);
  const id = countItemId(bin, groupBy);
  // Built now, as a count's number is rewritten in place (refreshCountItem), tooltip included.
  const title = countTooltip(bin, row);
  return {
    id,
    group: bin.group,
    start: bin.bounds.start,
    end: bin.bounds.end,
    type: 'range',
    content: focusable(countLabel(bin, row), id, `${bin.label}, ${row}`),
    tooltip: () => title,
    className: 'et-count',
    style: `--et-color: ${style?.color ?? COUNT_COLOR}; --et-text: ${style?.textColor ?? '#ffffff'}`,
  };
}

/**
 * Rewrites a drawn count whose number changed, in its own nodes: vis-timeline is not told, so it
 * does not measure the item again. Its width is its period's, whatever the number.
 */
export function refreshCountItem(item: TimelineItem, bin: CountBin, vocab: Vocab, groupBy: GroupBy): void {
  const { content } = item;
  if (content.dataset.count === String(bin.count)) return;
  const title = item.tooltip();
  const row = rowLabel(bin, vocab, groupBy);
  content.dataset.count = String(bin.count);
  content.setAttribute('aria-label', `${bin.label}, ${row}`);
  // Only the texts change (the row is the same): no new nodes for the browser to style.
  const [number, name] = content.children;
  const [heading] = title.children;
  if (number && name?.firstChild && heading) {
    number.textContent = countText(bin.count);
    name.firstChild.nodeValue = `${bin.label}, `;
    heading.textContent = bin.label;
  } else {
    content.replaceChildren(...countLabel(bin, row).childNodes);
    title.replaceChildren(...countTooltip(bin, row).childNodes);
  }
}

export function toTimelineItems(
  events: readonly TimelineEvent[],
  vocab: Vocab,
  groupBy: GroupBy,
  chainId?: string | null,
): TimelineItem[] {
  return events.map((event) => toTimelineItem(event, vocab, groupBy, chainId));
}

/** A row the events need: its id and kind, its nodes built only when asked for. */
export interface TimelineRow {
  id: string;
  kind: GroupBy;
  build: () => TimelineGroup;
}

/**
 * One row per actor (or type) that has at least one of the given events, in the dataset's order.
 * Its label's nodes wait for `build`: a sync that finds the row already on the timeline needs none.
 */
export function timelineRows(
  events: readonly TimelineEvent[],
  vocab: Vocab,
  groupBy: GroupBy,
): TimelineRow[] {
  const used = new Set(events.map((e) => groupOf(e, groupBy)));
  if (groupBy === 'type') {
    return [...vocab.typeById.values()]
      .map((t, order) => ({ t, order }))
      .filter(({ t }) => used.has(groupItemId(t.type.id)))
      .map(({ t, order }) => {
        const id = groupItemId(t.type.id);
        const build = () => {
          const label = el('span', '', 'et-group-label');
          const swatch = el('span', '', 'et-swatch');
          swatch.setAttribute('aria-hidden', 'true');
          label.append(swatch, bdi(t.type.label));
          return {
            id,
            kind: 'type' as const,
            content: label,
            order,
            className: 'et-group',
            style: `--et-color: ${t.color}`,
          };
        };
        return { id, kind: 'type' as const, build };
      });
  }
  return vocab.actors
    .map((actor, order) => ({ actor, order }))
    .filter(({ actor }) => used.has(groupItemId(actor.id)))
    .map(({ actor, order }) => {
      const id = groupItemId(actor.id);
      const build = () => ({
        id,
        kind: 'actor' as const,
        content: el('span', actorLabel(actor), 'et-group-label'),
        order,
        className: 'et-group',
      });
      return { id, kind: 'actor' as const, build };
    });
}

/** The rows of `timelineRows`, built. */
export function toTimelineGroups(
  events: readonly TimelineEvent[],
  vocab: Vocab,
  groupBy: GroupBy,
): TimelineGroup[] {
  return timelineRows(events, vocab, groupBy).map((row) => row.build());
}

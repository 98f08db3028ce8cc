import type { TimelineEvent } from '../dataset/schema';
import { actorLabel, primaryActor, type Vocab } from '../dataset/vocab';
import { addDays, formatDateRange, toLocalDate } from '../lib/dates';
import type { GroupBy } from '../url-state/params';
import type { CountBin } from './count-bins';

/** What vis-timeline gets for one event: plain data plus DOM nodes we built. */
export interface TimelineItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range';
  content: HTMLElement;
  title: HTMLElement;
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

/** The event a response chain was opened from is marked; the rest of the chain is all that is shown. */
export function itemClassName(event: TimelineEvent, chainRoot?: string | null): string {
  return event.id === chainRoot ? 'et-item et-chain-root' : 'et-item';
}

/** Events lasting at least this many days are drawn as ranges. */
export const MIN_RANGE_DAYS = 28;

export function groupOf(event: TimelineEvent, groupBy: GroupBy): string {
  return groupBy === 'actor' ? primaryActor(event) : event.type;
}

export function toTimelineItem(
  event: TimelineEvent,
  vocab: Vocab,
  groupBy: GroupBy,
  chainRoot?: string | null,
): TimelineItem {
  const style = vocab.typeById.get(event.type);
  const when = formatDateRange(event.date, event.endDate, event.datePrecision);
  const tooltip = document.createElement('div');
  tooltip.className = 'et-tooltip';
  tooltip.append(el('strong', event.title), el('div', `${when} · ${style?.type.label ?? event.type}`));
  // A range shorter than a month would be a sliver too thin to read or click; it is drawn as a box.
  const isRange = Boolean(event.endDate && event.endDate >= addDays(event.date, MIN_RANGE_DAYS));
  return {
    id: event.id,
    group: groupOf(event, groupBy),
    start: toLocalDate(event.date),
    // The end day is inclusive in the data; the timeline wants the moment after it.
    ...(isRange && event.endDate ? { end: toLocalDate(addDays(event.endDate, 1)) } : {}),
    type: isRange ? 'range' : 'box',
    content: el('span', event.title, 'et-item-label'),
    title: tooltip,
    className: itemClassName(event, chainRoot),
    style: `--et-color: ${style?.color ?? '#64748b'}; --et-text: ${style?.textColor ?? '#ffffff'}`,
  };
}

/** Counts are grey in rows by actor, and in the type's colour in rows by type. */
const COUNT_COLOR = '#475569';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** The number as drawn; a screen reader hears what it counts, where and when. */
function countLabel(bin: CountBin, row: string): HTMLElement {
  const label = el('span', '', 'et-count-label');
  label.dataset.count = String(bin.count);
  // Four digits would not fit the narrowest count: "1.2K" instead; the exact number is read out.
  const number = el(
    'span',
    bin.count < 1000 ? String(bin.count) : compact.format(bin.count),
    'et-count-number',
  );
  number.setAttribute('aria-hidden', 'true');
  label.append(number, el('span', `${bin.label}, ${row}`, 'sr-only'));
  return label;
}

function countTooltip(bin: CountBin, row: string): HTMLElement {
  const tooltip = el('div', '', 'et-tooltip');
  tooltip.append(el('strong', bin.label), el('div', row), el('div', 'Click to zoom in'));
  return tooltip;
}

function rowLabel(bin: CountBin, vocab: Vocab, groupBy: GroupBy): string {
  return groupBy === 'type'
    ? (vocab.typeById.get(bin.group)?.type.label ?? bin.group)
    : actorLabel(vocab.actorById.get(bin.group), bin.group);
}

/** Rows by actor and rows by type may share an id, and their counts are coloured differently. */
export function countItemId(bin: CountBin, groupBy: GroupBy): string {
  return `${bin.id}:${groupBy}`;
}

/** A count drawn in place of the events it stands for: a range over its period, the number as text. */
export function toCountItem(bin: CountBin, vocab: Vocab, groupBy: GroupBy): TimelineItem {
  const style = groupBy === 'type' ? vocab.typeById.get(bin.group) : undefined;
  const row = rowLabel(bin, vocab, groupBy);
  return {
    id: countItemId(bin, groupBy),
    group: bin.group,
    start: bin.bounds.start,
    end: bin.bounds.end,
    type: 'range',
    content: countLabel(bin, row),
    title: countTooltip(bin, row),
    className: 'et-count',
    style: `--et-color: ${style?.color ?? COUNT_COLOR}; --et-text: ${style?.textColor ?? '#ffffff'}`,
  };
}

/**
 * Rewrites a drawn count whose number changed, in its own nodes: vis-timeline is not told, so it
 * does not measure the item again. Its width is its period's, whatever the number.
 */
export function refreshCountItem(item: TimelineItem, bin: CountBin, vocab: Vocab, groupBy: GroupBy): void {
  if (item.content.dataset.count === String(bin.count)) return;
  const row = rowLabel(bin, vocab, groupBy);
  const label = countLabel(bin, row);
  item.content.dataset.count = label.dataset.count;
  item.content.replaceChildren(...label.childNodes);
  item.title.replaceChildren(...countTooltip(bin, row).childNodes);
}

export function toTimelineItems(
  events: readonly TimelineEvent[],
  vocab: Vocab,
  groupBy: GroupBy,
  chainRoot?: string | null,
): TimelineItem[] {
  return events.map((event) => toTimelineItem(event, vocab, groupBy, chainRoot));
}

/** One row per actor (or type) that has at least one of the given events, in the dataset's order. */
export function toTimelineGroups(
  events: readonly TimelineEvent[],
  vocab: Vocab,
  groupBy: GroupBy,
): TimelineGroup[] {
  const used = new Set(events.map((e) => groupOf(e, groupBy)));
  if (groupBy === 'type') {
    return [...vocab.typeById.values()]
      .map((t, order) => ({ t, order }))
      .filter(({ t }) => used.has(t.type.id))
      .map(({ t, order }) => {
        const label = el('span', t.type.label, 'et-group-label');
        const swatch = el('span', '', 'et-swatch');
        swatch.setAttribute('aria-hidden', 'true');
        label.prepend(swatch);
        return {
          id: t.type.id,
          kind: 'type' as const,
          content: label,
          order,
          className: 'et-group',
          style: `--et-color: ${t.color}`,
        };
      });
  }
  return vocab.actors
    .map((actor, order) => ({ actor, order }))
    .filter(({ actor }) => used.has(actor.id))
    .map(({ actor, order }) => ({
      id: actor.id,
      kind: 'actor' as const,
      content: el('span', actorLabel(actor), 'et-group-label'),
      order,
      className: 'et-group',
    }));
}

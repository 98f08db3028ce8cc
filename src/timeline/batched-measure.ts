import type { Timeline } from 'vis-timeline/esnext';

/**
 * vis-timeline draws a row's new items in phases (create, measure, size), but one row after the
 * other: each row's measuring reads layout that the row before it has just changed, so drawing
 * new items in twenty rows forces twenty style and layout passes. Here every row's new items are
 * created first, then all of them measured (one pass), then sized, before vis-timeline's own pass
 * finds them drawn and only places and stacks them. It shortens a first view in many rows (about
 * 50 ms at 1,000 events); where thousands of items arrive at once, the work of the pass itself,
 * not the number of passes, is what costs (docs/performance.md).
 *
 * It rests on vis-timeline 8's members named below; the test beside this file fails if an upgrade
 * renames them, and anything unexpected (another queue shape) leaves vis-timeline's own way.
 */
type Step = () => unknown;

interface Item {
  isCluster?: boolean;
}
interface Group {
  isVisible?: boolean;
  stackDirty?: boolean;
  visibleItems: Item[];
  orderedItems: { byStart: Item[]; byEnd: Item[] };
  _updateItemsInRange(ordered: { byStart: Item[]; byEnd: Item[] }, old: Item[], range: unknown): Item[];
  redraw(range: unknown, margin: unknown, forceRestack: boolean, returnQueue?: boolean): unknown;
}
interface ItemClass {
  prototype: { redraw(returnQueue?: boolean): unknown };
}
interface Internals {
  itemSet?: {
    constructor: { types?: Record<string, ItemClass> };
    groups?: Record<string, object>;
  };
}

/** vis-timeline's item queue: create, append, update, then these three: measure, size, extras. */
const ITEM_STEPS = 6;
const WRITES = 3;
/** In vis-timeline's row queue: the step that draws the row's items and stacks them. */
const REDRAW_ITEMS_STEP = 4;
const ROW_STEPS = 12;

/** The measuring steps of items created while rows are being prepared, run together. */
let collecting: Step[][] | null = null;
const pending: Step[][] = [];

function runPending(): void {
  if (pending.length === 0) return;
  const queues = pending.splice(0);
  for (let step = 0; step < ITEM_STEPS - WRITES; step++) for (const queue of queues) queue[step]?.();
}

function batchItems(type: ItemClass): void {
  const redraw = type.prototype.redraw;
  type.prototype.redraw = function (this: unknown, returnQueue?: boolean) {
    const queue = redraw.call(this, returnQueue);
    if (!collecting || !returnQueue || !Array.isArray(queue) || queue.length !== ITEM_STEPS) return queue;
    collecting.push(queue.slice(WRITES) as Step[]);
    return queue.slice(0, WRITES);
  };
}

function batchRows(row: Group): void {
  const redraw = row.redraw;
  row.redraw = function (this: Group, range, margin, forceRestack, returnQueue) {
    const queue = redraw.call(this, range, margin, forceRestack, returnQueue);
    if (!returnQueue || !Array.isArray(queue) || queue.length !== ROW_STEPS) return queue;
    const wasVisible = this.isVisible;
    // Exactly when vis-timeline's own step will look for the items in view (else items drawn
    // here would be left out of its list of what it shows).
    const create = () => {
      if (!(forceRestack || this.stackDirty || (this.isVisible && !wasVisible))) return;
      const ordered = {
        byStart: this.orderedItems.byStart.filter((item) => !item.isCluster),
        byEnd: this.orderedItems.byEnd.filter((item) => !item.isCluster),
      };
      collecting = pending;
      try {
        this._updateItemsInRange(
          ordered,
          this.visibleItems.filter((item) => !item.isCluster),
          range,
        );
      } finally {
        collecting = null;
      }
    };
    // vis-timeline runs each step for every row before the next step: every row's new items
    // exist when the first row gets here.
    queue.splice(REDRAW_ITEMS_STEP, 0, create, runPending);
    return queue;
  };
}

const patched = new WeakSet<object>();

/** Makes vis-timeline measure the new items of all rows in one pass (once per page). */
export function batchItemMeasuring(timeline: Timeline): boolean {
  const itemSet = (timeline as unknown as Internals).itemSet;
  const types = itemSet?.constructor.types;
  const background = itemSet?.groups?.__background__;
  // The background row's class extends the class of every other row.
  const rowClass = background ? (Object.getPrototypeOf(Object.getPrototypeOf(background)) as Group) : null;
  if (!types || !rowClass || typeof rowClass._updateItemsInRange !== 'function') return false;
  if (patched.has(rowClass)) return true;
  patched.add(rowClass);
  for (const type of Object.values(types)) batchItems(type);
  batchRows(rowClass);
  return true;
}

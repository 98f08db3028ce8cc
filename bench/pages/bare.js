// A bare vis-timeline page: the same esnext builds, items, groups and options as the app
// (src/timeline/), without React, validation or filters. Driven by bench/run.mjs via window.bench.
// URL: bare.html?data=/bench-data/events-1000.json&width=968&filter=dataview|dataset&window=fit|span|park
//   window=fit (default): no start/end, vis-timeline fits the items itself (the plain way to use it;
//     the benchmark's "bare vis-timeline").
//   window=span: all items and start/end at construction, as the app did before 3099015.
//   window=park: built with no items and no start/end (so vis-timeline shows itself at its first
//     draw), then the items are added while the window is parked on an empty range, and the window is
//     moved to the span: one queued draw instead of one forced layout per item. Items coming back
//     after a filter are added the same way. What the app did from 7addf92 to ec4cc19.
//   window=span-park: the same with start/end in the options, as at 3099015: vis-timeline then keeps
//     itself hidden until its one-second resize check.
// Prototypes for docs/performance.md (with window=park):
//   bins=N: counts instead of boxes while the window holds more than N events: one range item per row
//     and month ("37"), swapped for the boxes near the window when fewer are in view. Fit all then
//     shows the dataset's span. The app does this since ec4cc19 (src/timeline/plan-items.ts), with
//     the period chosen from the zoom.
//   cv=1: content-visibility: auto on the rows (bare.css).
//   cluster=N: vis-timeline's own clustering.
import { Timeline } from 'vis-timeline/esnext';
import { DataSet, DataView } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './bare.css';

const DAY = 24 * 60 * 60 * 1000;
const MIN_RANGE_DAYS = 28;
const params = new URLSearchParams(location.search);
const mode = params.get('filter') ?? 'dataview';
const windowMode = params.get('window') ?? 'fit';
const container = document.getElementById('timeline');
if (params.get('width')) container.style.setProperty('--bench-width', `${Number(params.get('width'))}px`);
if (params.get('cv')) container.classList.add('cv');

const toLocalDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const addDays = (iso, days) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
function contrastText(hex) {
  const ch = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
function el(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}
const primaryActor = (e) => (e.actors.find((a) => a.role === 'perpetrator') ?? e.actors[0])?.actor ?? '';

/** The same item shape as src/timeline/to-timeline-items.ts (DOM content and tooltip). */
function toItem(event, typeById) {
  const type = typeById.get(event.type);
  const tooltip = document.createElement('div');
  tooltip.className = 'et-tooltip';
  tooltip.append(el('strong', event.title), el('div', `${event.date} · ${type?.label ?? event.type}`));
  const isRange = Boolean(event.endDate && event.endDate >= addDays(event.date, MIN_RANGE_DAYS));
  return {
    id: event.id,
    group: primaryActor(event),
    start: toLocalDate(event.date),
    ...(isRange ? { end: toLocalDate(addDays(event.endDate, 1)) } : {}),
    type: isRange ? 'range' : 'box',
    content: el('span', event.title, 'et-item-label'),
    title: tooltip,
    className: 'et-item',
    style: `--et-color: ${type?.color ?? '#64748b'}; --et-text: ${type ? contrastText(type.color) : '#ffffff'}`,
  };
}

/** The app's spanOf: a little room before the first event, more after the last. */
function spanOf(events) {
  let first = events[0]?.date ?? '2000-01-01';
  let last = first;
  for (const e of events) {
    if (e.date < first) first = e.date;
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  const days = (toLocalDate(last).getTime() - toLocalDate(first).getTime()) / DAY;
  const before = Math.max(10, Math.round(days / 50));
  const after = Math.max(30, Math.round(days / 8));
  return { start: toLocalDate(addDays(first, -before)), end: toLocalDate(addDays(last, after)) };
}

function showDetails(event) {
  const box = document.getElementById('details');
  box.replaceChildren();
  if (!event) return;
  const dialog = document.createElement('section');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', event.title);
  dialog.append(el('h2', event.title), el('p', event.date), el('p', event.summary));
  const list = document.createElement('ul');
  for (const s of event.sources) {
    const a = el('a', s.title);
    a.href = s.url;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  dialog.append(list);
  box.append(dialog);
}

async function main() {
  const response = await fetch(params.get('data') ?? '/bench-data/events-1000.json');
  const dataset = await response.json();
  const events = dataset.events;
  const typeById = new Map(dataset.eventTypes.map((t) => [t.id, t]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const allItems = events.map((e) => toItem(e, typeById));
  const parking = windowMode === 'park' || windowMode === 'span-park';
  const items = new DataSet(parking ? [] : allItems);
  const usedGroups = new Set(events.map(primaryActor));
  const groups = new DataSet(
    dataset.actors
      .map((a, order) => ({ a, order }))
      .filter(({ a }) => usedGroups.has(a.id))
      .map(({ a, order }) => ({
        id: a.id,
        content: el('span', a.shortName ?? a.name, 'et-group-label'),
        order,
        className: 'et-group',
      })),
  );
  // The benchmark's "half" filter: events that involve the actor "iran" (as the app's actor filter).
  const half = (e) => e.actors.some((a) => a.actor === 'iran');
  const halfIds = new Set(events.filter(half).map((e) => e.id));
  let filtered = false;
  const view = new DataView(items, { filter: (item) => !filtered || halfIds.has(item.id) });

  const span = spanOf(events);
  // An empty stretch before the data: items added while it is in view are not drawn one by one.
  const parked = {
    start: new Date(span.start.getTime() - 8 * DAY),
    end: new Date(span.start.getTime() - DAY),
  };
  const initial = windowMode === 'span' || windowMode === 'span-park' ? span : {};
  const timeline = new Timeline(container, mode === 'dataview' ? view : items, groups, {
    ...initial,
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
    zoomKey: 'ctrlKey',
    horizontalScroll: true,
    verticalScroll: true,
    maxHeight: '70vh',
    minHeight: 240,
    groupOrder: 'order',
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
    locale: 'en',
    // Diagnosis only (not used by the benchmark's pages): &cluster=N clusters overlapping items.
    ...(params.get('cluster')
      ? {
          cluster: {
            maxItems: Number(params.get('cluster')),
            titleTemplate: '{count} events',
            showStipes: false,
          },
        }
      : {}),
  });
  /** Runs change() with the window parked on an empty range, then puts it on `to` (default: back). */
  const parkedWhile = (change, to = timeline.getWindow()) => {
    if (!parking) return change();
    timeline.setWindow(parked.start, parked.end, { animation: false });
    change();
    timeline.setWindow(to.start, to.end, { animation: false });
  };
  if (parking) {
    // vis-timeline's own 'changed' handler ran first: it is visible now, still empty.
    const onFirst = () => {
      timeline.off('changed', onFirst);
      if (binLimit) parkedWhile(() => items.add(binsOf(events)), span);
      else parkedWhile(() => items.add(allItems), span);
    };
    timeline.on('changed', onFirst);
  }
  const binLimit = Number(params.get('bins') ?? 0);
  let current = events;
  const itemById = new Map(allItems.map((i) => [i.id, i]));
  /** One range item per row and month with the number of events in it. */
  const binsOf = (list) => {
    const counts = new Map();
    for (const e of list) {
      const key = `${primaryActor(e)}|${e.date.slice(0, 7)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, n]) => {
      const [group, ym] = key.split('|');
      const [y, m] = ym.split('-').map(Number);
      return {
        id: `bin:${key}`,
        group,
        start: new Date(y, m - 1, 1),
        end: new Date(y, m, 1),
        type: 'range',
        content: String(n),
        className: 'et-bin',
      };
    });
  };
  let swapping = false;
  /** Shows counts or boxes for the window, adding while parked. */
  const render = () => {
    if (!binLimit || swapping) return;
    swapping = true;
    const w = timeline.getWindow();
    const width = w.end - w.start;
    const near = current.filter((e) => {
      const t = toLocalDate(e.date).getTime();
      return t >= w.start.getTime() - width && t <= w.end.getTime() + width;
    });
    const inView = near.filter((e) => {
      const t = toLocalDate(e.date).getTime();
      return t >= w.start.getTime() && t <= w.end.getTime();
    }).length;
    const next = inView > binLimit ? binsOf(current) : near.map((e) => itemById.get(e.id));
    const wanted = new Set(next.map((i) => i.id));
    const gone = items.getIds().filter((id) => !wanted.has(id));
    const added = next.filter((i) => !items.get(i.id));
    if (gone.length) items.remove(gone);
    if (added.length) parkedWhile(() => items.add(added), w);
    swapping = false;
  };
  if (binLimit) timeline.on('rangechange', render);
  timeline.on('select', ({ items: ids }) => showDetails(eventById.get(String(ids[0]))));
  document.getElementById('status').textContent = `Showing ${events.length} of ${events.length} events`;

  let removed = [];
  window.bench = {
    timeline,
    total: events.length,
    halfCount: halfIds.size,
    mode,
    // Hiding is cheap: items are only taken out of the DOM. Only additions are parked.
    filterHalf: () => {
      if (binLimit) {
        current = events.filter((e) => halfIds.has(e.id));
        return render();
      }
      if (mode === 'dataview') {
        filtered = true;
        view.refresh();
      } else {
        removed = items.get({ filter: (item) => !halfIds.has(item.id) });
        items.remove(removed.map((i) => i.id));
      }
    },
    restoreAll: () =>
      binLimit
        ? ((current = events), render())
        : parkedWhile(() => {
            if (mode === 'dataview') {
              filtered = false;
              view.refresh();
            } else {
              items.add(removed);
              removed = [];
            }
          }),
    zoomIn: () => timeline.zoomIn(1, { animation: false }),
    fit: () =>
      binLimit
        ? timeline.setWindow(span.start, span.end, { animation: false })
        : timeline.fit({ animation: false }),
    window: () => {
      const w = timeline.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
  };
}

main().catch((error) => {
  document.getElementById('status').textContent = `Failed: ${error}`;
  throw error;
});

// A bare vis-timeline page: the same esnext builds, items, groups and options as the app
// (src/timeline/), without React, validation or filters. Driven by bench/run.mjs via window.bench.
// URL: bare.html?data=/bench-data/events-1000.json&width=968&filter=dataview|dataset&window=fit|span|park
//   window=fit (default): no start/end, vis-timeline fits the items itself (the plain way to use it).
//   window=span: start/end as the app passes them (src/timeline/timeline-view.tsx).
//   window=park: the window parked on an empty range while items are added, then moved to the span;
//     filter changes park it too. A prototype of the fix proposed in docs/performance.md.
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
  const items = new DataSet(events.map((e) => toItem(e, typeById)));
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
  const parked = { start: new Date(span.start.getTime() - 8 * DAY), end: new Date(span.start.getTime() - DAY) };
  const initial = windowMode === 'span' ? span : windowMode === 'park' ? parked : {};
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
  });
  if (windowMode === 'park') {
    const onFirst = () => {
      timeline.off('changed', onFirst);
      timeline.setWindow(span.start, span.end, { animation: false });
    };
    timeline.on('changed', onFirst);
  }
  /** Runs change() with the window parked on an empty range, then puts the window back. */
  const parkedWhile = (change) => {
    if (windowMode !== 'park') return change();
    const { start, end } = timeline.getWindow();
    timeline.setWindow(parked.start, parked.end, { animation: false });
    change();
    timeline.setWindow(start, end, { animation: false });
  };
  timeline.on('select', ({ items: ids }) => showDetails(eventById.get(String(ids[0]))));
  document.getElementById('status').textContent = `Showing ${events.length} of ${events.length} events`;

  let removed = [];
  window.bench = {
    timeline,
    total: events.length,
    halfCount: halfIds.size,
    mode,
    filterHalf: () =>
      parkedWhile(() => {
        if (mode === 'dataview') {
          filtered = true;
          view.refresh();
        } else {
          removed = items.get({ filter: (item) => !halfIds.has(item.id) });
          items.remove(removed.map((i) => i.id));
        }
      }),
    restoreAll: () =>
      parkedWhile(() => {
        if (mode === 'dataview') {
          filtered = false;
          view.refresh();
        } else {
          items.add(removed);
          removed = [];
        }
      }),
    zoomIn: () => timeline.zoomIn(1, { animation: false }),
    fit: () => timeline.fit({ animation: false }),
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

// A bare vis-timeline page: the same esnext builds, and the app's own items, rows, options and item CSS
// (src/timeline/), without React, validation or filters. Driven by bench/scenarios/bare.mjs via window.bench.
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
// The app's own item look, items, rows, span and options, so the comparison stays like for like.
import '../../src/timeline/timeline.css';
import { contrastText, primaryActor } from '../../src/dataset/vocab';
import { toLocalDate } from '../../src/lib/dates';
import { parkingWindow, spanOf, timelineOptions } from '../../src/timeline/timeline-options';
import {
  eventIdOf,
  eventItemId,
  groupItemId,
  toTimelineGroups,
  toTimelineItem,
} from '../../src/timeline/to-timeline-items';
import './bare.css';

const params = new URLSearchParams(location.search);
const mode = params.get('filter') ?? 'dataview';
const windowMode = params.get('window') ?? 'fit';
const container = document.getElementById('timeline');
if (params.get('width')) container.style.setProperty('--bench-width', `${Number(params.get('width'))}px`);
if (params.get('cv')) container.classList.add('cv');

function el(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
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
  // The part of the app's vocabulary that items and rows read (no search index, no links).
  const vocab = {
    actors: dataset.actors,
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    typeById: new Map(
      dataset.eventTypes.map((t) => [t.id, { type: t, color: t.color, textColor: contrastText(t.color) }]),
    ),
  };
  const eventById = new Map(events.map((e) => [e.id, e]));
  const allItems = events.map((e) => toTimelineItem(e, vocab, 'actor'));
  const parking = windowMode === 'park' || windowMode === 'span-park';
  const items = new DataSet(parking ? [] : allItems);
  const groups = new DataSet(toTimelineGroups(events, vocab, 'actor'));
  // The benchmark's "half" filter: events that involve the actor "iran" (as the app's actor filter).
  const half = (e) => e.actors.some((a) => a.actor === 'iran');
  const halfIds = new Set(events.filter(half).map((e) => e.id));
  let filtered = false;
  const view = new DataView(items, { filter: (item) => !filtered || halfIds.has(eventIdOf(item.id)) });

  const span = spanOf(events);
  // An empty stretch before the data: items added while it is in view are not drawn one by one.
  const parked = parkingWindow(span);
  const initial = windowMode === 'span' || windowMode === 'span-park' ? span : {};
  const timeline = new Timeline(container, mode === 'dataview' ? view : items, groups, {
    ...timelineOptions(span, undefined),
    ...initial,
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
        id: `c:${key}`,
        group: groupItemId(group),
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
    const next = inView > binLimit ? binsOf(current) : near.map((e) => itemById.get(eventItemId(e.id)));
    const wanted = new Set(next.map((i) => i.id));
    const gone = items.getIds().filter((id) => !wanted.has(id));
    const added = next.filter((i) => !items.get(i.id));
    if (gone.length) items.remove(gone);
    if (added.length) parkedWhile(() => items.add(added), w);
    swapping = false;
  };
  if (binLimit) timeline.on('rangechange', render);
  timeline.on('select', ({ items: ids }) => showDetails(eventById.get(eventIdOf(ids[0] ?? ''))));
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
        removed = items.get({ filter: (item) => !halfIds.has(eventIdOf(item.id)) });
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

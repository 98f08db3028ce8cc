// TimelineJS3 drawing the same events, in its JSON format. Driven by bench/scenarios/timelinejs.mjs via window.bench.
// URL: timelinejs.html?data=/bench-data/events-1000.json
/* global TL */
const params = new URLSearchParams(location.search);
const container = document.getElementById('timeline-embed');

const parts = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const primaryActor = (e) => (e.actors.find((a) => a.role === 'perpetrator') ?? e.actors[0])?.actor ?? '';

const OPTIONS = {
  // Everything TimelineJS would fetch by itself comes from 127.0.0.1: the script path (locale files),
  // a local font stylesheet instead of font.default.css (fonts.gstatic.com), the built-in English.
  script_path: new URL('/tl/js/', location.href).href,
  font: new URL('./tl-font.css', location.href).href,
  language: 'en',
  hash_bookmark: false,
  ga_property_id: null,
  timenav_position: 'bottom',
};

function draw(events, actorName) {
  const data = {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.date),
      ...(e.endDate ? { end_date: parts(e.endDate) } : {}),
      text: { headline: e.title, text: e.summary },
      group: actorName.get(primaryActor(e)),
    })),
  };
  container.replaceChildren();
  window.__tlReady = false;
  const timeline = new TL.Timeline(container, data, OPTIONS);
  timeline.on('ready', () => {
    window.__tlReady = true;
  });
  return timeline;
}

async function main() {
  const response = await fetch(params.get('data') ?? '/bench-data/events-1000.json');
  const dataset = await response.json();
  const events = dataset.events;
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.shortName ?? a.name]));
  const half = events.filter((e) => e.actors.some((a) => a.actor === 'iran'));
  let timeline = draw(events, actorName);
  window.bench = {
    total: events.length,
    halfCount: half.length,
    get timeline() {
      return timeline;
    },
    // TimelineJS has no filter: a page shows a subset by building the timeline again.
    filterHalf() {
      timeline = draw(half, actorName);
    },
    restoreAll() {
      timeline = draw(events, actorName);
    },
    // zoom_sequence [.5,1,2,...,89]: the factor is how many screen widths the whole span takes.
    // At 89 one screen is about a month of a six-year span; at 1 the full range fits one screen.
    zoomMonth: () => timeline.setZoom(10),
    zoomFull: () => timeline.setZoom(1),
    open: (id) => timeline.goToId(id),
  };
}

main().catch((error) => {
  container.textContent = `Failed: ${error}`;
  throw error;
});

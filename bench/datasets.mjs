// The benchmark's datasets: where they live, how they are written, and the facts about each that the
// scenarios need (how many events the "half" filter keeps, an event in the middle, the search word).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_SIZES = [100, 1000, 10_000];
export const DATA_DIR = join(import.meta.dirname, '.data');
const ROOT = resolve(import.meta.dirname, '..');

/** @param {number} size  @param {string} [dir] */
export function datasetPath(size, dir = DATA_DIR) {
  return join(dir, `events-${size}.json`);
}

/**
 * Writes one file per size, each checked by the app's own parser first (bench/write-datasets.ts,
 * which imports the app's TypeScript and so runs under tsx). Throws when a dataset is refused.
 * @param {number[]} sizes
 */
export function writeDatasets(sizes) {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'write-datasets.ts'), '--sizes', sizes.join(',')],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

/** @param {number} size */
export function datasetInfo(size) {
  const data = JSON.parse(readFileSync(datasetPath(size), 'utf8'));
  const events = data.events;
  const last = events.reduce((m, e) => ((e.endDate ?? e.date) > m ? (e.endDate ?? e.date) : m), '');
  const days = (Date.parse(last) - Date.parse(events[0].date)) / 864e5;
  // The app's window: the span plus 1/50 before and 1/8 after (src/timeline/timeline-options.ts).
  const windowDays = days + Math.max(10, days / 50) + Math.max(30, days / 8);
  return {
    size,
    total: events.length,
    half: events.filter((e) => e.actors.some((a) => a.actor === 'iran')).length,
    firstYear: Number(events[0].date.slice(0, 4)),
    lastYear: Number(events.at(-1).date.slice(0, 4)),
    // "Zoom in" halves the window (zoomIn(1)): this many presses bring it to about a month.
    zoomSteps: Math.max(1, Math.round(Math.log2(windowDays / 30))),
    midId: events[Math.floor(events.length / 2)].id,
    // A tag: the app's text search (src/filters/apply-filters.ts) matches titles, summaries, actor
    // names and aliases, tags and publishers.
    query: 'wiper',
    queryCount: events.filter((e) => {
      const actors = e.actors.flatMap(({ actor }) => {
        const a = data.actors.find((x) => x.id === actor);
        return a ? [a.name, a.shortName ?? '', ...a.aliases] : [];
      });
      const text = [e.title, e.summary, ...actors, ...e.tags, ...e.sources.map((s) => s.publisher)];
      return text.join('\n').toLowerCase().includes('wiper');
    }).length,
    width: 968,
  };
}

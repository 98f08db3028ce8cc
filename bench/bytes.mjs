// What each page makes a reader download before the first view (gzip, zlib default level), and two
// checks on the app's bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleBytes } from '../tools/bundle-bytes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = join(import.meta.dirname, 'pages');

/**
 * First-load bytes of the app snapshot, the bare page build and the TimelineJS page.
 * @param {{ app: string, bare: string, timelinejs: string }} dirs  the folders served for each
 */
export function firstLoadBytesOfPages(dirs) {
  const bytes = {
    app: firstLoadBytes(join(dirs.app, 'index.html'), (ref) => join(dirs.app, ref.replace(/^\.?\//, ''))),
    bare: firstLoadBytes(join(dirs.bare, 'bare.html'), (ref) =>
      join(dirs.bare, ref.replace(/^\/bench\/bare\//, '')),
    ),
    timelinejs: bytesOf([
      join(dirs.timelinejs, 'js', 'timeline.js'),
      join(dirs.timelinejs, 'css', 'timeline.css'),
      join(PAGES_DIR, 'timelinejs.js'),
      join(PAGES_DIR, 'timelinejs.css'),
      join(PAGES_DIR, 'tl-font.css'),
    ]),
  };
  // Every chunk, not only the first load: moment lives in the timeline's own chunk.
  const assets = join(dirs.app, 'assets');
  bytes.app.checks = bundleChecks(readdirSync(assets).map((f) => join(assets, f)));
  // The first load plus the timeline's own chunk: what the timeline view costs.
  bytes.app.timelineView = { gzip: bundleBytes(dirs.app).timelineView.gzip };
  return bytes;
}

/** Scripts, stylesheets and module preloads an HTML file loads, gzip sizes (zlib default level). */
function firstLoadBytes(htmlFile, mapUrl) {
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/rel="(stylesheet|modulepreload)"/.test(tag)) refs.push(/href="([^"]+)"/.exec(tag)[1]);
  }
  return bytesOf(refs.map((ref) => mapUrl(ref)).filter(Boolean));
}

function bytesOf(files) {
  const out = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] };
  for (const file of files) {
    const body = readFileSync(file);
    const kind = /\.css$/.test(file) ? 'css' : 'js';
    const gz = gzipSync(body).length;
    out[kind].raw += body.length;
    out[kind].gzip += gz;
    out.files.push({ file: file.replace(`${ROOT}/`, ''), raw: body.length, gzip: gz });
  }
  return out;
}

function bundleChecks(files) {
  const js = files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const count = (re) => (js.match(re) ?? []).length;
  return {
    // moment's deprecation helper text appears once per copy of moment.
    momentCopies: count(/Deprecation warning: /g),
    // January in moment's bundled locales (fr, nl, de, es, it, pt, ru, pl, sv, tr): none expected.
    foreignLocales: count(/janvier|januari|Januar_|enero|gennaio|janeiro|январ|stycz|januari_|ocak/g),
  };
}

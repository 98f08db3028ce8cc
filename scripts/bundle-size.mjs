// Keeps the JavaScript budgets of a build: what index.html loads (first load) and what the
// timeline view adds (its own chunk). Sizes are gzip at zlib's default level, 1 kB = 1,000 bytes,
// as the benchmark counts them. Usage: node scripts/bundle-size.mjs [dist]; exits 1 on FAIL.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_LOAD_KB = 120;
const TIMELINE_VIEW_KB = 200;

const dist = resolve(process.argv[2] ?? 'dist');
const htmlFile = join(dist, 'index.html');
if (!existsSync(htmlFile)) {
  console.error(`No ${htmlFile}: run "npx vite build" first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipOf = (file) => gzipSync(readFileSync(file)).length;
const assets = join(dist, 'assets');

/** Scripts and module preloads index.html names, as files in dist. */
function firstLoadFiles(html) {
  const files = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel="modulepreload"/.test(tag)) continue;
    const ref = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (ref && !/^(https?:)?\/\//.test(ref)) files.push(join(dist, ref.replace(/^\.?\//, '')));
  }
  return files;
}

/** The chunks a chunk imports statically (loaded with it), followed to the end. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, ref] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
    withStaticImports(join(assets, ref), seen);
  }
  return seen;
}

/** The chunk that holds src/timeline/, found by its source map so a renamed file still counts. */
function timelineChunk() {
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const mapFile = join(assets, `${name}.map`);
    if (!existsSync(mapFile)) continue;
    const { sources } = JSON.parse(readFileSync(mapFile, 'utf8'));
    if (sources.some((s) => /(^|\/)src\/timeline\//.test(s))) return join(assets, name);
  }
  return null;
}

const first = firstLoadFiles(readFileSync(htmlFile, 'utf8'));
const firstSet = new Set(first.flatMap((f) => [...withStaticImports(f)]));
const firstBytes = [...firstSet].reduce((sum, f) => sum + gzipOf(f), 0);

const chunk = timelineChunk();
const timelineFiles = chunk ? [...withStaticImports(chunk)].filter((f) => !firstSet.has(f)) : [];
const timelineBytes = timelineFiles.reduce((sum, f) => sum + gzipOf(f), 0);

const rows = [
  ['First-load JS', firstBytes, FIRST_LOAD_KB, [...firstSet]],
  [
    'Timeline view JS (first load + timeline chunk)',
    firstBytes + timelineBytes,
    TIMELINE_VIEW_KB,
    timelineFiles,
  ],
];

let failed = false;
for (const [label, bytes, budget, files] of rows) {
  const pass = bytes <= budget * 1000;
  failed ||= !pass;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${kb(bytes)} gzip (budget ${budget} kB)`);
  for (const f of files) console.log(`        ${basename(f)}  ${kb(gzipOf(f))}`);
}
const counted = new Set([...firstSet, ...timelineFiles]);
const others = readdirSync(assets).filter((n) => n.endsWith('.js') && !counted.has(join(assets, n)));
if (others.length) {
  console.log('      Loaded on demand (the dataset validator starts with the dataset):');
  for (const n of others) console.log(`        ${n}  ${kb(gzipOf(join(assets, n)))}`);
}
if (chunk && firstSet.has(chunk)) {
  console.log('FAIL  The timeline is part of the first load: it should be its own chunk.');
  failed = true;
}
if (!chunk) {
  console.log('FAIL  No chunk holds src/timeline/ (no source maps?).');
  failed = true;
}
process.exit(failed ? 1 : 0);

// Keeps the JavaScript budgets of a build: what index.html loads (first load) and what the
// timeline view adds (its own chunk). Sizes are gzip at zlib's default level, 1 kB = 1,000 bytes,
// as the benchmark counts them (tools/bundle-bytes.mjs). Usage: node scripts/bundle-size.mjs
// [dist]; exits 1 on FAIL.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { bundleBytes, gzipOf } from '../tools/bundle-bytes.mjs';

const FIRST_LOAD_KB = 120;
const TIMELINE_VIEW_KB = 200;

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No ${join(dist, 'index.html')}: run "npx vite build" first.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const { assets, chunk, timelineInFirstLoad, firstLoad, timelineView } = bundleBytes(dist);

const rows = [
  ['First-load JS', firstLoad.gzip, FIRST_LOAD_KB, firstLoad.files],
  ['Timeline view JS (first load + timeline chunk)', timelineView.gzip, TIMELINE_VIEW_KB, timelineView.files],
];

let failed = false;
for (const [label, bytes, budget, files] of rows) {
  const pass = bytes <= budget * 1000;
  failed ||= !pass;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${kb(bytes)} gzip (budget ${budget} kB)`);
  for (const f of files) console.log(`        ${basename(f)}  ${kb(gzipOf(f))}`);
}
const counted = new Set([...firstLoad.files, ...timelineView.files]);
const others = readdirSync(assets).filter((n) => n.endsWith('.js') && !counted.has(join(assets, n)));
if (others.length) {
  console.log('      Loaded on demand (the dataset validator starts with the dataset):');
  for (const n of others) console.log(`        ${n}  ${kb(gzipOf(join(assets, n)))}`);
}
if (timelineInFirstLoad) {
  console.log('FAIL  The timeline is part of the first load: it should be its own chunk.');
  failed = true;
}
if (!chunk) {
  console.log('FAIL  No chunk holds src/timeline/ (no source maps?).');
  failed = true;
}
process.exit(failed ? 1 : 0);

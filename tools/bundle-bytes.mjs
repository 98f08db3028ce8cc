// What a build makes a reader download: the scripts and module preloads index.html names (first
// load), and what the timeline view adds (its own chunk and what that chunk imports). Gzip at
// zlib's default level, as Vite reports it. Shared by `npm run size` and the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipOf = (file) => gzipSync(readFileSync(file)).length;

/** Scripts and module preloads an index.html names, as files in `dist`. */
function firstLoadFiles(dist, html) {
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
function withStaticImports(assets, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, ref] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
    withStaticImports(assets, join(assets, ref), seen);
  }
  return seen;
}

/** The chunk that holds src/timeline/, found by its source map so a renamed file still counts. */
function timelineChunk(assets) {
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const mapFile = join(assets, `${name}.map`);
    if (!existsSync(mapFile)) continue;
    const { sources } = JSON.parse(readFileSync(mapFile, 'utf8'));
    if (sources.some((s) => /(^|\/)src\/timeline\//.test(s))) return join(assets, name);
  }
  return null;
}

/**
 * The JavaScript of a build's first load and of its timeline view, as files and gzip bytes.
 * @param {string} dist  a folder holding index.html and assets/
 */
export function bundleBytes(dist) {
  const assets = join(dist, 'assets');
  const first = firstLoadFiles(dist, readFileSync(join(dist, 'index.html'), 'utf8'));
  const firstSet = new Set(first.flatMap((f) => [...withStaticImports(assets, f)]));
  const chunk = timelineChunk(assets);
  const timelineFiles = chunk ? [...withStaticImports(assets, chunk)].filter((f) => !firstSet.has(f)) : [];
  const sum = (files) => files.reduce((n, f) => n + gzipOf(f), 0);
  const firstBytes = sum([...firstSet]);
  return {
    assets,
    chunk,
    /** The timeline's code is part of the first load (it should be its own chunk). */
    timelineInFirstLoad: chunk !== null && firstSet.has(chunk),
    firstLoad: { files: [...firstSet], gzip: firstBytes },
    timelineView: { files: timelineFiles, gzip: firstBytes + sum(timelineFiles) },
  };
}

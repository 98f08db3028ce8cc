// The benchmark's static server on 127.0.0.1: the app build at /, the generated datasets at
// /bench-data/, the bare page build at /bench/bare/, the TimelineJS page at /bench/pages/ and the
// TimelineJS package at /tl/. Same headers as e2e/serve.mjs; the app gets exactly its strict CSP.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { CSP } from '../e2e/serve.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json',
};

// TimelineJS writes style attributes through innerHTML, which style-src 'self' would block; it still
// may not reach any other host.
const TIMELINEJS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** @param {{ app: string, data: string, bare: string, pages: string, timelinejs: string }} dirs */
export function startServer(dirs, port = 0) {
  const mounts = [
    ['/bench-data/', resolve(dirs.data), CSP],
    ['/bench/bare/', resolve(dirs.bare), CSP],
    ['/bench/pages/', resolve(dirs.pages), TIMELINEJS_CSP],
    ['/tl/', resolve(dirs.timelinejs), TIMELINEJS_CSP],
    ['/', resolve(dirs.app), CSP],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const [prefix, root, csp] = mounts.find(([p]) => path.startsWith(p));
    let file = normalize(join(root, path.slice(prefix.length - 1)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ server, port: server.address().port })),
  );
}

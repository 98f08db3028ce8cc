// Serves the production build on 127.0.0.1 with the strict Content-Security-Policy we recommend,
// so every browser test also proves the app runs under it. Usage: node tools/serve.mjs [port] [dir]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self' https:; base-uri 'none'; form-action 'none'; object-src 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json',
};

/**
 * A static server on 127.0.0.1 for folders mounted at URL prefixes, each with its own CSP.
 * @param {[prefix: string, dir: string, csp: string][]} mounts  most specific prefix first; '/' last
 * @param {number} port  0 for any free port
 * @param {{ redirects?: boolean }} options  `redirects`: /__redirect?to=<url> answers 302 to that
 *   address, for tests of where data really came from
 * @returns {Promise<{ server: import('node:http').Server, port: number }>}
 */
export function serveMounts(mounts, port = 0, { redirects = false } = {}) {
  const roots = mounts.map(([prefix, dir, csp]) => [prefix, resolve(dir), csp]);
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(requested.pathname);
    if (redirects && path === '/__redirect') {
      res.writeHead(302, { Location: requested.searchParams.get('to') ?? '/' }).end();
      return;
    }
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const [prefix, root, csp] = mount;
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

/** The app's build folder at / under the strict CSP. */
export async function serve(port, dir) {
  return (await serveMounts([['/', dir, CSP]], port)).server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 4174);
  await serve(port, process.argv[3] ?? 'dist');
  console.log(`serving on http://127.0.0.1:${port}/`);
}

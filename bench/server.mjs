// The benchmark's static server on 127.0.0.1: the app build at /, the generated datasets at
// /bench-data/, the bare page build at /bench/bare/, the TimelineJS page at /bench/pages/ and the
// TimelineJS package at /tl/. Same headers as tools/serve.mjs; the app gets exactly its strict CSP.
import { CSP, serveMounts } from '../tools/serve.mjs';

// TimelineJS writes style attributes through innerHTML, which style-src 'self' would block; it still
// may not reach any other host.
const TIMELINEJS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** @param {{ app: string, data: string, bare: string, pages: string, timelinejs: string }} dirs */
export function startServer(dirs, port = 0) {
  return serveMounts(
    [
      ['/bench-data/', dirs.data, CSP],
      ['/bench/bare/', dirs.bare, CSP],
      ['/bench/pages/', dirs.pages, TIMELINEJS_CSP],
      ['/tl/', dirs.timelinejs, TIMELINEJS_CSP],
      ['/', dirs.app, CSP],
    ],
    port,
  );
}

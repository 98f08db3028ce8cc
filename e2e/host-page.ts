import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * A news page on another origin (another port) that embeds the timeline with the snippet the README
 * gives out. Its query may set the frame's own query (`src`), its other attributes (`attrs`), its
 * height (`height`) and the pixels of article above it (`above`); `frame` gives the defaults.
 */
export async function startHostPage(
  baseURL: string,
  frame: { src: string; attrs?: string; height?: number },
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    const src = query.get('src') ?? frame.src;
    const attrs = query.get('attrs') ?? frame.attrs ?? 'loading="lazy"';
    const height = Number(query.get('height') ?? frame.height ?? 600);
    const above = Number(query.get('above') ?? 0);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Host article</title>
      <meta name="viewport" content="width=device-width"></head><body style="margin:0">
      <h1>An article</h1>
      <div style="height:${above}px">Article text.</div>
      <iframe src="${baseURL}?${src}" title="Timeline (interactive timeline)" width="100%" height="${height}"
        style="border:0" ${attrs} data-escalation-timeline sandbox="${SANDBOX}"></iframe>
      <p>After the timeline.</p>
      <script src="${baseURL}embed.js" async></script>
    </body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

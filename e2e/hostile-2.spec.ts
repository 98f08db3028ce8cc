import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CSP, serveMounts } from './serve.mjs';
import { expect, test } from './fixtures';

/** A small valid dataset, as another host would serve it. */
function foreignDataset() {
  return {
    title: 'Foreign data',
    description: 'Served by another host.',
    updated: '2024-01-01',
    actors: [{ id: 'a', name: 'Actor A', kind: 'state' }],
    eventTypes: [{ id: 't', label: 'Type T', description: 'A type.', color: '#334155' }],
    events: [
      {
        id: 'e1',
        date: '2020-01-02',
        datePrecision: 'day',
        title: 'Event one',
        summary: 'Something happened.',
        type: 't',
        actors: [{ actor: 'a', role: 'perpetrator' }],
        sources: [{ url: 'https://example.org/1', publisher: 'P', title: 'S', kind: 'news' }],
      },
    ],
  };
}

/**
 * A redirect to another origin, for real: page.route never sees the hops of a redirect, so the
 * same-site address is a true 302 from a second copy of the test server, to a data host on
 * `localhost` (another origin, still this machine). That copy's CSP allows the data host, as a
 * site loading data from it would.
 */
let app: { server: Server; port: number };
let data: { server: Server; port: number };

test.beforeAll(async () => {
  const body = JSON.stringify(foreignDataset());
  const dataServer = createServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(body),
  );
  await new Promise<void>((done) => dataServer.listen(0, '127.0.0.1', done));
  data = { server: dataServer, port: (dataServer.address() as AddressInfo).port };
  const csp = CSP.replace("connect-src 'self'", `connect-src 'self' http://localhost:${data.port}`);
  app = await serveMounts([['/', fileURLToPath(new URL('../dist', import.meta.url)), csp]], 0, {
    redirects: true,
  });
});

test.afterAll(() => {
  app.server.close();
  data.server.close();
});

function redirectedDataPage(extra = '') {
  const redirect = `/__redirect?to=${encodeURIComponent(`http://localhost:${data.port}/events.json`)}`;
  return `http://127.0.0.1:${app.port}/?data=${encodeURIComponent(redirect)}${extra}`;
}

test.describe('a same-site data address that redirects to another host', () => {
  test('the page names the host the data came from', async ({ page }) => {
    await page.goto(redirectedDataPage());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign data');
    await expect(page.getByText(`Data from localhost:${data.port}`)).toBeVisible();
  });

  test('the embed footer names it too', async ({ page }) => {
    await page.goto(redirectedDataPage('&embed=1'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreign data');
    await expect(page.getByRole('contentinfo')).toContainText(`from localhost:${data.port}`);
  });
});

test.describe('a frame sandboxed without allow-same-origin', () => {
  test('shows why the timeline cannot start instead of a blank frame', async ({ page, watch }) => {
    // The browser refuses the app's module scripts to a document whose origin is null.
    watch.allowConsole('CORS policy');
    watch.allowConsole('Failed to load resource');
    await page.route(
      (url) => url.pathname === '/sandboxed.html',
      (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>Host page</title><iframe title="Timeline" sandbox="allow-scripts" src="/?embed=1" width="800" height="600"></iframe>',
        }),
    );
    await page.goto('./sandboxed.html');
    const frame = page.frameLocator('iframe[title="Timeline"]');
    await expect(frame.getByText('Loading the timeline…')).toBeVisible();
    await expect(frame.getByText(/If this message stays, the timeline cannot start here/)).toBeVisible({
      timeout: 10_000,
    });
  });

  test('the note is replaced as soon as the app starts', async ({ page }) => {
    await page.goto('./?view=list');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading the timeline…')).toHaveCount(0);
    await expect(page.getByText(/If this message stays/)).toHaveCount(0);
  });
});

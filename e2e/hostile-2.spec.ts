import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CSP, serveMounts } from '../tools/serve.mjs';
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

const bidi = JSON.parse(
  readFileSync(new URL('../src/test/fixtures/bidi-payloads.json', import.meta.url), 'utf8'),
) as { openControls: string[] };

/** Every text field ends in a direction control left open (RLO, RLE, RLI…). */
function bidiDataset() {
  const open = bidi.openControls;
  const t = (name: string, i = 0) => `${name} ${open[i % open.length]}`;
  const ids = [0, 1, 2, 3, 4, 5];
  return {
    title: t('Dataset title'),
    description: t('Dataset description', 1),
    updated: '2024-01-01',
    license: t('Licence', 2),
    actors: ids.map((i) => ({
      id: `a${i}`,
      name: t(`Actor ${i}`, i),
      shortName: t(`A${i}`, i + 1),
      kind: 'state',
      aliases: [t(`Alias ${i}`, i)],
    })),
    eventTypes: [0, 1].map((i) => ({
      id: `t${i}`,
      label: t(`Type ${i}`, i),
      description: t(`Type description ${i}`, i),
      color: '#334155',
    })),
    events: ids.map((i) => ({
      id: `e${i}`,
      date: `2020-0${i + 1}-02`,
      datePrecision: 'day',
      title: t(`Event ${i}`, i),
      summary: t(`Summary ${i}`, i + 2),
      type: `t${i % 2}`,
      actors: [
        { actor: `a${i}`, role: 'perpetrator' },
        { actor: `a${(i + 1) % 6}`, role: 'perpetrator' },
        { actor: `a${(i + 2) % 6}`, role: 'target' },
      ],
      attribution: { status: 'alleged', by: [`a${i}`, `a${(i + 3) % 6}`], note: t(`Note ${i}`, i) },
      tags: [t(`tag ${i}`, i), t(`tag ${i}b`, i + 1)],
      related: i > 0 ? [{ event: `e${i - 1}`, relation: 'response-to' }] : [],
      sources: [
        {
          url: `https://example.org/${i}`,
          publisher: t(`Publisher ${i}`, i),
          title: t(`Source ${i}`, i + 3),
          published: '2020-01-01',
          kind: 'news',
        },
      ],
    })),
  };
}

/**
 * Text holding a direction control that could reach our own words: joined in one string with
 * more text after it (each dataset string ends in its control), or not inside an isolate while
 * sharing its paragraph with other text. (The timeline draws its own labels; it is not looked at.)
 */
async function leakingText(page: Page) {
  return page.evaluate(() => {
    const controls = /[\u202a-\u202e\u2066-\u2068]/;
    const followedByText =
      /[\u202a-\u202e\u2066-\u2068][\s\u202a-\u202e\u2066-\u2068]*[^\s\u202a-\u202e\u2066-\u2068]/;
    const isolating = (el: Element) => /isolate|plaintext/.test(getComputedStyle(el).unicodeBidi);
    const isBlock = (el: Element) => !/^(inline|contents)/.test(getComputedStyle(el).display);
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!controls.test(node.textContent ?? '')) continue;
      if (followedByText.test(node.textContent ?? '')) {
        leaks.push(`text: ${(node.textContent ?? '').slice(0, 100)}`);
        continue;
      }
      let el = node.parentElement;
      let safe = false;
      while (el && !safe) {
        if (isolating(el)) safe = true;
        else if (isBlock(el)) break;
        else el = el.parentElement;
      }
      if (safe || !el) continue;
      if (el.closest('[aria-label^="Timeline"]')) continue;
      if ((el.textContent ?? '').trim() === (node.textContent ?? '').trim()) continue;
      leaks.push(`${el.tagName}: ${(el.textContent ?? '').slice(0, 100)}`);
    }
    return leaks;
  });
}

/** Where a piece of text starts on screen, left to right. */
async function xOf(page: Page, within: string, text: string) {
  return page.locator(within).evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range.getBoundingClientRect().left;
    }
    return Number.NaN;
  }, text);
}

test.describe('dataset text with direction controls left open', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/bidi.json',
      (route) => route.fulfill({ json: bidiDataset() }),
    );
  });

  test('never turns the page’s own words around: header, filters, list, details, notice', async ({
    page,
  }) => {
    await page.goto('./?data=/bidi.json&view=list&event=e2&param%E2%80%AE=1');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByText(/^Ignored unknown parameter/)).toBeVisible();
    await page.getByText(/^Events per month as a table/).click();
    expect(await leakingText(page)).toEqual([]);
    // Printing builds the full list with sources.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByRole('region', { name: 'Printable list' })).toBeAttached();
    expect(await leakingText(page)).toEqual([]);
  });

  test('the embed footer reads "Data: <title> · <licence>" in order', async ({ page }) => {
    await page.goto('./?data=/bidi.json&view=list&embed=1&event=e1');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await leakingText(page)).toEqual([]);
    const footer = 'footer';
    const data = await xOf(page, footer, 'Data:');
    const title = await xOf(page, footer, 'Dataset title');
    const licence = await xOf(page, footer, 'Licence');
    expect(data).toBeLessThan(title);
    expect(title).toBeLessThan(licence);
  });
});

/** Events at the far ends of four-digit years, in an otherwise ordinary dataset. */
function farDatesDataset() {
  const base = foreignDataset();
  const event = base.events[0]!;
  const at = (id: string, date: string, datePrecision = 'day', endDate?: string) => ({
    ...event,
    id,
    date,
    datePrecision,
    title: `Event on ${date}`,
    ...(endDate ? { endDate } : {}),
  });
  return {
    ...base,
    updated: '9999-12-31',
    events: [
      at('year-1', '0001-01-01'),
      at('year-50', '0050-06-15'),
      at('year-100', '0100-01-01', 'year'),
      at('span', '1000-01-01', 'day', '9998-12-31'),
      at('last-month', '9999-12-01', 'month'),
      at('last-day', '9999-12-31'),
    ],
  };
}

test.describe('a dataset reaching from year 1 to 9999', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/far.json',
      (route) => route.fulfill({ json: farDatesDataset() }),
    );
  });

  test('lists every event with its own date and opens it', async ({ page }) => {
    await page.goto('./?data=/far.json&view=list');
    await expect(page.getByText('Showing 6 of 6 events')).toBeVisible();
    const list = page.getByRole('region', { name: 'Events by year' });
    await expect(list.getByRole('heading', { name: '0050' })).toBeVisible();
    await list.getByRole('button', { name: /Event on 0050-06-15/ }).click();
    await expect(page.getByRole('dialog').locator('time').first()).toHaveText('June 15, 50');
    await page.goto('./?data=/far.json&view=list&event=last-day&from=9999-12');
    await expect(page.getByText('Showing 2 of 6 events')).toBeVisible();
    await expect(page.getByRole('dialog').locator('time').first()).toHaveText('December 31, 9999');
  });
});

test.describe('a dataset with 50,000 invalid events', () => {
  test('lists the first problems and says how many there are', async ({ page }) => {
    const base = foreignDataset();
    const events = Array.from({ length: 50_000 }, (_, i) => ({
      ...base.events[0],
      id: `e${i}`,
      date: 'soon',
    }));
    await page.route(
      (url) => url.pathname === '/many.json',
      (route) => route.fulfill({ json: { ...base, events } }),
    );
    await page.goto('./?data=/many.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset is not valid', { timeout: 20_000 });
    await expect(alert).toContainText('The dataset has 50,000 problems.');
    await expect(alert).toContainText('The first 20 of 50,000 problems:');
    await expect(alert.getByRole('listitem')).toHaveCount(20);
    await expect(alert.getByRole('listitem').first()).toHaveText(
      'events[0].date: must be a date written YYYY-MM-DD',
    );
  });
});

test.describe('a source URL whose text reads as another host', () => {
  test('is refused with its field path, and no link is made', async ({ page }) => {
    const base = foreignDataset();
    base.events[0]!.sources[0]!.url = 'https://evil.example\\@www.reuters.com/world/';
    await page.route(
      (url) => url.pathname === '/lying.json',
      (route) => route.fulfill({ json: base }),
    );
    await page.goto('./?data=/lying.json');
    await expect(page.getByRole('alert')).toContainText(
      'events[0].sources[0].url: must be written with the host it leads to',
    );
    await expect(page.getByRole('link', { name: /reuters/i })).toHaveCount(0);
  });

  test('a URL written loosely is shown and followed as the parser writes it', async ({ page }) => {
    const base = foreignDataset();
    base.events[0]!.sources[0]!.url = 'HTTPS://WWW.Example.ORG:443/a b/../c';
    await page.route(
      (url) => url.pathname === '/loose.json',
      (route) => route.fulfill({ json: base }),
    );
    await page.goto('./?data=/loose.json&view=list&event=e1');
    await expect(page.getByRole('dialog').getByRole('link', { name: /^S/ })).toHaveAttribute(
      'href',
      'https://www.example.org/c',
    );
  });
});

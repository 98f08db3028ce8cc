import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, PUBLISHED_EVENTS, test } from './fixtures';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

let host: Server;
let hostUrl = '';

/**
 * A news page on another origin that embeds the timeline with the README's snippet; `?src=` is the
 * frame's query, `?attrs=` more iframe attributes, `?above=` pixels of article before the frame.
 */
test.beforeAll(async ({ baseURL }) => {
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const src = url.searchParams.get('src') ?? 'embed=1';
    const attrs = url.searchParams.get('attrs') ?? 'loading="lazy"';
    const above = Number(url.searchParams.get('above') ?? 0);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Host article</title>
      <meta name="viewport" content="width=device-width"></head><body style="margin:0">
      <h1>An article</h1>
      <div style="height:${above}px">Article text.</div>
      <iframe src="${baseURL}?${src}" title="Timeline (interactive timeline)" width="100%" height="600"
        style="border:0" ${attrs} data-escalation-timeline sandbox="${SANDBOX}"></iframe>
      <p>After the timeline.</p>
      <script src="${baseURL}embed.js" async></script>
    </body></html>`);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

const frameHeight = (page: Page) =>
  page.locator('iframe[data-escalation-timeline]').evaluate((f) => f.getBoundingClientRect().height);

for (const { width, height, attrs, expected } of [
  { width: 600, height: 700, attrs: 'loading="lazy"', expected: 700 },
  { width: 360, height: 640, attrs: 'loading="lazy" data-max-height="900"', expected: 640 },
  { width: 360, height: 640, attrs: 'loading="lazy" data-max-height="450"', expected: 450 },
]) {
  test(`in a host page ${width} px wide, the embedded list never grows past ${expected} px and scrolls inside the frame`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`${hostUrl}?attrs=${encodeURIComponent(attrs)}`);
    const frame = page.frameLocator('iframe[data-escalation-timeline]');
    await expect(frame.getByRole('region', { name: 'Events by year' })).toBeVisible();
    // The frame settles at the reader's screen (or its data-max-height), not at the list's length.
    await expect.poll(() => frameHeight(page)).toBe(expected);
    await page.waitForTimeout(800);
    expect(await frameHeight(page)).toBe(expected);
    // With the frame in view, the rest of the list is read by scrolling inside it, and its bar
    // with "Open full timeline" stays on screen.
    await page.locator('iframe[data-escalation-timeline]').evaluate((f) => f.scrollIntoView());
    const list = frame.getByRole('region', { name: 'Events by year' });
    const last = list.getByRole('button').last();
    await expect(last).not.toBeInViewport();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expect(frame.getByRole('link', { name: 'Open full timeline' })).toBeInViewport();
  });
}

test('an embed below the fold reports its height before it is scrolled to, and again when it comes into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  // One event: the page in the frame is a little taller than the frame's first 600 px.
  await page.goto(`${hostUrl}?above=2400&attrs=&src=${encodeURIComponent('embed=1&view=list&q=Soleimani')}`);
  const frame = page.frameLocator('iframe[data-escalation-timeline]');
  // The frame starts at 600 px; its content is taller, and shorter than the reader's screen.
  await expect.poll(() => frameHeight(page), { timeout: 5000 }).toBeGreaterThan(650);
  expect(await frameHeight(page)).toBeLessThan(1000);
  await page.locator('iframe[data-escalation-timeline]').scrollIntoViewIfNeeded();
  await expect(frame.getByRole('link', { name: 'Open full timeline' })).toBeInViewport();
  const height = await frameHeight(page);
  expect(height).toBeGreaterThan(650);
  expect(height).toBeLessThan(1000);
});

/** The part of the timeline on screen, less what the frame's bottom bar covers. */
async function timelineOnScreen(page: Page) {
  const region = (await page.getByRole('region', { name: /^Timeline of/ }).boundingBox())!;
  const bar = (await page.getByRole('contentinfo').boundingBox())!;
  return Math.min(region.y + region.height, bar.y, 600) - Math.max(region.y, 0);
}

test('at 800×600 the embedded timeline gets at least half the frame', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('?embed=1');
  await expect(page.getByRole('region', { name: `Timeline of ${PUBLISHED_EVENTS} events` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible();
  expect(await timelineOnScreen(page)).toBeGreaterThanOrEqual(300);
});

test('with controls=0 the embed shows the events, the axis, the zoom buttons and the full-timeline link, and no strip to brush', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('?embed=1&controls=0&types=sanction');
  const timeline = page.getByRole('region', { name: /^Timeline of \d+ events/ });
  await expect(timeline).toBeVisible();
  for (const name of ['Zoom in', 'Zoom out', 'Fit all']) {
    await expect(page.getByRole('button', { name })).toBeInViewport();
  }
  await expect(page.getByRole('link', { name: 'Open full timeline' })).toBeInViewport();
  await expect(page.getByRole('img', { name: /^Events per month/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'View' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Legend: event types' })).toHaveCount(0);
  expect(await timelineOnScreen(page)).toBeGreaterThanOrEqual(400);
});

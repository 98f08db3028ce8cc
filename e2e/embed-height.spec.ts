import type { Page } from '@playwright/test';
import { expect, PUBLISHED_EVENTS, test } from './fixtures';
import { startHostPage } from './host-page';

let host: Awaited<ReturnType<typeof startHostPage>>;
let hostUrl = '';

/** `?src=` is the frame's query, `?attrs=` more iframe attributes, `?above=` pixels of article before it. */
test.beforeAll(async ({ baseURL }) => {
  host = await startHostPage(baseURL!, { src: 'embed=1' });
  hostUrl = host.url;
});

test.afterAll(() => host.close());

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

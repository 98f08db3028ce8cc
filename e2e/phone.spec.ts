import type { CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { expect, PUBLISHED, PUBLISHED_EVENTS, test } from './fixtures';

const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { type: string }[] };
const sanctions = data.events.filter((e) => e.type === 'sanction').length;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** One finger from one point to another in small steps, as the browser sees a real swipe. */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function strip(page: Page) {
  const img = page.getByRole('img', { name: /^Events per month/ });
  await expect(img).toBeVisible();
  return (await img.boundingBox())!;
}

test('on a phone the timeline labels every year of the data along its axis, not one year in five', async ({
  page,
}) => {
  const years = PUBLISHED.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  await page.goto('./?view=timeline');
  await expect(page.locator('.et-timeline .vis-item').first()).toBeVisible();
  /** The labels a reader sees whole on the axis. */
  const labelled = () =>
    page.locator('.et-timeline').evaluate((timeline) => {
      const axis = timeline.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const text = document.createRange();
      return [...timeline.querySelectorAll<HTMLElement>('.vis-time-axis.vis-foreground .vis-text.vis-minor')]
        .filter((label) => {
          text.selectNodeContents(label);
          const box = text.getBoundingClientRect();
          const whole = box.width > 0 && box.left >= axis.left && box.right <= axis.right;
          return whole && getComputedStyle(label).visibility !== 'hidden';
        })
        .map((label) => label.textContent);
    });
  await expect.poll(labelled).toEqual(Array.from({ length: last - first + 1 }, (_, i) => String(first + i)));
});

test('the first screen on a phone shows events, not only the header and controls', async ({ page }) => {
  await page.goto('');
  const list = page.getByRole('region', { name: 'Events by year' });
  await expect(list.getByRole('button').nth(1)).toBeInViewport({ ratio: 1 });
});

test('a vertical swipe that starts on the month strip scrolls the page and sets no dates', async ({
  page,
}) => {
  await page.goto('');
  const box = await strip(page);
  const cdp = await page.context().newCDPSession(page);
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await swipe(cdp, start, { x: start.x + 6, y: start.y - 300 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await page.waitForTimeout(300);
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`)).toBeAttached();
});

test('a sideways drag across the month strip chooses dates', async ({ page }) => {
  await page.goto('');
  const box = await strip(page);
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  await swipe(cdp, { x: box.x + box.width * 0.2, y }, { x: box.x + box.width * 0.5, y: y + 4 });
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}$/);
  expect(new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('after a filter tap the count and "Show N events" are on screen, and the button shows them', async ({
  page,
}) => {
  await page.goto('');
  await page.getByText('Filters', { exact: true }).tap();
  const sanction = page.getByRole('checkbox', { name: /^Sanction/ });
  await sanction.scrollIntoViewIfNeeded();
  await sanction.tap();
  await expect(sanction).toBeChecked();
  const show = page.getByRole('button', { name: `Show ${sanctions} events` });
  await expect(show).toBeInViewport({ ratio: 1 });
  await expect(page.getByText(`${sanctions} of ${PUBLISHED_EVENTS} events match`)).toBeInViewport();
  expect(await seriousViolations(page)).toEqual([]);
  await show.tap();
  await expect(sanction).toBeHidden();
  const list = page.getByRole('region', { name: 'Events by year' });
  await expect(list.getByRole('button').first()).toBeInViewport();
  await expect(list.getByRole('button')).toHaveCount(sanctions);
});

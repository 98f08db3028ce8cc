import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** A finger swipe by (x, y) pixels from a point of `selector`, as the browser's own touch input. */
async function swipe(page: Page, selector: string, x: number, y: number) {
  const box = (await page.locator(selector).first().boundingBox())!;
  const top = Math.max(box.y, 0);
  const from = {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(top + Math.min((box.y + box.height - top) / 2, 100)),
  };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x + (x * i) / 10, y: from.y + (y * i) / 10 }],
    });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The years labelled along the axis whose text is at least half in view. */
const years = (page: Page) =>
  page.evaluate(() => {
    const axis = document.querySelector('.et-timeline .vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll('.et-timeline .vis-time-axis.vis-foreground .vis-text')]
      .filter((label) => /^\d{4}$/.test(label.textContent?.trim() ?? ''))
      .filter((label) => {
        const text = document.createRange();
        text.selectNodeContents(label);
        const box = text.getBoundingClientRect();
        const middle = box.left + box.width / 2;
        return middle > axis.left && middle < axis.right;
      })
      .map((label) => Number(label.textContent));
  });

test('a vertical swipe on the timeline scrolls the page, not only the rows', async ({ page }) => {
  await page.goto('./?view=timeline');
  const region = page.getByRole('region', { name: /^Timeline of/ });
  await region.scrollIntoViewIfNeeded();
  await expect(page.locator('.et-timeline .et-item-label').first()).toBeVisible();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(200);
  // The finger moves down: the page scrolls back up.
  await swipe(page, '.et-timeline .vis-panel.vis-center', 0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(before - 50);
});

test('horizontal swipes on the timeline stop at the data, not in empty years', async ({ page }) => {
  await page.goto('./?view=timeline');
  await page.getByRole('region', { name: /^Timeline of/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('.et-timeline .et-item-label').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  for (let i = 0; i < 4; i++) await swipe(page, '.et-timeline .vis-panel.vis-center', -300, 0);
  await expect.poll(async () => Math.max(...(await years(page)))).toBeGreaterThanOrEqual(2024);
  expect(Math.max(...(await years(page)))).toBeLessThanOrEqual(2025);
  for (let i = 0; i < 8; i++) await swipe(page, '.et-timeline .vis-panel.vis-center', 300, 0);
  await expect.poll(async () => Math.min(...(await years(page)))).toBeLessThanOrEqual(2019);
  expect(Math.min(...(await years(page)))).toBeGreaterThanOrEqual(2019);
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDataset } from '../tools/generate-dataset.mjs';
import { expect, test } from './fixtures';

type Event = { id: string; title: string; date: string; endDate?: string };
const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: Event[] };
const byTime = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline of/ });
/** The element with focus, as a screen reader names it. */
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

test('one Tab reaches the events; arrows, Home and End move between them; Enter opens; Escape returns focus', async ({
  page,
}) => {
  await page.goto('./?view=timeline');
  await timeline(page).focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('.et-timeline :focus');
  await expect(focused).toHaveAttribute('role', 'button');
  // Named by title, date and type.
  await expect.poll(() => focusedName(page)).toMatch(/^.+, \w+ (\d+, )?\d{4}, .+$/);

  await page.keyboard.press('Home');
  await expect.poll(() => focusedName(page)).toContain(byTime[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedName(page)).toContain(byTime[1]!.title);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => focusedName(page)).toContain(byTime[0]!.title);
  await page.keyboard.press('End');
  const last = byTime[byTime.length - 1]!;
  await expect.poll(() => focusedName(page)).toContain(last.title);
  // The focused event is brought into view.
  const box = (await page.locator('.et-timeline :focus').boundingBox())!;
  const axis = (await page.locator('.et-timeline .vis-panel.vis-center').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(axis.x);
  expect(box.x).toBeLessThan(axis.x + axis.width);

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: last.title });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => focusedName(page)).toContain(last.title);
  await expect(page.locator('.et-timeline :focus')).toBeVisible();
});

test('up and down go to the nearest event in the row above or below', async ({ page }) => {
  await page.goto('./?view=timeline');
  await timeline(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  const rowOf = () =>
    page.evaluate(() => {
      const item = document.activeElement?.closest('.vis-group');
      return [...(item?.parentElement?.children ?? [])].indexOf(item!);
    });
  const first = await rowOf();
  await page.keyboard.press('ArrowDown');
  await expect.poll(rowOf).not.toBe(first);
  const below = await rowOf();
  await page.keyboard.press('ArrowUp');
  await expect.poll(rowOf).toBeLessThan(below);
});

test('Space opens the focused event too', async ({ page }) => {
  await page.goto('./?view=timeline');
  await timeline(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  await expect.poll(() => focusedName(page)).toContain(byTime[0]!.title);
  await page.keyboard.press(' ');
  await expect(page.getByRole('dialog', { name: byTime[0]!.title })).toBeVisible();
});

test('in a large dataset the counts take the keyboard the same way: Enter zooms into one', async ({
  page,
}) => {
  const data = generateDataset(4000) as object;
  await page.route(
    (url) => url.pathname === '/large.json',
    (route) => route.fulfill({ json: data }),
  );
  await page.goto('./?data=/large.json&view=timeline');
  const note = page.getByRole('status').filter({ hasText: /^More events in view/ });
  await expect(note).toContainText('each number counts');
  const before = await note.innerText();
  await timeline(page).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedName(page)).toMatch(/^[\d,]+ events?, .+, .+$/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedName(page)).toMatch(/^[\d,]+ events?, /);
  await page.keyboard.press('Enter');
  // A narrower period, or the events themselves.
  await expect.poll(async () => ((await note.count()) ? await note.innerText() : '')).not.toBe(before);
  await expect.poll(() => focusedName(page)).not.toBe('BODY');
});

import type { Page } from '@playwright/test';
import { generateDataset } from '../bench/generate.mjs';
import { seriousViolations } from './axe';
import { countText, drawnItems, expect, test } from './fixtures';

// More events than the timeline draws one by one (1,500 in view): it shows counts instead.
const data = generateDataset(4000) as {
  actors: { id: string; name: string }[];
  events: { id: string; title: string; date: string; actors: { actor: string }[] }[];
};
const total = data.events.length;

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/large.json',
    (route) => route.fulfill({ json: data }),
  );
});

const countsNote = (page: Page) => page.getByRole('status').filter({ hasText: /^More events in view/ });
/** The numbers drawn on the timeline in place of events. */
const drawnCounts = async (page: Page) =>
  (await page.locator('.et-timeline .vis-item.et-count').allTextContents()).map((t) =>
    Number(t.replace(/,/g, '')),
  );

test('a large dataset opens on counts that add up to every event; clicking one zooms in to its events', async ({
  page,
}) => {
  // Tall enough for every row: vis-timeline draws only the rows in view.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto('./?data=/large.json');
  await expect(countText(page)).toHaveText(
    `Showing ${total.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`,
  );
  await expect(countsNote(page)).toContainText('each number counts');
  await expect.poll(async () => (await drawnCounts(page)).reduce((a, b) => a + b, 0)).toBe(total);
  expect(await drawnItems(page)).toEqual([]);

  await page.locator('.et-timeline .vis-item.et-count').first().click();
  await expect(countsNote(page)).toBeHidden();
  await expect.poll(async () => (await drawnItems(page)).length).toBeGreaterThan(0);
  expect(await drawnCounts(page)).toEqual([]);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(countsNote(page)).toBeVisible();
  await expect.poll(async () => (await drawnCounts(page)).reduce((a, b) => a + b, 0)).toBe(total);
});

test('filtering a large dataset down to fewer events draws them all again', async ({ page }) => {
  const involving = (id: string) => data.events.filter((e) => e.actors.some((a) => a.actor === id));
  const actor = data.actors.find((a) => involving(a.id).length > 50 && involving(a.id).length < 1500)!;
  const theirs = involving(actor.id);
  await page.goto('./?data=/large.json');
  await expect(countsNote(page)).toBeVisible();
  await page.getByRole('checkbox', { name: `${actor.name} (${theirs.length} events)` }).check();
  await expect(countsNote(page)).toBeHidden();
  await expect.poll(async () => (await drawnItems(page)).length).toBeGreaterThan(0);
  const titles = new Set(theirs.map((e) => e.title));
  expect((await drawnItems(page)).every((t) => titles.has(t))).toBe(true);
});

test('an event opened from a link is drawn and selected, not hidden in a count', async ({ page }) => {
  const event = data.events[Math.floor(total / 2)]!;
  await page.goto(`./?data=/large.json&event=${event.id}`);
  await expect(page.getByRole('dialog', { name: event.title })).toBeVisible();
  await expect(page.locator('.et-timeline .vis-item.et-item.vis-selected .et-item-label')).toHaveText(
    event.title,
  );
  // Scrolled to its row: inside the part of the timeline that shows.
  const inside = async () => {
    const item = await page
      .locator('.et-timeline .vis-item.et-item.vis-selected .et-item-label')
      .boundingBox();
    const panel = await page.locator('.et-timeline .vis-panel.vis-center').boundingBox();
    return Boolean(item && panel && item.y >= panel.y && item.y + item.height <= panel.y + panel.height);
  };
  await expect.poll(inside).toBe(true);
  await expect(countsNote(page)).toBeHidden();
});

test('on a phone the list of a large dataset opens on its first events and lists more on request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 780 });
  await page.goto('./?data=/large.json');
  const list = page.getByRole('region', { name: 'Events by year' });
  await expect(list.getByRole('listitem')).toHaveCount(300);
  await expect(page.getByText(`Listed 300 of ${total.toLocaleString('en-US')} events.`)).toBeVisible();
  await page.getByRole('button', { name: 'Show 300 more' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(600);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(total);
});

for (const theme of ['light', 'dark']) {
  test(`no serious or critical accessibility violations in the counts view, ${theme}`, async ({ page }) => {
    await page.goto(`./?data=/large.json&group=type&theme=${theme}`);
    await expect(countsNote(page)).toBeVisible();
    await expect(page.locator('.et-timeline .vis-item.et-count').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

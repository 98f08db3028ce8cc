import type { Page } from '@playwright/test';
import { generateDataset } from '../tools/generate-dataset.mjs';
import { seriousViolations } from './axe';
import { countText, drawnItems, expect, test } from './fixtures';

// More events than the timeline draws one by one (1,500 in view): it shows counts instead.
const data = generateDataset(4000) as {
  actors: { id: string; name: string }[];
  events: {
    id: string;
    title: string;
    date: string;
    endDate?: string;
    actors: { actor: string; role: string }[];
    related: { event: string }[];
  }[];
};
const total = data.events.length;

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/large.json',
    (route) => route.fulfill({ json: data }),
  );
});

/** Which week, month, quarter or year a day falls in, as a number that goes up by one each period. */
function periodIndex(iso: string, period: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (period === 'year') return y;
  if (period === 'quarter') return y * 4 + Math.floor((m - 1) / 3);
  if (period === 'month') return y * 12 + m - 1;
  return Math.floor((Date.UTC(y, m - 1, d) / 86_400_000 + 3) / 7); // weeks from Monday
}
/** What the counts add up to when they cover every event: each event once in every period it touches. */
const countedAtFullRange = async (page: Page, events = data.events) => {
  const period = /in one (week|month|quarter|year)\./.exec(await countsNote(page).innerText())![1]!;
  return events.reduce(
    (n, e) => n + periodIndex(e.endDate ?? e.date, period) - periodIndex(e.date, period) + 1,
    0,
  );
};
const countsNote = (page: Page) => page.getByRole('status').filter({ hasText: /^More events in view/ });
/** The numbers drawn on the timeline in place of events, exactly (as read out: "1,234 events, …"). */
const drawnCounts = async (page: Page) =>
  (await page.locator('.et-timeline .vis-item.et-count .et-count-label .sr-only').allTextContents()).map(
    (t) => Number(/^[\d,]+/.exec(t)![0].replace(/,/g, '')),
  );

test('a large dataset opens on counts that account for every event; clicking one zooms in to its events', async ({
  page,
}) => {
  // Tall enough for every row: vis-timeline draws only the rows in view.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto('./?data=/large.json');
  await expect(countText(page)).toHaveText(
    `Showing ${total.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`,
  );
  await expect(countsNote(page)).toContainText('each number counts');
  await expect
    .poll(async () => (await drawnCounts(page)).reduce((a, b) => a + b, 0))
    .toBe(await countedAtFullRange(page));
  expect(await drawnItems(page)).toEqual([]);

  await page.locator('.et-timeline .vis-item.et-count').first().click();
  await expect(countsNote(page)).toBeHidden();
  await expect.poll(async () => (await drawnItems(page)).length).toBeGreaterThan(0);
  expect(await drawnCounts(page)).toEqual([]);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(countsNote(page)).toBeVisible();
  await expect
    .poll(async () => (await drawnCounts(page)).reduce((a, b) => a + b, 0))
    .toBe(await countedAtFullRange(page));
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

test('a filter that empties some counts hides them, and clearing it fills them in again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  const iran = data.events.filter((e) => e.actors.some((a) => a.actor === 'iran'));
  expect(iran.length).toBeGreaterThan(1500); // still counts, not events
  /** The counts a reader can see and reach, by what they are read out as. */
  const counts = page.getByRole('button', { name: /^[\d,]+ events?, / });
  const sum = async () =>
    (await counts.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))).reduce(
      (n, name) => n + Number(/^[\d,]+/.exec(name)![0].replace(/,/g, '')),
      0,
    );
  await page.goto('./?data=/large.json');
  await expect(countsNote(page)).toBeVisible();
  await expect.poll(sum).toBe(await countedAtFullRange(page));

  await page.getByRole('checkbox', { name: `Iran (${iran.length} events)` }).check();
  await expect(countText(page)).toHaveText(
    `Showing ${iran.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`,
  );
  await expect.poll(sum).toBe(await countedAtFullRange(page, iran));
  await expect(page.getByRole('button', { name: /^0 events, / })).toHaveCount(0);

  await page.getByRole('checkbox', { name: /^Iran \(/ }).uncheck();
  await expect.poll(sum).toBe(await countedAtFullRange(page));
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

test('the selected event stays marked when it is panned out of the drawn stretch and back', async ({
  page,
}) => {
  // The event sits alone near the top of the first row, so it is drawn whenever its time is in view.
  type Event = (typeof data.events)[number];
  const row = (e: Event) => (e.actors.find((a) => a.role === 'perpetrator') ?? e.actors[0]!).actor;
  const { events } = data;
  const firstRow = data.actors.find((a) => events.some((e) => row(e) === a.id))!.id;
  const inFirstRow = events.filter((e) => row(e) === firstRow);
  const event = inFirstRow[Math.floor(inFirstRow.length / 2)]!;
  const day = (e: Event) => Date.parse(e.date) / 86_400_000;
  const kept = events.filter(
    (e) => e === event || row(e) !== firstRow || Math.abs(day(e) - day(event)) > 400,
  );
  const ids = new Set(kept.map((e) => e.id));
  const gap = {
    ...data,
    events: kept.map((e) => ({
      ...e,
      related: e.related.filter((r) => ids.has(r.event)),
    })),
  };
  expect(gap.events.length).toBeGreaterThan(1500);
  await page.route(
    (url) => url.pathname === '/gap.json',
    (route) => route.fulfill({ json: gap }),
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?data=/gap.json&event=${event.id}`);
  const selected = page.locator('.et-timeline .vis-item.et-item.vis-selected .et-item-label');
  await expect(selected).toHaveText(event.title);
  await page.getByRole('region', { name: /^Timeline of/ }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.et-timeline .vis-item.et-item', { hasText: event.title })).toHaveCount(0);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.et-timeline .vis-item.et-item', { hasText: event.title })).toHaveCount(1);
  await expect(selected).toHaveText(event.title);
});

test('a filter that keeps the selected event does not pull the view away from the counts', async ({
  page,
}) => {
  const involvesIran = (e: (typeof data.events)[number]) => e.actors.some((a) => a.actor === 'iran');
  const iran = data.events.filter(involvesIran);
  expect(iran.length).toBeGreaterThan(1500);
  const event = iran[Math.floor(iran.length / 2)]!;
  await page.goto(`./?data=/large.json&event=${event.id}`);
  await expect(page.locator('.et-timeline .vis-item.et-item.vis-selected .et-item-label')).toHaveText(
    event.title,
  );
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(countsNote(page)).toBeVisible();
  await page.getByRole('checkbox', { name: `Iran (${iran.length} events)` }).check();
  await expect(countText(page)).toHaveText(
    `Showing ${iran.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`,
  );
  await page.waitForTimeout(700);
  await expect(countsNote(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: event.title })).toBeVisible();
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

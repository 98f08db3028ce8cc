import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Event = {
  id: string;
  title: string;
  date: string;
  endDate?: string;
  datePrecision: string;
  type: string;
  actors: { actor: string; role: string }[];
  related?: { event: string; relation: string }[];
};
const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: Event[];
  actors: { id: string; name: string }[];
  eventTypes: { id: string; label: string; color: string }[];
};

// vis-timeline draws only the rows in view: a tall window keeps every row in view.
const TALL = { width: 1280, height: 3000 };

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline of/ });
const panel = (page: Page) => page.locator('.et-timeline .vis-panel.vis-center');

/**
 * Where the drawn events lie along the axis, as shares of its width (0 at the left edge, 1 at the
 * right): each marker's middle, each bar's two ends.
 */
async function eventPositions(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const axis = document.querySelector('.et-timeline .vis-panel.vis-center')!.getBoundingClientRect();
    const at = (x: number) => (x - axis.left) / axis.width;
    const dots = [...document.querySelectorAll('.et-timeline .vis-item.vis-dot.et-item')].map((d) => {
      const box = d.getBoundingClientRect();
      return [at(box.left + box.width / 2)];
    });
    const bars = [...document.querySelectorAll('.et-timeline .vis-item.vis-range.et-item')].map((b) => {
      const box = b.getBoundingClientRect();
      return [at(box.left), at(box.right)];
    });
    return [...dots, ...bars].flat();
  });
}

/** Axis labels whose text is partly inside the axis and partly outside it ("019" for "2019"). */
async function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const axis = document.querySelector('.et-timeline .vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll('.et-timeline .vis-time-axis.vis-foreground .vis-text')]
      .filter((label) => !label.classList.contains('vis-measure') && label.textContent?.trim())
      .filter((label) => getComputedStyle(label).visibility !== 'hidden')
      .filter((label) => {
        // The label's box is as wide as its step; its text is what a reader sees cut.
        const text = document.createRange();
        text.selectNodeContents(label);
        const box = text.getBoundingClientRect();
        const inside = box.left >= axis.left - 0.5 && box.right <= axis.right + 0.5;
        const outside = box.right <= axis.left || box.left >= axis.right;
        return !inside && !outside;
      })
      .map((label) => label.textContent!.trim());
  });
}

/** The earliest and latest drawn event sit in the first and last tenth of the axis. */
async function expectFramed(page: Page, count: number) {
  await expect(panel(page)).toBeVisible();
  await expect.poll(async () => (await eventPositions(page)).length).toBeGreaterThanOrEqual(count);
  const positions = await eventPositions(page);
  expect(Math.min(...positions)).toBeGreaterThanOrEqual(0);
  expect(Math.min(...positions)).toBeLessThanOrEqual(0.1);
  expect(Math.max(...positions)).toBeLessThanOrEqual(1);
  expect(Math.max(...positions)).toBeGreaterThanOrEqual(0.9);
}

test('the first view frames the events on their dates, with no axis label cut at an edge', async ({
  page,
}) => {
  await page.setViewportSize(TALL);
  await page.goto('./?view=timeline');
  await expectFramed(page, data.events.length);
  await expect.poll(() => cutLabels(page)).toEqual([]);
  // Fit all frames the same dates again after a zoom.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expectFramed(page, data.events.length);
  await expect.poll(() => cutLabels(page)).toEqual([]);
});

test('a one-day event is a marker at its date, not a bar that looks as if it lasted', async ({ page }) => {
  await page.setViewportSize(TALL);
  await page.goto('./?view=timeline&from=2020-01-01&to=2020-01-31');
  const january = data.events.filter((e) => e.date <= '2020-01-31' && (e.endDate ?? e.date) >= '2020-01-01');
  const days = january.filter((e) => !e.endDate && e.datePrecision === 'day');
  expect(days.length).toBeGreaterThan(3);
  await expect(page.locator('.et-timeline .vis-item.vis-dot.et-item')).toHaveCount(
    january.filter((e) => !e.endDate).length,
  );
  for (const dot of await page.locator('.et-timeline .vis-item.vis-dot.et-item').all()) {
    expect((await dot.boundingBox())!.width).toBeLessThan(16);
  }
});

test('a link to January 2020 frames January 2020', async ({ page }) => {
  await page.setViewportSize(TALL);
  await page.goto('./?view=timeline&from=2020-01-01&to=2020-01-31');
  const axis = (await panel(page).boundingBox())!;
  const label = (text: string) =>
    page.locator('.et-timeline .vis-time-axis.vis-foreground .vis-text.vis-minor', {
      hasText: new RegExp(`^${text}$`),
    });
  await expect(label('Jan')).toHaveCount(1);
  // The view is framed again once the axis knows its width: wait for where it settles.
  await expect
    .poll(async () => (await label('Jan').boundingBox())!.x - axis.x)
    .toBeLessThan(axis.width * 0.1);
  // The first of February is at the right edge: the month fills the axis.
  const feb = label('Feb');
  const febX = (await feb.count()) ? (await feb.boundingBox())!.x : axis.x + axis.width;
  expect(axis.x + axis.width - febX).toBeLessThan(axis.width * 0.1);
  await expect.poll(() => cutLabels(page)).toEqual([]);
});

test('a link to a response chain frames the chain, as the Show chain button does', async ({ page }) => {
  await page.setViewportSize(TALL);
  await page.goto('./?view=timeline&chain=global-hawk-shootdown');
  const shown = Number(/Showing (\d+)/.exec((await page.getByText(/^Showing \d+ of/).textContent())!)![1]);
  expect(shown).toBeGreaterThan(3);
  await expectFramed(page, shown);
  await expect.poll(() => cutLabels(page)).toEqual([]);
});

test('a link to an event opens with the event in view in its row, not clipped at an edge', async ({
  page,
}) => {
  const event = data.events.find((e) => e.id === 'global-hawk-shootdown')!;
  await page.goto(`./?event=${event.id}&view=timeline`);
  await expect(page.getByRole('dialog', { name: event.title })).toBeVisible();
  const item = page.locator('.et-timeline .vis-item.et-item.vis-selected .et-item-label');
  await expect(item).toHaveText(event.title);
  await expect
    .poll(async () => {
      const box = (await item.boundingBox())!;
      const axis = (await panel(page).boundingBox())!;
      return (
        box.x >= axis.x &&
        box.x <= axis.x + axis.width * 0.9 &&
        box.y >= axis.y &&
        box.y + box.height <= axis.y + axis.height
      );
    })
    .toBe(true);
  // Framed around the event, not on years with nothing in them.
  const years = (await page.locator('.et-timeline .vis-time-axis.vis-foreground').first().innerText())
    .split(/\s+/)
    .filter((t) => /^\d{4}$/.test(t));
  expect(years.every((y) => y >= '2018' && y <= '2025')).toBe(true);
  expect(years.length).toBeLessThan(4);
  await expect(timeline(page)).toBeVisible();
});

/** Events, an actor and a type with ids named like Object.prototype members or our own item ids. */
function prototypeDataset() {
  const events = data.events.slice(0, 6).map((e, i) => ({
    ...e,
    id: ['toString', 'constructor', 'valueOf', 'hasOwnProperty', 'count:x', 'e:x'][i]!,
    related: [],
  }));
  events[0]!.type = 'valueOf';
  events[1]!.actors = [{ actor: 'constructor', role: 'perpetrator' }];
  events[2]!.actors = [{ actor: 'toString', role: 'perpetrator' }];
  return {
    ...data,
    actors: [
      ...data.actors,
      { id: 'constructor', name: 'Constructor Group', kind: 'other', aliases: [] },
      { id: 'toString', name: 'ToString Group', kind: 'other', aliases: [] },
    ],
    eventTypes: [
      ...data.eventTypes,
      { id: 'valueOf', label: 'Value of', description: 'A type named like a built-in.', color: '#334155' },
    ],
    events,
  };
}

for (const group of ['actor', 'type']) {
  test(`events, actors and types with ids like toString or count:x draw and open, rows by ${group}`, async ({
    page,
  }) => {
    const dataset = prototypeDataset();
    await page.route(
      (url) => url.pathname === '/prototype.json',
      (route) => route.fulfill({ json: dataset }),
    );
    await page.setViewportSize(TALL);
    await page.goto(`./?data=/prototype.json&view=timeline&group=${group}`);
    const labels = page.locator('.et-timeline .vis-item.et-item .et-item-label');
    await expect(labels).toHaveCount(dataset.events.length);
    for (const event of dataset.events) {
      await labels.filter({ hasText: event.title }).first().click();
      const dialog = page.getByRole('dialog', { name: event.title });
      await expect(dialog).toBeVisible();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event.id);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    }
  });
}

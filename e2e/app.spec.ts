import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { countText, drawnItems, expect, test } from './fixtures';

type Event = {
  id: string;
  title: string;
  summary: string;
  type: string;
  date: string;
  endDate?: string;
  tags: string[];
  actors: { actor: string }[];
  sources: { url: string; publisher: string }[];
};
type Actor = { id: string; name: string; shortName?: string; aliases: string[] };
const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: Event[];
  actors: Actor[];
  eventTypes: { id: string; label: string }[];
};
const total = data.events.length;

// vis-timeline draws only the rows in view: a tall window keeps every row in view for counting.
const TALL = { width: 1280, height: 4000 };

test('first load draws every event on a fitted timeline, styled under a strict CSP', async ({ page }) => {
  await page.setViewportSize(TALL);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Iran–United States escalation, 2019–2024',
  );
  await expect(countText(page)).toHaveText(`Showing ${total} of ${total} events`);
  await expect.poll(async () => (await drawnItems(page)).length).toBe(total);
  // The stylesheet applied: items carry their type colour, not vis-timeline's default blue.
  const first = page.locator('.et-timeline .vis-item.et-item').first();
  await expect(first).not.toHaveCSS('background-color', 'rgb(213, 221, 246)');
  await expect(page).toHaveTitle('Iran–United States escalation, 2019–2024');
});

test('a type filter changes the drawn items and the count exactly as the dataset says', async ({ page }) => {
  await page.setViewportSize(TALL);
  const sanctions = data.events.filter((e) => e.type === 'sanction');
  await page.goto('./');
  await page.getByRole('checkbox', { name: /^Sanction \(/ }).check();
  await expect(countText(page)).toHaveText(`Showing ${sanctions.length} of ${total} events`);
  await expect
    .poll(async () => (await drawnItems(page)).sort())
    .toEqual(sanctions.map((e) => e.title).sort());
  await expect.poll(() => new URL(page.url()).searchParams.get('types')).toBe('sanction');
});

test('an actor filter and text search narrow the list exactly, and reload restores the same view', async ({
  page,
}) => {
  const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const searchable = (e: Event) =>
    fold(
      [
        e.title,
        e.summary,
        ...e.tags,
        ...e.sources.map((s) => s.publisher),
        ...e.actors.flatMap(({ actor }) => {
          const a = data.actors.find((x) => x.id === actor)!;
          return [a.name, a.shortName ?? '', ...a.aliases];
        }),
      ].join('\n'),
    );
  const israel = data.events.filter((e) => e.actors.some((a) => a.actor === 'israel'));
  const expected = israel.filter((e) => searchable(e).includes('natanz'));
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('./?view=list');
  await page.getByRole('searchbox', { name: 'Find actors' }).fill('isr');
  await page.getByRole('checkbox', { name: `Israel (${israel.length} events)` }).check();
  await expect(countText(page)).toHaveText(`Showing ${israel.length} of ${total} events`);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Natanz');
  await expect(countText(page)).toHaveText(`Showing ${expected.length} of ${total} events`);
  const list = page.getByRole('region', { name: 'Events by year' });
  await expect(list.getByRole('button')).toHaveCount(expected.length);
  const url = page.url();
  await page.reload();
  await expect(countText(page)).toHaveText(`Showing ${expected.length} of ${total} events`);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Natanz');
});

test('a date range keeps exactly the events that touch it, on the timeline and in the count', async ({
  page,
}) => {
  await page.setViewportSize(TALL);
  const inRange = data.events.filter((e) => e.date <= '2020-12-31' && (e.endDate ?? e.date) >= '2020-01-01');
  await page.goto('./');
  await page.getByRole('textbox', { name: 'From' }).fill('2020-01-01');
  await page.getByRole('textbox', { name: 'To' }).fill('2020-12-31');
  await expect(countText(page)).toHaveText(`Showing ${inRange.length} of ${total} events`);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => (await drawnItems(page)).sort()).toEqual(inRange.map((e) => e.title).sort());
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return [params.get('from'), params.get('to')];
    })
    .toEqual(['2020-01-01', '2020-12-31']);
});

test('clicking an item opens its details with safe source links; Back closes it; Forward reopens it', async ({
  page,
}) => {
  const event = data.events.find((e) => e.id === 'global-hawk-shootdown')!;
  await page.goto('./?group=type');
  await page.locator('.et-timeline .vis-item.et-item', { hasText: event.title }).click();
  const dialog = page.getByRole('dialog', { name: event.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('June 20, 2019');
  const links = dialog.getByRole('link', { name: /^(?!Archived copy)/ });
  await expect(links).toHaveCount(event.sources.length);
  await expect(dialog.getByRole('link', { name: /^Archived copy/ })).toHaveCount(event.sources.length);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
  }
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event.id);
  await page.goBack();
  await expect(dialog).toBeHidden();
  await page.goForward();
  await expect(page.getByRole('dialog', { name: event.title })).toBeVisible();
});

test('switching rows to event types shows one row per type', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Rows by' }).selectOption('type');
  const labels = page.locator('.et-timeline .vis-labelset .vis-label');
  await expect(labels).toHaveText(data.eventTypes.map((t) => t.label));
  await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('type');
});

test('zoom buttons and keys change the visible window', async ({ page }) => {
  // What a reader sees change: the years labelled along the time axis.
  const labels = async () =>
    (await page.locator('.et-timeline .vis-time-axis.vis-foreground').first().innerText())
      .split(/\s+/)
      .filter((t) => /^\d{4}$/.test(t));
  const years = async () => (await labels()).length;
  const wholeSpan = async () => {
    const shown = await labels();
    return shown.includes('2019') && shown.includes('2024');
  };
  await page.goto('./');
  await expect.poll(years).toBeGreaterThanOrEqual(6);
  const fitted = await years();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(years).toBeLessThan(fitted - 2);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(wholeSpan).toBe(true);
  await page.getByRole('region', { name: /^Timeline of/ }).focus();
  await page.keyboard.press('+');
  await expect.poll(years).toBeLessThan(fitted);
  await page.keyboard.press('ArrowRight');
  await expect.poll(labels).not.toContain('2019');
  await page.keyboard.press('0');
  await expect.poll(wholeSpan).toBe(true);
});

test('the main path works by keyboard alone: filter, open from the list, read, close, focus returns', async ({
  page,
}) => {
  await page.goto('./?view=list');
  await page.getByRole('searchbox', { name: 'Search events' }).focus();
  await page.keyboard.type('Soleimani');
  const first = page
    .getByRole('region', { name: 'Events by year' })
    .getByRole('button', { name: /Qassem Soleimani|Soleimani/ })
    .first();
  await first.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(first).toBeFocused();
});

test('at 375 px the list is the default view and the timeline is one tap away', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 780 });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'List', pressed: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '2019' })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: /^Timeline of/ })).toBeVisible();
});

test('the shown events download as CSV, JSON that loads again, and a calendar file', async ({ page }) => {
  const sanctions = data.events.filter((e) => e.type === 'sanction');
  await page.goto('./?view=list&types=sanction');
  await expect(countText(page)).toHaveText(`Showing ${sanctions.length} of ${total} events`);
  const downloads = page.getByRole('group', { name: 'Download the events shown' });

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^iran-united-states-escalation-2019-2024-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  // One row per event shown (the id column); the actors and types tables sit in columns beside them.
  const csvIds = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true })
    .data.map((row) => row.id)
    .filter(Boolean);
  expect(csvIds.sort()).toEqual(sanctions.map((e) => e.id).sort());

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('button', { name: 'JSON' }).click(),
  ]);
  const subset = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { events: { id: string }[] };
  expect(subset.events.map((e) => e.id).sort()).toEqual(sanctions.map((e) => e.id).sort());
  await page.route(
    (url) => url.pathname === '/subset.json',
    (route) => route.fulfill({ json: subset }),
  );
  await page.goto('./?data=/subset.json&view=list');
  await expect(countText(page)).toHaveText(`Showing ${sanctions.length} of ${sanctions.length} events`);

  await page.goto('./?view=list&types=sanction');
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Calendar (.ics)' }).click(),
  ]);
  const icsText = readFileSync((await ics.path())!, 'utf8');
  expect(icsText.match(/BEGIN:VEVENT/g)).toHaveLength(sanctions.length);
});

test('Show chain narrows the timeline to the exchange of blows around an event', async ({ page }) => {
  await page.goto('./?view=list&event=global-hawk-shootdown');
  await page.getByRole('dialog').getByRole('button', { name: 'Show chain' }).click();
  await expect(page.getByText(/events linked by responses to/)).toBeVisible();
  const shown = Number((await countText(page).textContent())!.split(' ')[1]);
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThan(total);
  await expect(
    page.getByRole('region', { name: 'Events by year' }).getByRole('button', { name: /Cyber Command/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear chain' }).click();
  await expect(countText(page)).toHaveText(`Showing ${total} of ${total} events`);
});

test('dragging across the density strip sets the date range', async ({ page }) => {
  await page.goto('./?view=list');
  const strip = page.getByRole('img', { name: /Events per month/ });
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  // The address is updated by history.replaceState, which the test sees a moment later.
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}$/);
  const params = new URL(page.url()).searchParams;
  expect(params.get('to')).toMatch(/^\d{4}-\d{2}$/);
  expect(params.get('from')! < params.get('to')!).toBe(true);
  const shown = Number((await countText(page).textContent())!.split(' ')[1]);
  expect(shown).toBeLessThan(total);
});

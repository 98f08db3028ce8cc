import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const fixture = JSON.parse(
  readFileSync(new URL('../src/test/fixtures/xss-payloads.json', import.meta.url), 'utf8'),
) as {
  text: string[];
  unsafeUrls: string[];
};
const payloads = fixture.text;
const short = payloads.filter((p) => p.length < 1000);

/** Every text payload in every text field: dataset, actors, types, events, tags and sources. */
function hostileDataset(urls?: string[]) {
  return {
    title: short.join(' | '),
    description: payloads.join(' | '),
    updated: '2024-12-31',
    license: payloads[0],
    actors: payloads.map((p, i) => ({
      id: `actor-${i}`,
      name: p,
      shortName: p,
      kind: 'other',
      aliases: [p],
    })),
    eventTypes: payloads.map((p, i) => ({ id: `type-${i}`, label: p, description: p, color: '#334155' })),
    events: payloads.map((p, i) => ({
      id: `event-${i}`,
      date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      datePrecision: 'day',
      title: p,
      summary: p,
      type: `type-${i}`,
      actors: [{ actor: `actor-${i}`, role: 'perpetrator' }],
      attribution: { status: 'alleged', by: [`actor-${i}`], note: p },
      tags: [p],
      related: [],
      sources: [
        {
          url: urls?.[i % urls.length] ?? `https://example.org/source-${i}`,
          publisher: p,
          title: p,
          published: '2020-01-01',
          kind: 'news',
        },
      ],
    })),
  };
}

async function serveHostile(page: Page, urls?: string[]) {
  await page.route(
    (url) => url.pathname === '/hostile.json',
    (route) => route.fulfill({ json: hostileDataset(urls) }),
  );
}

/** Elements that only data could have made (the month strip is our own SVG), and any inline event handler at all. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes)
        if (attr.name.toLowerCase().startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
    }
    for (const el of document.querySelectorAll(
      'body img, body iframe, body svg:not([aria-label^="Events per month"]), body math, body script, body base, body meta, body style, body object, body embed',
    )) {
      found.push(el.tagName);
    }
    return found;
  });
}

async function everyPayloadShownAsText(page: Page, where = 'body') {
  const text = await page.locator(where).evaluate((el) => el.textContent ?? '');
  return payloads.filter((p) => !text.includes(p));
}

test('hostile text in every field shows as literal text in the timeline, rows, filters, list and title', async ({
  page,
}) => {
  await serveHostile(page);
  await page.goto('./?data=/hostile.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(short.join(' | '));
  // The <title> holds the text as it is (document.title would fold its white space).
  await expect
    .poll(() => page.evaluate(() => document.querySelector('title')?.textContent))
    .toBe(short.join(' | '));
  await expect(page.getByText(`Showing ${payloads.length} of ${payloads.length} events`)).toBeVisible();
  expect(await everyPayloadShownAsText(page, '.et-timeline')).toEqual([]);
  expect(await everyPayloadShownAsText(page, 'form[role="search"]')).toEqual([]);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.getByRole('combobox', { name: 'Rows by' }).selectOption('type');
  expect(await everyPayloadShownAsText(page, '.et-timeline')).toEqual([]);
  // A tooltip shows the title as text too.
  const item = page
    .locator('.et-timeline .vis-item.et-item', { has: page.locator('.et-item-label') })
    .first();
  const label = (await item.textContent()) ?? '';
  expect(payloads).toContain(label);
  await item.hover();
  await expect(page.locator('.vis-tooltip')).toBeVisible();
  expect(await page.locator('.vis-tooltip strong').textContent()).toBe(label);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  expect(await everyPayloadShownAsText(page, 'main')).toEqual([]);
  expect(await injected(page)).toEqual([]);
  // The page stays usable with a 10,000-character word in it: nothing pushes it sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('hostile text in the details panel, including sources and notes, stays text', async ({ page }) => {
  await serveHostile(page);
  for (const i of [0, 1, 8, 27, payloads.length - 1]) {
    await page.goto(`./?data=/hostile.json&view=list&event=event-${i}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(payloads[i]);
    await expect(dialog.getByRole('link', { name: /^(?!Archived copy)/ })).toHaveAttribute(
      'href',
      `https://example.org/source-${i}`,
    );
    expect(await injected(page)).toEqual([]);
  }
});

test('payloads in q, actors and unknown parameters are shown as text and run nothing', async ({ page }) => {
  const p = '<img src=x onerror=alert(1)>';
  const params = new URLSearchParams({ q: p, actors: p, [p]: '1', group: p, view: 'list' });
  await page.goto(`./?${params}`);
  await expect(page.getByText('Showing 0 of')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(p);
  const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText(`unknown parameter "${p}"`);
  await expect(notice).toContainText(`invalid value "group=${p}"`);
  expect(await injected(page)).toEqual([]);
});

test('every unsafe source URL is refused with its field path, and no link is made', async ({ page }) => {
  const urls = fixture.unsafeUrls;
  await serveHostile(page, urls);
  await page.goto('./?data=/hostile.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset is not valid');
  await expect(alert).toContainText(`The dataset has ${payloads.length} problems.`);
  for (let i = 0; i < urls.length; i++)
    await expect(alert).toContainText(`events[${i}].sources[0].url: must be an http(s) URL`);
  await expect(page.getByRole('link', { name: /source/i })).toHaveCount(0);
});

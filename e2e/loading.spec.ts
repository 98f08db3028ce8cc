import type { Page, Request } from '@playwright/test';
import { countText, expect, test } from './fixtures';

// The timeline's code (vis-timeline and our wrapper) and the dataset validator are chunks of their own.
const TIMELINE_CODE = /\/assets\/[^/]*timeline[^/]*\.js$/;
const VALIDATOR_CODE = /\/assets\/validate-dataset[^/]*\.js$/;
const DATASET = '**/data/events.json';

function watchRequests(page: Page, pattern: RegExp): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (pattern.test(new URL(request.url()).pathname)) seen.push(request);
  });
  return seen;
}

/**
 * Holds the responses to `held` until each watched list has a request (or 3 s have passed), then
 * lets them through. Returns what had been asked for by then, once known.
 */
async function holdUntilRequested<K extends string>(
  page: Page,
  held: string | RegExp,
  watched: Record<K, Request[]>,
): Promise<() => Record<K, boolean>> {
  const asked = () =>
    Object.fromEntries(Object.entries<Request[]>(watched).map(([k, seen]) => [k, seen.length > 0])) as Record<
      K,
      boolean
    >;
  let noted = Object.fromEntries(Object.keys(watched).map((k) => [k, false])) as Record<K, boolean>;
  await page.route(held, async (route) => {
    await expect
      .poll(() => Object.values(asked()).every(Boolean), { timeout: 3000 })
      .toBe(true)
      .catch(() => {});
    noted = asked();
    await route.continue();
  });
  return () => noted;
}

const timelineShown = (page: Page) =>
  expect(page.getByRole('region', { name: /^Timeline of \d+ events$/ })).toBeVisible({ timeout: 10_000 });

test('on a wide screen the timeline and the validator are requested while the dataset is still on its way', async ({
  page,
}) => {
  // Hold the data until both chunks are asked for (or a while has passed), then note what was.
  const requestedBeforeData = await holdUntilRequested(page, DATASET, {
    timeline: watchRequests(page, TIMELINE_CODE),
    validator: watchRequests(page, VALIDATOR_CODE),
  });
  await page.goto('./');
  await timelineShown(page);
  expect(requestedBeforeData()).toEqual({ timeline: true, validator: true });
});

test('the page’s first script asks for the dataset and the timeline before the app’s own has loaded, once each', async ({
  page,
}) => {
  const dataset = watchRequests(page, /\/data\/events\.json$/);
  const timelineCode = watchRequests(page, TIMELINE_CODE);
  // Hold the app's bundle until both are asked for (or a while has passed), then note what was.
  const before = await holdUntilRequested(page, /\/assets\/index-[^/]*\.js$/, {
    dataset,
    timeline: timelineCode,
  });
  await page.goto('./');
  await timelineShown(page);
  expect(before()).toEqual({ dataset: true, timeline: true });
  await page.waitForLoadState('networkidle');
  expect(dataset).toHaveLength(1);
  expect(timelineCode).toHaveLength(1);
});

test('a phone showing the list never downloads the timeline until the reader asks for it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const timelineCode = watchRequests(page, TIMELINE_CODE);
  await page.goto('./');
  await expect(countText(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Events by year' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(timelineCode).toHaveLength(0);

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Timeline of \d+ events$/ })).toBeVisible();
  expect(timelineCode.length).toBeGreaterThan(0);
});

test('when the timeline code cannot be downloaded the page says so and the list is one click away', async ({
  page,
  watch,
}) => {
  watch.allowConsole('Failed to load resource');
  await page.route(TIMELINE_CODE, (route) => route.abort('failed'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The timeline could not be loaded');
  await alert.getByRole('button', { name: 'Show the list' }).click();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('region', { name: 'Events by year' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
});

test('when the validator cannot be downloaded the page explains it and Retry loads the data', async ({
  page,
  watch,
}) => {
  watch.allowConsole('Failed to load resource');
  await page.route(VALIDATOR_CODE, (route) => route.abort('failed'));
  await page.goto('./?view=list');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The code that checks the dataset could not be loaded.');
  await page.unroute(VALIDATOR_CODE);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(countText(page)).toBeVisible();
});

import { readFileSync } from 'node:fs';
import { countText, expect, PUBLISHED_EVENTS, test } from './fixtures';

const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: { id: string; type: string; title: string; summary: string; actors: { actor: string }[] }[];
};
const byId = new Map(data.events.map((e) => [e.id, e]));

test('"Skip to events" is the first Tab stop, shows itself, and takes the keyboard to the events', async ({
  page,
}) => {
  await page.goto('?view=list');
  await expect(countText(page)).toHaveText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to events' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  expect((await skip.boundingBox())!.width).toBeGreaterThan(40);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const list = page.getByRole('region', { name: 'Events by year' });
  await expect(list.getByRole('button').first()).toBeFocused();
  expect(new URL(page.url()).search).toBe('?view=list');
});

test('filters that match nothing say so, and Clear filters brings every event back', async ({ page }) => {
  await page.goto('?types=sanction&q=zzqxj');
  await expect(countText(page)).toHaveText(`Showing 0 of ${PUBLISHED_EVENTS} events`);
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(countText(page)).toHaveText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);
  await expect(page.getByText('No events match these filters.')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('active filters are chips above the results, and each chip removes its filter', async ({ page }) => {
  await page.goto('?view=list&actors=iran&types=sanction&q=oil');
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText([
    'Event type: Sanction×',
    'Actor: Iran×',
    'Search: “oil”×',
  ]);
  const before = Number((await countText(page).textContent())!.match(/Showing (\d+)/)![1]);
  await chips.getByRole('button', { name: 'Remove filter Event type: Sanction' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?actors=iran&q=oil&view=list');
  await expect(page.getByRole('checkbox', { name: /^Sanction/ })).not.toBeChecked();
  const after = Number((await countText(page).textContent())!.match(/Showing (\d+)/)![1]);
  expect(after).toBeGreaterThan(before);
  await chips.getByRole('button', { name: 'Remove filter Search: “oil”' }).click();
  await chips.getByRole('button', { name: 'Remove filter Actor: Iran' }).click();
  await expect(chips).toHaveCount(0);
  await expect(countText(page)).toHaveText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`);
  await expect.poll(() => new URL(page.url()).search).toBe('?view=list');
});

test('following a related event opens its details at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const from = byId.get('global-hawk-shootdown')!;
  const to = byId.get('cybercom-strike-on-irgc-systems')!;
  await page.goto(`?view=list&event=${from.id}`);
  const dialog = page.getByRole('dialog', { name: from.title });
  const related = dialog.getByRole('button', { name: to.title });
  await related.scrollIntoViewIfNeeded();
  await expect(dialog.getByText(from.summary)).not.toBeInViewport();
  await related.click();
  const next = page.getByRole('dialog', { name: to.title });
  await expect(next.getByText(to.summary)).toBeInViewport();
});

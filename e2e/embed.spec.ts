import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { startHostPage } from './host-page';

const data = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: { id: string; type: string; title: string; sources: { url: string }[] }[];
};
const sanctions = data.events.filter((e) => e.type === 'sanction');

let host: Awaited<ReturnType<typeof startHostPage>>;
let hostUrl = '';

test.beforeAll(async ({ baseURL }) => {
  host = await startHostPage(baseURL!, { src: 'embed=1&types=sanction&view=list', height: 300 });
  hostUrl = host.url;
});

test.afterAll(() => host.close());

test('an embed on another origin shows the filtered events, grows to fit, and opens sources in a new tab', async ({
  page,
  context,
}) => {
  // The source pages are elsewhere on the web: note where a tab tried to go, and answer locally.
  const opened: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      opened.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Source</title>' });
    },
  );
  await page.goto(hostUrl);
  const iframe = page.locator('iframe[data-escalation-timeline]');
  const frame = page.frameLocator('iframe[data-escalation-timeline]');
  await expect(frame.getByText(`Showing ${sanctions.length} of ${data.events.length} events`)).toBeVisible();
  await expect(frame.getByRole('region', { name: 'Events by year' }).getByRole('button')).toHaveCount(
    sanctions.length,
  );
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(600);
  const height = Number(await iframe.getAttribute('height'));
  const box = (await iframe.boundingBox())!;
  expect(Math.abs(box.height - height)).toBeLessThan(2);

  const event = sanctions[0]!;
  await frame
    .getByRole('button', {
      name: new RegExp(event.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    })
    .click();
  const dialog = frame.getByRole('dialog', { name: event.title });
  await expect(dialog).toBeVisible();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    dialog
      .getByRole('link', { name: /^(?!Archived copy)/ })
      .first()
      .click(),
  ]);
  await expect.poll(() => opened).toContain(event.sources[0]!.url);
  // The new tab shows the source's page; the host page stays where it was.
  await expect(popup).toHaveURL(event.sources[0]!.url);
  await expect(popup).toHaveTitle('Source');
  expect(page.url()).toBe(hostUrl);
  await expect(page.getByRole('heading', { name: 'An article' })).toBeVisible();
});

test('the full-timeline link from an embed opens a new tab with the same filters', async ({
  page,
  context,
}) => {
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe[data-escalation-timeline]');
  const link = frame.getByRole('link', { name: 'Open full timeline' });
  await expect(link).toHaveAttribute('target', '_blank');
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  expect(new URL(full.url()).search).toBe('?types=sanction&view=list');
  expect(page.url()).toBe(hostUrl);
});

test('messages posted to the app are ignored', async ({ page }) => {
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe[data-escalation-timeline]');
  await expect(frame.getByText(/^Showing/)).toBeVisible();
  await page.evaluate(() => {
    const target = document.querySelector('iframe')!.contentWindow!;
    for (const message of [
      { type: 'escalation-timeline:height', height: 1 },
      '<img src=x onerror=alert(1)>',
      { __proto__: { x: 1 } },
    ]) {
      target.postMessage(message, '*');
    }
  });
  await expect(frame.getByText(`Showing ${sanctions.length} of`)).toBeVisible();
});

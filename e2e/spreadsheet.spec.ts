import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { countText, expect, test } from './fixtures';

const data = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
  title: string;
  events: { id: string; type: string }[];
};
const total = data.events.length;

test('the CSV export loads again with ?data=, with every event', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(countText(page)).toHaveText(`Showing ${total} of ${total} events`);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Download the events shown' })
      .getByRole('button', { name: 'CSV' })
      .click(),
  ]);
  const body = readFileSync((await csv.path())!);
  // Served as a plain file would be by a static host that knows nothing of CSV: the .csv name decides.
  await page.route(
    (url) => url.pathname === '/exports/timeline.csv',
    (route) => route.fulfill({ body, contentType: 'application/octet-stream' }),
  );
  await page.goto('./?data=/exports/timeline.csv&view=list&types=sanction');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
  const sanctions = data.events.filter((e) => e.type === 'sanction').length;
  await expect(countText(page)).toHaveText(`Showing ${sanctions} of ${total} events`);
  const soleimani = data.events.find((e) => e.id.includes('soleimani'))!;
  await page.goto(`./?data=/exports/timeline.csv&view=list&event=${soleimani.id}`);
  await expect(page.getByRole('dialog').getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('Open a file shows a local JSON and a local CSV at once, named by the file', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(countText(page)).toHaveText(`Showing ${total} of ${total} events`);

  await page.getByRole('button', { name: 'Open a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a timeline file' });
  await expect(dialog).toContainText('not uploaded anywhere');
  const json = { ...data, title: 'A local copy', events: data.events.slice(0, 5) };
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'local-copy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A local copy');
  await expect(page.getByText('File: local-copy.json')).toBeVisible();
  await expect(countText(page)).toHaveText('Showing 5 of 5 events');

  await page.getByRole('button', { name: 'Open a file' }).click();
  await dialog
    .getByLabel('Choose a file')
    .setInputFiles(new URL('../public/template.csv', import.meta.url).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My timeline');
  await expect(page.getByText('File: template.csv')).toBeVisible();
  await expect(countText(page)).toHaveText('Showing 3 of 3 events');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('template.json');
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { title: string };
  expect(saved.title).toBe('My timeline');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('template.csv');
  expect(readFileSync((await csv.path())!, 'utf8')).toContain('"My timeline"');

  await page.getByRole('button', { name: 'Close the file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
});

test('a spreadsheet with mistakes lists them by row and column, and Back keeps the timeline', async ({
  page,
}) => {
  await page.goto('./?view=list');
  await page.getByRole('button', { name: 'Open a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a timeline file' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'mistakes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'date;type;title;summary;actors;source_1_url\r\n2019-13-45;Strike;A;B;Iran;https://example.org/a\r\n2019;Strike;=1+2;B;Iran;javascript:alert(1)\r\n',
    ),
  });
  const problems = dialog.getByRole('list', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    'row 3, column "source_1_url": "javascript:alert(1)" must be an http(s) URL',
  ]);
  await dialog.getByRole('button', { name: 'Back to the timeline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
  await expect(page.getByRole('link', { name: 'spreadsheet template (template.csv)' })).toBeHidden();
});

test('the template ships with the build', async ({ request }) => {
  const response = await request.get('./template.csv');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('source_1_url');
});

const SAMPLE = new URL(
  '../node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv',
  import.meta.url,
).pathname;

test('the TimelineJS sample sheet loads with ?data= and through Open a file', async ({ page }) => {
  const body = readFileSync(SAMPLE);
  await page.route(
    (url) => url.pathname === '/sheets/women_in_computing.csv',
    (route) => route.fulfill({ body, contentType: 'text/csv' }),
  );
  await page.goto('./?data=/sheets/women_in_computing.csv&view=list');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women in Computing');
  await expect(page.getByText(/^Imported from the TimelineJS format/)).toBeVisible();
  await expect(countText(page)).toHaveText('Showing 10 of 10 events');
  const ada = page.getByRole('button', { name: /Ada Lovelace/ });
  await expect(ada).toContainText('December 10, 1815 – November 27, 1852');
  await expect(page.getByRole('button', { name: /Rózsa Péter writes recursion/ })).toContainText(/^1951/);
  await ada.click();
  const details = page.getByRole('dialog');
  await expect(details).toContainText('Women have been programming since before it was a thing.');
  await expect(details.getByRole('link', { name: /^Charles Babbage's Analytical Engine/ })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Analytical_Engine',
  );

  await page.goto('./?view=list');
  await page.getByRole('button', { name: 'Open a file' }).click();
  await page
    .getByRole('dialog', { name: 'Open a timeline file' })
    .getByLabel('Choose a file')
    .setInputFiles(SAMPLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women in Computing');
  await expect(page.getByText('File: women_in_computing.csv')).toBeVisible();
  await expect(countText(page)).toHaveText('Showing 10 of 10 events');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Open a file dialog listing problems has no serious accessibility violations (${theme})`, async ({
    page,
  }) => {
    await page.goto(`./?view=list&theme=${theme}`);
    await page.getByRole('button', { name: 'Open a file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a timeline file' });
    await dialog.getByLabel('Choose a file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'date,type,title,summary,actors,source_1_url\n2019-13-45,T,A,B,Iran,https://example.org/a\n',
      ),
    });
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

import { expect, PUBLISHED, PUBLISHED_EVENTS, test } from './fixtures';

const KINETIC_AND_SANCTIONS = PUBLISHED.filter((e) => e.type === 'kinetic' || e.type === 'sanction').length;

test.describe('URLs at the ends of the calendar', () => {
  for (const query of ['to=9999-12', 'to=9999-12&embed=1', 'from=0001-01&to=9999-12-31&view=list']) {
    test(`?${query} shows every event, not a blank page`, async ({ page }) => {
      await page.goto(`./?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`)).toBeVisible();
    });
  }

  test('?from=0000-01 is ignored with a notice', async ({ page }) => {
    await page.goto('./?from=0000-01&view=list');
    await expect(page.getByText(`Showing ${PUBLISHED_EVENTS} of ${PUBLISHED_EVENTS} events`)).toBeVisible();
    await expect(page.getByText(/^Ignored/)).toHaveText('Ignored invalid value "from=0000-01".');
  });
});

test.describe('repeated parameters', () => {
  test('?types=kinetic&types=sanction shows both types, and a repeated date is named', async ({ page }) => {
    await page.goto('./?view=list&types=kinetic&types=sanction&from=2019-01&from=2023-01');
    await expect(
      page.getByText(`Showing ${KINETIC_AND_SANCTIONS} of ${PUBLISHED_EVENTS} events`),
    ).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Kinetic/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Sanction/ })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
      'Ignored all but the first value of "from".',
    );
  });
});

test.describe('any URL shows a page', () => {
  const queries = [
    'from=2019-13&to=2019-02-30',
    'from=9999-12-31&to=0001-01-01',
    'to=9999-12&from=9999-12&embed=1&controls=0',
    `event=${'%E2%80%AE'.repeat(50)}&chain=constructor`,
    'actors=,,,&types=__proto__,constructor&group=__proto__&view=toString',
    `q=%ED%A0%80&${'x'.repeat(3000)}=1`,
    'embed=1&view=list&event=soleimani-killed&event=global-hawk-shootdown',
  ];
  for (const query of queries) {
    test(`?${query.slice(0, 60)}`, async ({ page }) => {
      await page.goto(`./?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(new RegExp(`^Showing \\d+ of ${PUBLISHED_EVENTS} events$`))).toBeVisible();
    });
  }
});

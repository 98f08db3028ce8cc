import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

for (const [name, url, width] of [
  ['the default view', './', 1280],
  ['the list view', './?view=list', 1280],
  ['the details panel', './?event=soleimani-killed', 1280],
  ['the list on a phone with details open', './?event=global-hawk-shootdown', 375],
  ['embed mode', './?embed=1&types=sanction', 1280],
  ['embed mode with details open', './?embed=1&view=list&event=soleimani-killed', 600],
  ['embed mode with controls=0, dark', './?embed=1&controls=0&theme=dark', 800],
  ['filter chips and the no-match message', './?view=list&types=sanction&q=zzqxj', 1280],
  ['filter chips in the dark theme', './?theme=dark&actors=iran&types=sanction', 1280],
  ['the dark theme', './?theme=dark', 1280],
  ['the dark theme list with details open', './?theme=dark&view=list&event=unitronics-plc-attacks', 1280],
] as const) {
  test(`no serious or critical accessibility violations in ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (url.includes('event=')) await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

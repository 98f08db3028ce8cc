import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

for (const [name, url, width] of [
  ['the default view', './', 1280],
  ['the list view', './?view=list', 1280],
  ['the details panel', './?event=soleimani-killed', 1280],
  ['the list on a phone with details open', './?event=global-hawk-shootdown', 375],
  ['embed mode', './?embed=1&types=sanction', 1280],
  ['embed mode with details open', './?embed=1&view=list&event=soleimani-killed', 600],
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

import { expect, test } from './fixtures';

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    // Without the animation that brings the selected event to the middle, the zoom keys that
    // follow work on its final position.
    test.use({ timezoneId, reducedMotion: 'reduce' });

    test('an event shows the same date in the list, the details and on the timeline axis', async ({
      page,
    }) => {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await page.goto('./?view=list&event=global-hawk-shootdown');
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('time').first()).toHaveText('June 20, 2019');
      await expect(page.getByRole('button', { name: /Global Hawk/ }).locator('time')).toHaveText(
        'June 20, 2019',
      );
      await page.goto('./?view=list&event=us-cyber-operation-after-abqaiq');
      await expect(page.getByRole('dialog').locator('time').first()).toHaveText('September 2019');
    });

    test('the timeline item sits on its own day', async ({ page }) => {
      await page.goto('./?event=soleimani-killed');
      const item = page.locator('.et-timeline .vis-item.et-item.vis-selected', {
        has: page.locator('.et-item-label'),
      });
      await expect(item).toBeVisible();
      // Zoomed on the selected item, the axis labels its day; the item box starts at that day's tick.
      await page.getByRole('region', { name: /^Timeline of/ }).focus();
      const minor = page.locator('.et-timeline .vis-time-axis.vis-foreground .vis-text.vis-minor');
      for (
        let i = 0;
        i < 12 && !(await minor.allTextContents()).some((t) => /^(Fri )?3$/.test(t.trim()));
        i++
      ) {
        await page.keyboard.press('+');
      }
      const tick = minor.filter({ hasText: /^(Fri )?3$/ }).first();
      const tickBox = (await tick.boundingBox())!;
      const box = (await item.boundingBox())!;
      expect(Math.abs(box.x - tickBox.x)).toBeLessThan(8);
    });
  });
}

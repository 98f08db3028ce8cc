// The app's scenario: a reader's own ways in (the search box, a filter checkbox, the zoom buttons, a
// click on an event), each timed until the app shows the result and the frame is painted.
import { fmt } from '../format.mjs';
import { arm, findItemToClick } from './page-api.mjs';

/** @type {import('../scenarios.mjs').Scenario} */
export const app = {
  kind: 'vis',
  label: 'app',
  url: (size) => `/?data=/bench-data/events-${size}.json`,
  async run(ctx) {
    const { page, info, op, t } = ctx;
    const total = `Showing ${fmt(info.total)} of ${fmt(info.total)} events`;
    // Keystrokes in the search box, and the filtering each one causes: the longest task, from the
    // first key until the final count is shown and painted.
    await op('typingMaxTask', async () => {
      const search = page.getByRole('searchbox', { name: 'Search events' });
      await search.click();
      const since = await page.evaluate(() => performance.now());
      await arm.status(page, `Showing ${fmt(info.queryCount)} of ${fmt(info.total)} events`, t);
      await page.keyboard.type(info.query, { delay: 120 });
      const done = await page.evaluate(() => window.__bench.pending);
      if (done.timeout) return done;
      await page.waitForTimeout(300);
      const tasks = await page.evaluate(() => window.__bench.longTasks);
      const during = tasks.filter(([start]) => start >= since).map(([, d]) => d);
      // Back to every event before the next operation (not measured).
      await arm.status(page, total, t);
      await page.evaluate(() => window.__bench.start());
      await search.fill('');
      const back = await page.evaluate(() => window.__bench.pending);
      if (back.timeout) return back;
      return during.length ? Math.max(...during) : 0;
    });
    const iran = page.getByRole('checkbox', { name: /^Iran \(/ });
    await op('filterHalf', async () => {
      await arm.status(page, `Showing ${fmt(info.half)} of ${fmt(info.total)} events`, t);
      await iran.click();
      return page.evaluate(() => window.__bench.pending);
    });
    await op('restoreAll', async () => {
      await arm.status(page, total, t);
      await iran.click();
      return page.evaluate(() => window.__bench.pending);
    });
    await op('zoomMonth', async () => {
      const button = page.getByRole('button', { name: 'Zoom in' });
      let sum = 0;
      for (let i = 0; i < info.zoomSteps; i++) {
        await arm.always(page, t);
        await button.click();
        const r = await page.evaluate(() => window.__bench.pending);
        if (r.timeout) return r;
        sum += r.ms;
      }
      return { ms: sum };
    });
    await op('zoomFull', async () => {
      await arm.always(page, t);
      await page.getByRole('button', { name: 'Fit all' }).click();
      return page.evaluate(() => window.__bench.pending);
    });
    ctx.checks.fullAfterZoom = await page.evaluate(() => window.__bench.axisYears());
    await op('details', async () => {
      let target = await findItemToClick(page);
      // The full range of a large set shows counts: a reader clicks one (or a few, each zooming
      // further) to reach its events first. Not part of the measurement.
      for (let i = 0; !target && i < 4; i++) {
        const count = await findItemToClick(page, '.vis-item.et-count', 10);
        if (!count) break;
        await arm.always(page, t);
        await page.mouse.click(count.x, count.y);
        const zoomed = await page.evaluate(() => window.__bench.pending);
        if (zoomed.timeout) return zoomed;
        await page.waitForTimeout(300); // let the new items settle
        target = await findItemToClick(page);
      }
      if (!target) throw new Error('no item to click');
      await arm.dialog(page, target.title, t);
      await page.mouse.click(target.x, target.y);
      return page.evaluate(() => window.__bench.pending);
    });
  },
};

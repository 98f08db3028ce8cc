// The bare vis-timeline page (bench/pages/bare.js), driven through its window.bench hooks: the
// reference the app is measured against, and variants of it for diagnosis.
import { arm, callApi, findItemToClick } from './page-api.mjs';

async function run({ page, info, op, t, checks, noDetails }) {
  for (const name of ['filterHalf', 'restoreAll']) {
    await op(name, async () => {
      await arm.always(page, t);
      await callApi(page, name);
      return page.evaluate(() => window.__bench.pending);
    });
  }
  await op('zoomMonth', async () => {
    let sum = 0;
    for (let i = 0; i < info.zoomSteps; i++) {
      await arm.always(page, t);
      await callApi(page, 'zoomIn');
      const r = await page.evaluate(() => window.__bench.pending);
      if (r.timeout) return r;
      sum += r.ms;
    }
    checks.monthWindowDays = await page.evaluate(() => {
      const w = window.bench.window();
      return Math.round((w.end - w.start) / 864e5);
    });
    return { ms: sum };
  });
  await op('zoomFull', async () => {
    await arm.always(page, t);
    await callApi(page, 'fit');
    return page.evaluate(() => window.__bench.pending);
  });
  checks.fullAfterZoom = await page.evaluate(() => window.__bench.axisYears());
  if (noDetails) return; // counts at the full range: no event box to open
  await op('details', async () => {
    const target = await findItemToClick(page);
    if (!target) throw new Error('no item to click');
    await arm.dialog(page, target.title, t);
    await page.mouse.click(target.x, target.y);
    return page.evaluate(() => window.__bench.pending);
  });
}

/**
 * The bare page with the given query.
 * @returns {import('../scenarios.mjs').Scenario}
 */
const barePage = (label, query, extra = {}) => ({
  kind: 'vis',
  label,
  url: (size, info) =>
    `/bench/bare/bare.html?data=/bench-data/events-${size}.json&width=${info.width}&${query}`,
  run,
  ...extra,
});

/** The reference (`bare`) and the variants, by the name `--pages` knows them by. */
export const BARE_PAGES = {
  bare: barePage('bare vis-timeline', 'filter=dataview&window=fit'),
  'bare-span': barePage('bare, app window', 'filter=dataset&window=span'),
  'bare-park': barePage('bare, parked', 'filter=dataset&window=park'),
  'bare-span-park': barePage('bare, app window, parked', 'filter=dataset&window=span-park'),
  'bare-park-cv': barePage('bare, parked, content-visibility', 'filter=dataset&window=park&cv=1'),
  // Counts at the full range: no event box to open.
  'bare-bins': barePage('bare, parked, counts when dense', 'filter=dataset&window=park&bins=1500', {
    noDetails: true,
  }),
  'bare-cluster': barePage('bare, parked, clustered', 'filter=dataset&window=park&cluster=3'),
};

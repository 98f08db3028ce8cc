// The TimelineJS3 page (bench/pages/timelinejs.js), driven through its window.bench hooks.
import { arm, callApi } from './page-api.mjs';

/** @type {import('../scenarios.mjs').Scenario} */
export const timelinejs = {
  kind: 'timelinejs',
  label: 'TimelineJS3',
  url: (size) => `/bench/pages/timelinejs.html?data=/bench-data/events-${size}.json`,
  async run({ page, info, op, t }) {
    for (const [name, method] of [
      ['filterHalf', 'filterHalf'],
      ['restoreAll', 'restoreAll'],
    ]) {
      await op(name, async () => {
        await arm.tlReady(page, t);
        await callApi(page, method);
        return page.evaluate(() => window.__bench.pending);
      });
    }
    for (const [name, method] of [
      ['zoomMonth', 'zoomMonth'],
      ['zoomFull', 'zoomFull'],
    ]) {
      await op(name, async () => {
        await arm.always(page, t);
        await callApi(page, method);
        return page.evaluate(() => window.__bench.pending);
      });
    }
    await op('details', async () => {
      await arm.tlSlide(page, info.midId, t);
      await callApi(page, 'open', [info.midId]);
      return page.evaluate(() => window.__bench.pending);
    });
  },
};

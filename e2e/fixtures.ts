import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** Problems the page had that no test expected: any of them fails the test. */
interface Watch {
  problems: string[];
  /** Console errors a test expects (e.g. a 404 it provoked), matched by substring. */
  allowConsole: (text: string) => void;
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((a) => text.includes(a))) problems.push(`console error: ${text}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      // Nothing may leave the machine: every request to another host is refused and reported.
      await page.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => {
          problems.push(`request left 127.0.0.1: ${route.request().url()}`);
          return route.abort('blockedbyclient');
        },
      );
      await use({ problems, allowConsole: (text) => allowed.push(text) });
      expect(problems, 'unexpected dialogs, errors or requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The timeline items drawn on screen, by their text. */
export async function drawnItems(page: Page): Promise<string[]> {
  return page.locator('.et-timeline .vis-item.et-item .et-item-label').allTextContents();
}

/** The "Showing N of M events" count. */
export function countText(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Showing/ });
}

/** The published dataset's events, so tests follow the data as it grows. */
export const PUBLISHED: { id: string; type: string; date: string }[] = (
  JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as {
    events: { id: string; type: string; date: string }[];
  }
).events;

/** How many events the published dataset holds. */
export const PUBLISHED_EVENTS = PUBLISHED.length;

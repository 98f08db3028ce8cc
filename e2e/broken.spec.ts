import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** Matches a request by its path alone (a glob would also match the page's own ?data= URL). */
const path = (p: string) => (url: URL) => url.pathname === p;

const good = () => JSON.parse(readFileSync('data/events.json', 'utf8'));

test.describe('broken data and networks', () => {
  test('a 404 says what failed and offers Retry', async ({ page, watch }) => {
    watch.allowConsole('404');
    await page.goto('./?data=/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The server answered 404');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(alert.getByRole('link', { name: 'Load the default dataset' })).toBeVisible();
  });

  test('a 500 then a 200: the error, then the data after Retry', async ({ page, watch }) => {
    watch.allowConsole('500');
    let calls = 0;
    await page.route(path('/flaky.json'), (route) =>
      ++calls === 1 ? route.fulfill({ status: 500, body: 'oops' }) : route.fulfill({ json: good() }),
    );
    await page.goto('./?data=/flaky.json&view=list');
    await expect(page.getByRole('alert')).toContainText('The server answered 500');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Iran–United States escalation, 2019–2024',
    );
  });

  test('a network failure is named and can be retried', async ({ page, watch }) => {
    watch.allowConsole('ERR_FAILED');
    await page.route(path('/down.json'), (route) => route.abort('failed'));
    await page.goto('./?data=/down.json');
    await expect(page.getByRole('alert')).toContainText('could not be reached');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  for (const [name, body, message] of [
    ['an HTML page', '<!doctype html><title>x</title>', 'returned a web page, not a JSON dataset'],
    ['invalid JSON', '{"title": ', 'not valid JSON'],
    ['an array', '[]', 'dataset: must be an object, not an array'],
    ['null', 'null', 'dataset: must be an object, not null'],
    ['an empty object', '{}', 'title: is required'],
  ]) {
    test(`${name} gets a clear message`, async ({ page }) => {
      await page.route(path('/bad.json'), (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      );
      await page.goto('./?data=/bad.json');
      await expect(page.getByRole('alert')).toContainText(message!);
    });
  }

  test('a file with a byte-order mark loads', async ({ page }) => {
    await page.route(path('/bom.json'), (route) =>
      route.fulfill({ body: `\uFEFF${JSON.stringify(good())}`, contentType: 'application/json' }),
    );
    await page.goto('./?data=/bom.json&view=list');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Iran–United States escalation, 2019–2024',
    );
  });

  test('field errors are listed with their paths', async ({ page }) => {
    const data = good();
    data.events[12].sources[0].url = 'javascript:alert(1)';
    data.events[3].date = '2019-02-30';
    await page.route(path('/invalid.json'), (route) => route.fulfill({ json: data }));
    await page.goto('./?data=/invalid.json');
    const problems = page.getByRole('list', { name: 'Problems in the dataset' });
    await expect(problems).toContainText('events[12].sources[0].url: must be an http(s) URL');
    await expect(problems).toContainText('events[3].date: is not a real calendar date');
  });

  test('a non-http data URL is refused before any request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('./?data=javascript:alert(1)');
    await expect(page.getByRole('alert')).toContainText('Only http(s) addresses');
    expect(requests.filter((u) => u.includes('.json') || u.startsWith('javascript'))).toEqual([]);
  });
});

test.describe('slow, huge and odd responses', () => {
  test('a stalled response ends in a timeout message with Retry', async ({ page, watch }) => {
    test.setTimeout(60_000);
    watch.allowConsole('ERR_');
    await page.route(path('/stalled.json'), () => {
      // Never answered.
    });
    await page.goto('./?data=/stalled.json');
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('took too long', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('changing ?data= while a load is stalled aborts the old request and loads the new one', async ({
    page,
    watch,
  }) => {
    watch.allowConsole('ERR_');
    const aborted: string[] = [];
    page.on('requestfailed', (r) => aborted.push(new URL(r.url()).pathname));
    await page.route(path('/stalled.json'), () => {});
    await page.goto('./?data=/stalled.json&view=list');
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
    await page.evaluate(() => {
      history.pushState(null, '', '?view=list');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Iran–United States escalation, 2019–2024',
    );
    await expect.poll(() => aborted).toContain('/stalled.json');
  });

  test('a body over the size cap is refused with a message and the tab stays responsive', async ({
    page,
  }) => {
    const big = `{"title":"${'x'.repeat(26 * 1024 * 1024)}"}`;
    await page.route(path('/huge.json'), (route) =>
      route.fulfill({ body: big, contentType: 'application/json' }),
    );
    await page.goto('./?data=/huge.json');
    await expect(page.getByRole('alert')).toContainText('larger than 25 MB');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  test('__proto__ keys in a dataset pollute nothing', async ({ page }) => {
    const text = readFileSync('data/events.json', 'utf8')
      .replace('"title":', '"__proto__": {"polluted": "yes"}, "title":')
      .replace(
        '"id": "irgc-fto-designation",',
        '"id": "irgc-fto-designation", "__proto__": {"polluted": "yes"},',
      );
    await page.route(path('/proto.json'), (route) =>
      route.fulfill({ body: text, contentType: 'application/json' }),
    );
    await page.goto('./?data=/proto.json&view=list');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Iran–United States escalation, 2019–2024',
    );
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });
});

test('the built index.html carries no inline script (its one data block is JSON, never run)', async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    if (/\btype="application\/json"/.test(attrs!)) {
      expect(() => JSON.parse(body!)).not.toThrow();
      continue;
    }
    expect(attrs).toMatch(/\bsrc=/);
    expect(body!.trim()).toBe('');
  }
});

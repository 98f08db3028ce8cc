// Screenshots of a running build for review: node scripts/screenshot.mjs <base-url> <out-dir> [path...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs';

const [base = 'http://127.0.0.1:4173/', out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
// Playwright gives every launch a fresh, empty profile of its own.
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 780 } });
  page.on('console', (m) => m.type() === 'error' && console.log(`[console ${width}]`, m.text()));
  page.on('pageerror', (e) => console.log(`[pageerror ${width}]`, e.message));
  for (const [i, path] of (paths.length ? paths : ['']).entries()) {
    await page.goto(new URL(path, base).href);
    await page.waitForTimeout(1500);
    const file = join(out, `${width}-${i}.png`);
    await page.screenshot({ path: file, fullPage: width > 800 });
    console.log(file);
  }
  await page.close();
}
await browser.close();

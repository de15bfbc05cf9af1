/**
 * Takes screenshots of built pages for review: `npx tsx scripts/screenshots.ts <out-dir> /path/ …`
 * against a running preview server (BASE_URL, default http://127.0.0.1:4321). Each path is shot at
 * desktop (1280 px) and phone (375 px) widths, in light and dark colour schemes, full page.
 * SEARCH="words" types them into the header search (after pressing "/") and shoots the open list.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';

const [outDir = 'screenshots', ...pagePaths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const widths = (process.env.WIDTHS ?? '1280,375').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
for (const pagePath of pagePaths.length ? pagePaths : ['/']) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(pagePath.replace(/^\//u, ''), `${base}/`).href, {
        waitUntil: 'networkidle',
      });
      const typed = process.env.SEARCH;
      if (typed) {
        await page.keyboard.press('/');
        await page.keyboard.type(typed);
        await page.locator('#site-search-listbox [role=option]').first().waitFor();
      }
      const name = `${typed ? 'search-open-' : ''}${pagePath.replace(/[^a-z0-9]+/giu, '_').replace(/^_|_$/gu, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL !== '0' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      console.log(`${name}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
      await page.close();
    }
  }
}
await browser.close();

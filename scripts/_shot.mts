import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';
const [url, out, selector, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(url ?? '', { waitUntil: 'networkidle' });
await page.locator(selector ?? 'body').first().screenshot({ path: out ?? '/tmp/x.png' });
await browser.close();

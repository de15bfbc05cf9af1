import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_OUT_DIR } from '../../scripts/lib/hostile';

/**
 * The site built from the hostile fixture (scripts/hostile-fixture.ts: every free-text field ends
 * with markup meant to run script or inject elements). On every page: nothing from the data ran or
 * was injected, and the content security policy is in force before any of it.
 */
const sitemap = readFileSync(join(HOSTILE_OUT_DIR, 'sitemap-0.xml'), 'utf8');
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map(
  (m) => new URL(m[1] ?? '').pathname,
);
/** Views built in the browser from the data: search results, a comparison, a matrix cell. */
const scriptedPaths = [
  '/search/?q=onload',
  '/compare/?a=paris-call,manrs',
  '/matrix/?cell=manrs:6',
];

/** What the payload shows, as text, once it is escaped. */
const VISIBLE = '<svg onload=alert(1)>';

/**
 * What may come before the CSP <meta>, as served: the doctype, <html>, <head> and the head's own
 * <meta>, <link> and <title> elements (the title’s text escaped, attribute values double-quoted), and
 * the embed layout’s fixed <base target="_blank">.
 * Anything else there would be markup from the data opening an element or ending the head first.
 */
const ATTRIBUTES = String.raw`(?:\s+[a-z0-9-]+(?:="[^"]*")?)*\s*`;
const HEAD_ITEMS = new RegExp(
  String.raw`<!doctype html>|<html${ATTRIBUTES}>|<head>|<(?:meta|link)${ATTRIBUTES}\/?>|<title>[^<]*<\/title>|<base target="_blank">`,
  'giu',
);
const CSP_META = /<meta http-equiv="content-security-policy"/iu;

/** Records dialogs and CSP violations from the first script the page runs. */
async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    Object.assign(window, { cspViolations: list });
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(`${event.violatedDirective}: ${event.sample}`);
    });
  });
  return dialogs;
}

for (const path of [...sitemapPaths, ...scriptedPaths]) {
  test(`${path}: no script from the data runs and no element is injected`, async ({ page }) => {
    const dialogs = await watch(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const html = (await response?.text()) ?? '';
    const csp = html.search(CSP_META);
    expect(csp, 'a CSP <meta> in the page as served').toBeGreaterThan(0);
    const before = html.slice(0, csp).replace(HEAD_ITEMS, '').replace(/\s+/gu, ' ').trim();
    expect.soft(before, 'markup before the CSP <meta>').toBe('');
    const found = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('*')];
      const policies = [
        ...document.querySelectorAll('meta[http-equiv="content-security-policy" i]'),
      ];
      return {
        handlers: elements.flatMap((el) =>
          [...el.attributes]
            .filter((a) => /^on/iu.test(a.name))
            .map((a) => `${el.localName}[${a.name}="${a.value}"]`),
        ),
        payloadAttributes: elements.flatMap((el) =>
          [...el.attributes]
            .filter((a) => ['alert(1)', 'self.hostile=1'].includes(a.value))
            .map((a) => `${el.localName}[${a.name}]`),
        ),
        injected: document.querySelectorAll('svg[onload], img[onerror], img[src="x"]').length,
        policiesInHead: policies.map((meta) => meta.parentElement === document.head),
        flag: 'hostile' in window,
        violations: (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      };
    });
    expect.soft(dialogs, 'dialogs opened').toEqual([]);
    expect.soft(found.flag, 'a global set by an injected handler').toBe(false);
    expect
      .soft(found.violations, 'CSP violations (something was injected and blocked)')
      .toEqual([]);
    expect.soft(found.handlers, 'event-handler attributes').toEqual([]);
    expect.soft(found.payloadAttributes, 'attributes parsed out of the payload').toEqual([]);
    expect.soft(found.injected, 'injected <svg onload> or <img onerror>').toBe(0);
    expect.soft(found.policiesInHead, 'one CSP <meta>, inside <head>').toEqual([true]);
  });
}

test.describe('the payload shows as text', () => {
  const agreement = sitemapPaths.find((p) => /^\/agreements\/[a-z0-9-]+\/$/u.test(p)) ?? '';
  for (const path of [agreement, '/sources/bpf-2020-cyber-norms-report/', '/data/changelog/']) {
    test(`on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText(VISIBLE).filter({ visible: true }).first()).toBeVisible();
    });
  }

  test('in search results, which a browser script writes', async ({ page }) => {
    await page.goto('/search/?q=onload');
    await expect(page.locator('.search-result').getByText(VISIBLE).first()).toBeVisible();
  });

  test('in the matrix island, rendered by React', async ({ page }) => {
    await page.goto('/matrix/');
    const island = page.locator('astro-island');
    await expect(island.getByText(VISIBLE).filter({ visible: true }).first()).toBeVisible();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, watchPage } from './support';

/**
 * Gates over every page of the built site, as listed in its sitemap: accessibility, console errors,
 * failed or off-site requests, and the content security policy.
 */
const outDir = process.env.OUT_DIR ?? 'dist';
const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
const pagePaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map(
  (m) => new URL(m[1] ?? '').pathname,
);

test('the sitemap lists the site’s pages', () => {
  expect(pagePaths).toContain('/');
  expect(pagePaths).toContain('/matrix/');
  expect(pagePaths.length).toBeGreaterThan(50);
});

for (const path of pagePaths) {
  test(`${path}: no accessibility violations, console errors, failed or off-site requests`, async ({
    page,
  }) => {
    const check = watchPage(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await expectAccessible(page);
    check();
  });
}

test.describe('content security policy', () => {
  const samples = ['/', '/matrix/', '/charts/norm-frequency/', '/embed/timeline/', '/data/'];

  for (const path of samples) {
    test(`${path} allows only this site for scripts, styles, images, fonts and connections`, async ({
      page,
    }) => {
      await page.goto(path);
      const policy = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      const directives = new Map(
        (policy ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/u))
          .filter((parts) => parts[0])
          .map(([name = '', ...values]) => [name, values]),
      );
      for (const name of [
        'default-src',
        'script-src',
        'style-src',
        'img-src',
        'connect-src',
        'font-src',
      ]) {
        const values = directives.get(name);
        expect(values, name).toBeDefined();
        const outside = (values ?? []).filter(
          (v) =>
            !["'self'", 'data:'].includes(v) && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/u.test(v),
        );
        expect(outside, `${name} allows more than this site`).toEqual([]);
      }
      expect(directives.get('object-src')).toEqual(["'none'"]);
    });
  }

  test('a script from another host is refused', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (msg.text().includes('Content Security Policy')) violations.push(msg.text());
    });
    await page.goto('/');
    const loaded = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = 'https://cdn.example.com/tracker.js';
          script.onload = () => {
            resolve(true);
          };
          script.onerror = () => {
            resolve(false);
          };
          document.head.append(script);
        }),
    );
    expect(loaded).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });
});

test.describe('open data page', () => {
  test('lists every download, and its Dataset metadata points at files that exist', async ({
    page,
    request,
  }) => {
    await page.goto('/data/');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type': string; version: string; distribution: { contentUrl: string }[] };
    expect(jsonLd['@type']).toBe('Dataset');
    const footerVersion = await page.locator('[data-dataset-version]').first().textContent();
    expect(footerVersion).toContain(jsonLd.version);
    for (const file of jsonLd.distribution) {
      const path = new URL(file.contentUrl).pathname;
      await expect(page.locator(`a[href="${path}"]`)).toBeVisible();
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain(jsonLd.version);
    }
  });
});

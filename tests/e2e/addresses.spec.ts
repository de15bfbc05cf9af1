import { expect, test } from '@playwright/test';
import { CHARTS } from '../../src/charts/registry';
import { chartPath, embedPath } from '../../src/lib/urls';

/**
 * The build names its site origin (SITE_URL, here the default) in the addresses readers copy; a
 * page served from another origin (the test server) must show its own instead, while canonical
 * links keep the build's for crawlers.
 */
test('citations and the data page’s examples name the origin the page is served from', async ({
  page,
  baseURL,
}) => {
  const own = new URL(baseURL ?? '').origin;
  await page.goto('/data/');
  const built = await page.locator('html').getAttribute('data-site');
  expect(built).toBeTruthy();
  expect(built).not.toBe(own);
  for (const block of await page.locator('[data-own-origin]').all()) {
    await expect(block).toContainText(`${own}/`);
    await expect(block).not.toContainText(built ?? '');
  }
  await expect(page.locator('[data-own-origin]')).toHaveCount(4);
  await expect(page.locator('pre', { hasText: 'pd.read_csv' })).toContainText(
    `pd.read_csv("${own}/data/v`,
  );
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical?.startsWith(built ?? '-')).toBe(true);
});

test('an embed snippet and the embed’s full-view link name the page’s own origin', async ({
  page,
  baseURL,
}) => {
  const own = new URL(baseURL ?? '').origin;
  const id = CHARTS[0]?.id ?? '';
  await page.goto(chartPath(id));
  await expect(page.locator('pre', { hasText: '<iframe' })).toContainText(`src="${own}/embed/`);
  await expect(page.locator('pre', { hasText: 'e.origin' }).first()).toContainText(own);
  await page.goto(embedPath(id));
  const full = page.getByRole('link', { name: /^Open the full view/u });
  await expect(full).toHaveAttribute('href', new RegExp(`^${own}/charts/`, 'u'));
  await expect(full).toContainText(new URL(own).host);
});

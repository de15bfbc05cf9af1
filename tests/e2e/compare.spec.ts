import { expect, test } from '@playwright/test';
import { loadVerifiedData } from '../../scripts/lib/data-files';
import { compareSummary } from '../../src/lib/compare';
import { expectAccessible, expectNoSidewaysScroll, watchPage } from './support';

const { agreements, norms } = loadVerifiedData();
const pick = [agreements[15], agreements[16], agreements[13]].filter((a) => a !== undefined);
const [first, second, third] = pick;
if (!first || !second || !third) throw new Error('fewer than 17 agreements');
const reflected = (a: (typeof agreements)[number]) =>
  new Set(a.norms.filter((c) => c.reflected).map((c) => c.norm));
const expected = compareSummary(
  [first, second].map((a) => ({ slug: a.slug, reflected: reflected(a) })),
  norms.map((n) => n.id),
);
const normList = (ids: number[]) =>
  ids.map((id) => `${id} (${norms.find((n) => n.id === id)?.title ?? ''})`).join(', ') || 'None';

test.describe('compare', () => {
  test('picking two agreements shows the norms both, some and none reflect', async ({ page }) => {
    const check = watchPage(page);
    await page.goto('/compare/');
    await page.getByRole('checkbox', { name: new RegExp(`^${first.shortName}`, 'u') }).check();
    await page.getByRole('checkbox', { name: new RegExp(`^${second.shortName}`, 'u') }).check();
    await expect(page).toHaveURL(new RegExp(`\\?a=${first.slug},${second.slug}$`, 'u'));
    const summary = page.locator('.compare-summary dd');
    await expect(summary.nth(0)).toHaveText(normList(expected.all));
    await expect(summary.nth(2)).toHaveText(normList(expected.none));
    await expect(summary.nth(1).locator('li')).toHaveCount(expected.some.length);
    await expect(page.locator('.compare-table .norm-row')).toHaveCount(norms.length);
    await expect(page.locator('.compare-table thead th')).toHaveText([
      first.shortName,
      second.shortName,
    ]);
    check();
  });

  test('the URL opens the same comparison, and back/forward follow the choice', async ({
    page,
  }) => {
    await page.goto(`/compare/?a=${first.slug},${second.slug}`);
    await expect(page.locator('.compare-table thead th')).toHaveCount(2);
    await page.getByRole('checkbox', { name: new RegExp(`^${third.shortName}`, 'u') }).check();
    await expect(page.locator('.compare-table thead th')).toHaveCount(3);
    await page.goBack();
    await expect(page.locator('.compare-table thead th')).toHaveCount(2);
    await page.goForward();
    await expect(page.locator('.compare-table thead th')).toHaveText([
      first.shortName,
      second.shortName,
      third.shortName,
    ]);
  });

  test('an unknown slug is left out with a notice, never an error', async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/compare/?a=${first.slug},no-such-treaty,${second.slug}&a=<b>x</b>`);
    await expect(page.locator('.compare-status .notice')).toContainText('“no-such-treaty”');
    await expect(page.locator('.compare-status .notice')).toContainText('“<b>x</b>”');
    await expect(page.locator('main b')).toHaveCount(0);
    await expect(page.locator('.compare-table thead th')).toHaveCount(2);
    check();
  });

  test('every agreement page links to a comparison that starts with it', async ({ page }) => {
    await page.goto(`/agreements/${first.slug}/`);
    await page.getByRole('link', { name: 'Compare with…' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/\\?a=${first.slug}$`, 'u'));
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${first.shortName}`, 'u') }),
    ).toBeChecked();
    await expect(page.locator('.compare-status')).toContainText('choose at least one more');
  });

  test('is accessible, light and dark, and stacks into cards on a phone', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/compare/?a=${first.slug},${second.slug},${third.slug}`);
      await expect(page.locator('.compare-table')).toBeVisible();
      await expectAccessible(page);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoSidewaysScroll(page);
    await expect(page.locator('.compare-table .norm-row .owner').first()).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the form builds the comparison address', async ({ page }) => {
      await page.goto('/compare/');
      await page.getByRole('checkbox', { name: new RegExp(`^${first.shortName}`, 'u') }).check();
      await page.getByRole('checkbox', { name: new RegExp(`^${second.shortName}`, 'u') }).check();
      await page.getByRole('button', { name: 'Compare the chosen agreements' }).click();
      await expect(page).toHaveURL(
        new RegExp(`/compare/\\?a=${first.slug}&a=${second.slug}$`, 'u'),
      );
      await expect(page.locator('noscript')).toHaveCount(1);
    });
  });
});

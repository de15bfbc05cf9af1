import { expect, test } from '@playwright/test';
import { loadVerifiedData } from '../../scripts/lib/data-files';
import { expectAccessible, watchPage } from './support';

const { agreements } = loadVerifiedData();
// A distinctive phrase from the middle of a quote under a norm.
const target = agreements
  .flatMap((a) => a.norms.flatMap((c) => c.evidence.map((e) => ({ a, c, e }))))
  .find(({ e }) => e.kind === 'quote' && e.text.split(/\s+/u).length > 14);
if (!target) throw new Error('no long quote');
const phrase = target.e.text.replace(/\s+/gu, ' ').split(' ').slice(4, 10).join(' ');

test.describe('header search', () => {
  test('loads only when used, finds a quote by keyboard and lands on its norm block', async ({
    page,
  }) => {
    const check = watchPage(page);
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index.json')) indexRequests.push(r.url());
    });
    await page.goto('/methodology/');
    expect(indexRequests).toEqual([]);
    await page.keyboard.press('/');
    const box = page.locator('#site-search-input');
    await expect(box).toBeFocused();
    await box.fill(phrase);
    const option = page
      .locator('#site-search-results [role="option"]', { hasText: target.a.shortName })
      .first();
    await expect(option).toBeVisible();
    await expect(page.locator('#site-search-results mark').first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    // Arrow down to the first quote result and open it with Enter.
    const options = page.locator('#site-search-results [role="option"]');
    const hrefs = await options.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const index = hrefs.indexOf(`/agreements/${target.a.slug}/#norm-${target.c.norm}`);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`/agreements/${target.a.slug}/#norm-${target.c.norm}$`, 'u'),
    );
    expect(indexRequests).toHaveLength(1);
    check();
  });

  test('Escape closes the list and keeps the focus in the box', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('#site-search-input');
    await box.focus();
    await box.fill('privacy');
    await expect(page.locator('#site-search-results')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results')).toBeHidden();
    await expect(box).toBeFocused();
  });

  test('Enter without a chosen result opens the shareable results page', async ({ page }) => {
    await page.goto('/norms/');
    await page.locator('#site-search-input').fill('critical infrastructure');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=critical\+infrastructure$/u);
  });
});

test.describe('results page', () => {
  test('shows grouped results for ?q= and is accessible', async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
    await expect(page.locator('#search-page-q')).toHaveValue(phrase);
    await expect(page.locator('#search-page-status')).toContainText('results for');
    await expect(page.getByRole('heading', { level: 2, name: 'Quotes' })).toBeVisible();
    await expect(
      page.locator(`a[href="/agreements/${target.a.slug}/#norm-${target.c.norm}"]`).first(),
    ).toBeVisible();
    await expectAccessible(page);
    check();
  });

  test('renders a hostile query as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.locator('#search-page-status')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the header form lands here, with a note and the agreement and norm lists', async ({
      page,
    }) => {
      await page.goto('/');
      await page.locator('#site-search-input').fill('privacy');
      await page.locator('#site-search-input').press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=privacy$/u);
      await expect(page.locator('noscript')).toHaveCount(1);
      const html = await page.content();
      expect(html).toContain('Search results need JavaScript');
    });
  });
});

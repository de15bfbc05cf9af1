import { expect, test, type Page } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { evidenceOf } from '../../src/lib/quoteLocations';
import { listOf } from '../../src/lib/format';
import { agreementNormPath, normPath } from '../../src/lib/urls';
import { expectAccessible, expectNoSidewaysScroll, pageTypes, watchPage } from './support';

/** Everything expected here is computed from the data files, never copied from the page. */
const { agreements, norms } = requireDataset();
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A phrase of five words that occurs in one passage only, under a norm, in a late agreement. */
const target = (() => {
  const passages = agreements.flatMap((a) =>
    evidenceOf(a).map(({ place, evidence }) => ({ a, place, text: squash(evidence.text) })),
  );
  for (const p of [...passages].reverse()) {
    if (p.place.part !== 'norm') continue;
    const words = p.text.split(' ');
    if (words.length < 10) continue;
    const phrase = words.slice(3, 8).join(' ');
    const holders = passages.filter((q) => q.text.toLowerCase().includes(phrase.toLowerCase()));
    if (holders.length === 1)
      return { slug: p.a.slug, href: agreementNormPath(p.a.slug, p.place.normId), phrase };
  }
  throw new Error('no passage has a phrase of its own');
})();

const input = (page: Page) => page.locator('#site-search-input');
const options = (page: Page) => page.locator('#site-search-listbox [role=option]');

/** Presses "/" and types, as a keyboard user would, then waits for the results. */
async function typeInHeader(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type(text);
  await expect(options(page).first()).toBeVisible();
}

test.describe('header search', () => {
  test('pages load no framework and no search code until the reader asks for search', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of [pageTypes.agreement, pageTypes.norm, pageTypes.methodology]) {
      scripts.length = 0;
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(
        scripts.some((s) => /client|Explorer|combobox|searcher|searchWorker/u.test(s)),
        path,
      ).toBe(false);
    }
    await typeInHeader(page, 'privacy');
    expect(scripts.some((s) => s.includes('combobox'))).toBe(true);
    expect(scripts.some((s) => /client\.|Explorer/u.test(s))).toBe(false);
  });

  test('by keyboard, lands on the norm block that holds the quote', async ({ page }) => {
    const check = watchPage(page);
    await page.goto('/');
    await typeInHeader(page, target.phrase);
    await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
    const hrefs = await options(page).evaluateAll((nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.href ?? ''),
    );
    expect(hrefs[0]).toBe(`/agreements/${target.slug}/`);
    const at = hrefs.indexOf(target.href);
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i <= at; i += 1) await page.keyboard.press('ArrowDown');
    const activeId = await input(page).getAttribute('aria-activedescendant');
    await expect(page.locator(`#${activeId ?? 'none'}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(`#${activeId ?? 'none'}`)).toHaveAttribute('data-href', target.href);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target.href}$`, 'u'));
    await expect(page.locator(target.href.replace(/^.*#/u, '#'))).toBeInViewport();
    check();
  });

  test('marks the matched words and moves round the list with the arrow keys', async ({ page }) => {
    await page.goto(pageTypes.agreement);
    await typeInHeader(page, target.phrase);
    await expect(page.locator('#site-search-listbox mark').first()).toBeVisible();
    const count = await options(page).count();
    await page.keyboard.press('ArrowUp');
    await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#site-search-listbox [aria-selected=true]')).toHaveCount(1);
  });

  test('Escape closes the list, then clears the box, and focus stays in the box', async ({
    page,
  }) => {
    await page.goto(pageTypes.norm);
    await typeInHeader(page, 'privacy');
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-popup')).toBeHidden();
    await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(input(page)).toBeFocused();
    await expect(input(page)).toHaveValue('privacy');
    await page.keyboard.press('Escape');
    await expect(input(page)).toHaveValue('');
    await expect(input(page)).toBeFocused();
  });

  test('"/" types a slash when the reader is already in a text field', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-page-q').focus();
    await page.keyboard.type('a/b');
    await expect(page.locator('#search-page-q')).toHaveValue('a/b');
    await expect(input(page)).not.toBeFocused();
  });

  test('Enter with no result chosen opens the search page for the query', async ({ page }) => {
    await page.goto('/');
    await typeInHeader(page, target.phrase);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/u);
    await expect(page.locator('[data-search-heading]')).toHaveText(
      `Results for “${target.phrase}”`,
    );
  });

  test('is accessible open, light and dark, and fits a phone', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(pageTypes.agreement);
      await typeInHeader(page, 'critical infrastructure');
      await page.keyboard.press('ArrowDown');
      await expectAccessible(page);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(pageTypes.agreement);
    await typeInHeader(page, 'critical infrastructure');
    await expectNoSidewaysScroll(page);
  });
});

test.describe('search page', () => {
  test('a shared /search/?q= link shows the grouped results, each a link to its place', async ({
    page,
  }) => {
    const check = watchPage(page);
    await page.goto(`/search/?q=${encodeURIComponent(target.phrase)}`);
    await expect(page.locator('#search-page-q')).toHaveValue(target.phrase);
    await expect(page.locator('[data-search-heading]')).toHaveText(
      `Results for “${target.phrase}”`,
    );
    await expect(page).toHaveTitle(new RegExp(`^${target.phrase}`, 'u'));
    await expect(page.locator('#results-agreements + ol a').first()).toHaveAttribute(
      'href',
      `/agreements/${target.slug}/`,
    );
    const quote = page.locator(`#results-quotes + ol a[href="${target.href}"]`);
    await expect(quote.locator('xpath=..').locator('mark').first()).toBeVisible();
    await quote.click();
    await expect(page).toHaveURL(new RegExp(`${target.href}$`, 'u'));
    check();
  });

  test('“vulnerability disclosure” shows the norm 11 page first, and a shared passage once', async ({
    page,
  }) => {
    const norm = norms.find((n) => n.id === 11);
    const paris = agreements.find((a) => a.slug === 'paris-call');
    // The Paris Call passage the report gives under several norms, and those norms, from the data.
    const shared = paris?.norms.find((c) => {
      const text = squash(c.evidence[0]?.text ?? '');
      return (
        text && paris.norms.filter((o) => squash(o.evidence[0]?.text ?? '') === text).length > 1
      );
    });
    const sharedText = squash(shared?.evidence[0]?.text ?? '');
    const sharedNorms = (paris?.norms ?? [])
      .filter((c) => squash(c.evidence[0]?.text ?? '') === sharedText)
      .map((c) => String(c.norm));
    await page.goto('/search/?q=vulnerability%20disclosure');
    await expect(page.locator('[data-search-groups] .result-title').first()).toHaveAttribute(
      'href',
      normPath(norm?.slug ?? ''),
    );
    // Searched for by its own words, the shared passage is one hit naming every norm it serves.
    await page.goto(
      `/search/?q=${encodeURIComponent(sharedText.split(' ').slice(0, 8).join(' '))}`,
    );
    const hits = page
      .locator('#results-quotes + ol li')
      .filter({ has: page.locator('.result-title', { hasText: paris?.shortName ?? '' }) })
      .filter({ hasText: `Evidence for norms ${listOf(sharedNorms)}` });
    await expect(hits).toHaveCount(1);
    expect(sharedNorms.length).toBeGreaterThan(1);
  });

  test('shows a hostile query as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
    await expect(page.locator('[data-search-heading]')).toHaveText(`Results for “${hostile}”`);
    await expect(page.locator('#search-page-q')).toHaveValue(hostile);
    await expect(page.locator('[data-search-status]')).not.toHaveText(/Loading/u);
    await expect(page.locator('main img, main [data-search-results] script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzzqqqxxx');
    await expect(page.locator('[data-search-status]')).toContainText('No results');
  });

  test('is accessible, light and dark, and fits a phone', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=critical%20infrastructure');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expectAccessible(page);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoSidewaysScroll(page);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to the search page, which says results need JavaScript', async ({
    page,
  }) => {
    await page.goto(pageTypes.agreement);
    await input(page).fill('privacy');
    await input(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=privacy$/u);
    // Playwright's text matching skips <noscript>, so read its text directly.
    const noscript = await page.locator('noscript').evaluate((n) => n.textContent);
    expect(noscript).toContain('Search results need JavaScript');
    await expect(page.locator('.browse-lists ul a')).toHaveCount(agreements.length);
    await expect(page.locator('.browse-lists ol a')).toHaveCount(norms.length);
  });
});

import { expect, test, type Page } from '@playwright/test';
import {
  agreementSlugs,
  expectAccessible,
  expectNoSidewaysScroll,
  norms,
  pageTypes,
  watchPage,
} from './support';

test.describe('agreement pages', () => {
  for (const slug of agreementSlugs) {
    test(`${slug} renders its title and all ${norms.length} norm blocks`, async ({ page }) => {
      const done = watchPage(page);
      const response = await page.goto(`/agreements/${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      for (const norm of norms) await expect(page.locator(`#norm-${norm.id}`)).toHaveCount(1);
      await expect(page.locator('section.norm-block')).toHaveCount(norms.length);
      done();
    });
  }

  test('an agreement×norm link scrolls to the block and marks it', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[15] ?? ''}/#norm-6`);
    const block = page.locator('#norm-6');
    await expect(block).toBeInViewport();
    const marked = await block.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(marked).toBe('"Linked norm"');
    const unmarked = await page
      .locator('#norm-5')
      .evaluate((el) => getComputedStyle(el, '::before').content);
    expect(unmarked).toBe('none');
  });

  test('every quote links to its highlighted passage in the report', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[15] ?? ''}/`);
    const link = page.locator('#norm-10 a.to-source').first();
    const href = await link.getAttribute('href');
    await link.click();
    const anchor = (href ?? '').split('#')[1] ?? '';
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`, 'u'));
    const passage = page.locator(`mark.passage:has(#${anchor})`);
    await expect(passage).toBeInViewport();
    const outline = await passage.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('the copy-link button copies the block’s address', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/agreements/${agreementSlugs[0] ?? ''}/`);
    await page.locator('#norm-5 [data-copy-link]').click();
    await expect(page.locator('#norm-5 [data-copy-status]')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL ?? ''}/agreements/${agreementSlugs[0] ?? ''}/#norm-5`);
  });

  test('links to the previous and next agreement', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[1] ?? ''}/`);
    await expect(page.locator('a[rel=prev]')).toHaveAttribute(
      'href',
      `/agreements/${agreementSlugs[0] ?? ''}/`,
    );
    await expect(page.locator('a[rel=next]')).toHaveAttribute(
      'href',
      `/agreements/${agreementSlugs[2] ?? ''}/`,
    );
  });

  test('offers a citation in plain text and BibTeX', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[0] ?? ''}/`);
    await page.locator('summary', { hasText: 'Cite this page' }).click();
    await expect(page.locator('pre', { hasText: '@misc{' })).toContainText(
      `/agreements/${agreementSlugs[0] ?? ''}/`,
    );
    await expect(page.locator('pre', { hasText: '@techreport{' })).toContainText('Hering');
  });

  test('prints without navigation or buttons', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[0] ?? ''}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeVisible();
    await expect(page.locator('.search')).toBeHidden();
    await expect(page.locator('.copy-link').first()).toBeHidden();
    await expect(page.locator('#norm-1')).toBeVisible();
  });
});

test.describe('norm pages', () => {
  for (const norm of norms) {
    test(`norm ${norm.id} renders its title and all ${agreementSlugs.length} agreements`, async ({
      page,
    }) => {
      const done = watchPage(page);
      await page.goto(`/norms/${norm.slug}/`);
      await expect(page.locator('h1')).toHaveText(norm.title);
      const reflecting = await page.locator('.cards > li').count();
      const notReflecting = await page.locator('ul.absent > li').count();
      expect(reflecting + notReflecting).toBe(agreementSlugs.length);
      done();
    });
  }

  test('each reflecting agreement links to its block on the agreement page', async ({ page }) => {
    const norm = norms[5];
    await page.goto(`/norms/${norm?.slug ?? ''}/`);
    const hrefs = await page
      .locator('.cards > li h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href).toMatch(new RegExp(`^/agreements/[a-z0-9-]+/#norm-${norm?.id ?? 0}$`, 'u'));
  });

  test('/norms/<number>/ lands on the norm’s slug page', async ({ page }) => {
    const norm = norms[5];
    await page.goto(`/norms/${norm?.id ?? 0}/`);
    await expect(page).toHaveURL(`/norms/${norm?.slug ?? ''}/`);
    await expect(page.locator('h1')).toHaveText(norm?.title ?? '');
  });
});

/** Waits until every island has hydrated (Astro drops `ssr` then): an island's controls can be wider. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}

test.describe('every page type', () => {
  test('an unknown address gets the 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/agreements/no-such-agreement/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator(`a[href="/agreements/${agreementSlugs[0] ?? ''}/"]`)).toHaveCount(1);
  });

  for (const [type, path] of Object.entries(pageTypes)) {
    test(`${type} has no console errors and no accessibility violations`, async ({ page }) => {
      const done = watchPage(page);
      await page.goto(path);
      await expectAccessible(page);
      done();
    });

    test(`${type} has no accessibility violations in the dark colour scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expectAccessible(page);
    });

    test(`${type} does not scroll sideways at 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await hydrated(page);
      await expectNoSidewaysScroll(page);
    });

    // The site's font is `font-display: optional`: a slow network leaves the reader with the
    // fallback font, which is wider, so the page must fit in it too.
    test(`${type} does not scroll sideways at 360 px in the fallback font`, async ({ page }) => {
      await page.route('**/*.woff2', (route) => route.abort());
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      await hydrated(page);
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an agreement page is complete and its quote links still work', async ({ page }) => {
    await page.goto(`/agreements/${agreementSlugs[0] ?? ''}/#norm-5`);
    await expect(page.locator('section.norm-block')).toHaveCount(norms.length);
    await expect(page.locator('#norm-5 blockquote').first()).toBeVisible();
    await expect(page.locator('#norm-5 [data-copy-link]')).toHaveAttribute(
      'href',
      `/agreements/${agreementSlugs[0] ?? ''}/#norm-5`,
    );
  });
});

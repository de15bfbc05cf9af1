import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, watchPage } from './support';

/**
 * The first passage of Paris Call on norm 6, as "Copy with citation" must put it on the clipboard
 * (the origin is the test server's).
 */
const parisNorm6Citation = (origin: string) =>
  '“Supporters of the Paris Call [including states] are therefore committed to working together to:”\n' +
  '— Paris Call, Norm 6: Cooperation for stability.\n' +
  `Cyber Norms Explorer: ${origin}/agreements/paris-call/#norm-6-1`;

const PHONE = { width: 360, height: 740 };

test.describe('quote cards', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  async function copyFrom(page: Page, card: Locator): Promise<string> {
    await card.getByRole('button', { name: 'Copy with citation' }).click();
    await expect(card.getByRole('status')).toHaveText('Copied');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test('copies a quote with its citation on the agreement page', async ({ page, baseURL }) => {
    const check = watchPage(page);
    await page.goto('/agreements/paris-call/');
    const card = page.locator('#norm-6-1');
    await expect(card.getByRole('link', { name: 'Permalink' })).toHaveAttribute(
      'href',
      '/agreements/paris-call/#norm-6-1',
    );
    expect(await copyFrom(page, card)).toBe(parisNorm6Citation(baseURL ?? ''));
    await expectAccessible(page);
    check();
  });

  test('copies the same citation from the norm page, the permalink pointing at the agreement', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/norms/cooperation-for-stability/');
    const card = page
      .locator('.card', { has: page.getByRole('heading', { name: 'Paris Call', exact: true }) })
      .locator('.evidence')
      .first();
    await expect(card.getByRole('link', { name: 'Permalink' })).toHaveAttribute(
      'href',
      '/agreements/paris-call/#norm-6-1',
    );
    expect(await copyFrom(page, card)).toBe(parisNorm6Citation(baseURL ?? ''));
  });

  test('without the Clipboard API, shows the citation selected to copy by hand', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto('/agreements/paris-call/');
    const card = page.locator('#norm-6-1');
    await card.getByRole('button', { name: 'Copy with citation' }).click();
    await expect(card.getByRole('status')).toContainText('press Ctrl+C');
    const field = card.getByRole('textbox', { name: 'Citation to copy' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(parisNorm6Citation(baseURL ?? ''));
    const selected = await field.evaluate(
      (el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart,
    );
    expect(selected).toBe(parisNorm6Citation(baseURL ?? '').length);
  });
});

/** Whether the element's box lies inside the viewport and is what is drawn at its centre. */
async function expectUncovered(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('no box');
  expect(box.y, 'top inside the viewport').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom inside the viewport').toBeLessThanOrEqual(PHONE.height);
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 8));
    return hit !== null && el.contains(hit);
  });
  expect(onTop, 'nothing (a sticky header) drawn over it').toBe(true);
}

test.describe('shared links land on the evidence at 360 × 740', () => {
  test.use({ viewport: PHONE });

  test('a cell link shows the first quote without scrolling, focused and marked', async ({
    page,
  }) => {
    await page.goto('/agreements/paris-call/#norm-6');
    const block = page.locator('#norm-6');
    await expect(block).toBeFocused();
    expect(await block.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
      '"Linked norm"',
    );
    await expectUncovered(block.locator('.evidence blockquote').first());
    await expectUncovered(block.locator('h3'));
  });

  test('a quote permalink lands on the quote, focused and marked', async ({ page }) => {
    await page.goto('/agreements/paris-call/#norm-6-1');
    const quote = page.locator('#norm-6-1');
    await expect(quote).toBeFocused();
    expect(await quote.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
      '"Linked quote"',
    );
    await expectUncovered(quote.locator('blockquote'));
    expect(
      await page.locator('#norm-6').evaluate((el) => getComputedStyle(el, '::before').content),
    ).toBe('none');
  });
});

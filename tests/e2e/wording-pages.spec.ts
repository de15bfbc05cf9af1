import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, watchPage } from './support';

/**
 * The wording measure on the reading pages (issue 15): each measured cell says its class and share,
 * marks in its quotes and in the norm's GGE wording the runs they share, and says the measure is the
 * site's (on a coded document: the editors' coding). The marks change neither what is copied nor
 * what a screen reader can learn from them, and print open and underlined.
 */

const SHARED = 'prevent the proliferation of malicious';
const PARIS_NORM_3_QUOTE =
  'Non-proliferation – Develop ways to prevent the proliferation of malicious software and practices intended to cause harm.';

/** The GGE wording under a cell's quotes, and the marks in its quotes. */
const ggeWording = (cell: Locator) => cell.locator('details.gge-wording');
const quoteMarks = (cell: Locator) => cell.locator('.passage mark.shared-run');

test.describe('agreement pages', () => {
  test('a cell that borrows a phrase marks it in the quote and in the GGE wording', async ({
    page,
  }) => {
    const check = watchPage(page);
    await page.goto('/agreements/paris-call/#norm-3');
    const cell = page.locator('#norm-3');
    await expect(cell.locator('.wording-summary')).toContainText('Borrows GGE phrases');
    await expect(cell.locator('.wording-summary')).toContainText(
      'This site’s measure, not the report’s',
    );
    await expect(quoteMarks(cell)).toHaveCount(1);
    await expect(quoteMarks(cell)).toContainText(SHARED);
    // Open: the borrowed phrase is what the GGE side shows.
    const gge = ggeWording(cell);
    await expect(gge).toHaveAttribute('open', '');
    await expect(gge.locator('mark.shared-run')).toBeVisible();
    await expect(gge.locator('mark.shared-run')).toContainText(SHARED);
    await expectAccessible(page);
    check();
  });

  test('a restating cell says so, at 100%, its GGE wording folded', async ({ page }) => {
    await page.goto('/agreements/un-gge-2015/');
    const cell = page.locator('#norm-1');
    await expect(cell.locator('.wording-summary')).toContainText('Restates the GGE wording');
    await expect(cell.locator('.wording-summary')).toContainText('100% of the GGE wording');
    await expect(ggeWording(cell)).not.toHaveAttribute('open');
    await expect(ggeWording(cell).locator('blockquote')).toBeHidden();
    await ggeWording(cell).locator('summary').click();
    await expect(ggeWording(cell).locator('mark.shared-run')).toBeVisible();
  });

  test('a reflected cell with no quote of the agreement says it is not measured', async ({
    page,
  }) => {
    await page.goto('/agreements/eu-joint-communication-2017/');
    const cell = page.locator('#norm-11');
    await expect(cell.locator('.wording-not-measured')).toHaveText(
      'Wording not measured: the evidence holds no quote of the agreement to compare with the GGE text.',
    );
    await expect(cell.locator('.wording-summary')).toHaveCount(0);
    await expect(cell).not.toContainText('own words');
  });

  test('prints the GGE wording open and the shared runs underlined', async ({ page }) => {
    await page.goto('/agreements/un-gge-2015/');
    await page.emulateMedia({ media: 'print' });
    const cell = page.locator('#norm-1');
    const gge = ggeWording(cell).locator('blockquote');
    expect(await gge.evaluate((el) => el.checkVisibility())).toBe(true);
    expect(
      await quoteMarks(cell)
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
  });
});

test.describe('the marks leave the quote verbatim', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copying a marked quote copies the quote as printed, no cue in it', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/agreements/paris-call/');
    const card = page.locator('#norm-3-2');
    await expect(quoteMarks(card)).toHaveCount(1);
    await card.getByRole('button', { name: 'Copy with citation' }).click();
    await expect(card.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${PARIS_NORM_3_QUOTE}”\n` +
        '— Paris Call, Norm 3: Supply chain security.\n' +
        `Cyber Norms Explorer: ${baseURL ?? ''}/agreements/paris-call/#norm-3-2`,
    );
    expect(await card.locator('.passage').textContent()).toBe(PARIS_NORM_3_QUOTE);
  });

  test('a screen reader hears where each shared run starts and ends', async ({ page }) => {
    await page.goto('/agreements/paris-call/');
    const quote = page.locator('#norm-3-2 .passage');
    expect(await quote.ariaSnapshot()).toContain(
      `[words shared with the GGE text] to ${SHARED} [end of shared words]`,
    );
  });
});

/** The card of one agreement on a norm page. */
function normCard(page: Page, agreement: string): Locator {
  return page.locator('.card', {
    has: page.getByRole('heading', { name: agreement, exact: true }),
  });
}

test.describe('norm pages', () => {
  test('tally the measured agreements and give each card its measure', async ({ page }) => {
    const check = watchPage(page);
    await page.goto('/norms/supply-chain-security/');
    await expect(page.locator('.wording-tally')).toHaveText(
      'Of the 8 agreements whose quotes are measured, 2 restate the GGE wording, 1 borrows GGE phrases and 5 are in their own words. This site’s measure, not the report’s',
    );
    const paris = normCard(page, 'Paris Call');
    await expect(paris.locator('.wording-summary')).toContainText('Borrows GGE phrases');
    await expect(quoteMarks(paris)).toContainText(SHARED);
    await expect(ggeWording(paris).locator('mark.shared-run')).toContainText(SHARED);
    const techAccord = normCard(page, 'Cybersecurity Tech Accord');
    await expect(techAccord.locator('.wording-summary')).toContainText('In its own words');
    await expect(quoteMarks(techAccord)).toHaveCount(0);
    await expectAccessible(page);
    check();
  });
});

test.describe('document pages', () => {
  test('measure the editors’ coding and say it is theirs', async ({ page }) => {
    const check = watchPage(page);
    await page.goto('/documents/sco-code-of-conduct-2011/');
    const cell = page.locator('#norm-3');
    await expect(cell.locator('.wording-summary')).toContainText('Borrows GGE phrases');
    await expect(cell.locator('.wording-summary')).toContainText(
      'This site’s measure, on the editors’ coding, not the report’s',
    );
    await expect(quoteMarks(cell)).toContainText('security of ICT products');
    await expect(ggeWording(cell).locator('mark.shared-run')).toContainText(
      'security of ICT products',
    );
    await expectAccessible(page);
    check();
  });
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { wordingFor } from '../../src/lib/wording/datasetWording';
import { expectAccessible, expectNoSidewaysScroll, watchPage } from './support';

/** The matrix's wording view (issue 15). Expected classes come from the data's own measure. */
const data = requireDataset();
const { agreements, documents } = data;

/** Waits until the island has hydrated (its controls are enabled). */
async function openMatrix(page: Page, query = ''): Promise<void> {
  await page.goto(`/matrix/${query}`);
  await expect(page.locator('#matrix-q')).toBeEnabled();
}

const cellLink = (page: Page, slug: string, norm: number) =>
  page.locator(`[data-cell="${slug}:${String(norm)}"]`);

/** A cell no agreement reflects under the report's coding: it is never measured. */
const unreflected = agreements
  .flatMap((a) => a.norms.map((c) => ({ slug: a.slug, cell: c })))
  .find(({ cell }) => !cell.reflected);
/** A reflected cell whose evidence quotes nothing of the agreement: not measured either. */
const reflectedWithoutQuote = agreements
  .flatMap((a) => a.norms.map((c) => ({ slug: a.slug, cell: c })))
  .find(({ cell }) => cell.reflected && !cell.evidence.some((e) => e.kind === 'quote'));
const paris3 = wordingFor(data.wording.agreements, 'paris-call', 3);

/** The state a cell should show: its class, or which way it goes unmeasured (written out here). */
function stateOf(result: { class: string } | undefined, reflected: boolean): string {
  if (result) return result.class;
  return reflected ? 'not-measured' : 'not-reflected';
}

/** The look of each cell link in `cells` (the wording view's class names), in the page's order. */
async function looksOf(cells: Locator): Promise<(string | undefined)[]> {
  const classes = await cells.evaluateAll((links) => links.map((a) => a.getAttribute('class')));
  return classes.map(
    (names) =>
      /is-(restates|borrows-phrases|own-words|not-measured|not-reflected)/u.exec(names ?? '')?.[1],
  );
}

test.describe('matrix wording view', () => {
  test('the switch puts view=wording in the URL, shades cells by class, and back undoes it', async ({
    page,
  }) => {
    const check = watchPage(page);
    await openMatrix(page);
    await expect(page.locator('.legend[data-shading="report"]')).toBeVisible();
    await page.selectOption('#matrix-shading', 'wording');
    await expect(page).toHaveURL(/[?&]view=wording$/u);
    await expect(page.locator('.legend[data-shading="wording"]')).toBeVisible();
    await expect(cellLink(page, 'un-gge-2015', 1)).toHaveClass(/wording-mark is-restates/u);
    await expect(page.locator('.matrix-status')).toContainText('GGE wording');
    await page.goBack();
    await expect(page.locator('#matrix-shading')).toHaveValue('report');
    await expect(cellLink(page, 'un-gge-2015', 1)).toHaveClass(/cell-mark is-yes/u);
    await expect(page.locator('.legend[data-shading="report"]')).toBeVisible();
    check();
  });

  test('a link opens it: the legend of three classes and not measured, whose measure it is', async ({
    page,
  }) => {
    await openMatrix(page, '?view=wording');
    await expect(page.locator('#matrix-shading')).toHaveValue('wording');
    const legend = page.locator('.legend[data-shading="wording"]');
    await expect(legend.locator('.key')).toHaveText(['●', '◐', '○', '–', '']);
    await expect(legend).toContainText('Restates');
    await expect(legend).toContainText('Borrows phrases');
    await expect(legend).toContainText('Own words');
    await expect(legend).toContainText('Not measured (no quote)');
    await expect(legend).toContainText('Not reflected');
    await expect(
      legend.getByRole('link', { name: 'This site’s measure, not the report’s' }),
    ).toHaveAttribute('href', '/methodology/#wording-measure');
    await expect(page.locator('.legend')).toHaveCount(1);
  });

  test('cells say their class, or that they are not measured, and reload keeps the view', async ({
    page,
  }) => {
    if (!unreflected || !reflectedWithoutQuote || !paris3) throw new Error('fixture cells missing');
    expect(paris3.class).toBe('borrows-phrases');
    expect(wordingFor(data.wording.agreements, 'un-gge-2015', 1)?.class).toBe('restates');
    await openMatrix(page, '?view=wording');
    const paris = cellLink(page, 'paris-call', 3);
    await expect(paris).toHaveClass(/is-borrows-phrases/u);
    await expect(paris).toContainText('◐');
    await expect(paris).toContainText(
      `Paris Call, norm 3 (${data.norms[2]?.title ?? ''}): borrows GGE phrases, ${String(Math.round(paris3.share * 100))}% of the GGE words shared`,
    );
    await expect(cellLink(page, 'un-gge-2015', 1)).toContainText('restates the GGE wording');
    const bare = cellLink(page, unreflected.slug, unreflected.cell.norm);
    await expect(bare).toHaveClass(/is-not-reflected/u);
    await expect(bare).toContainText(': not reflected');
    const noQuote = cellLink(page, reflectedWithoutQuote.slug, reflectedWithoutQuote.cell.norm);
    await expect(noQuote).toHaveClass(/is-not-measured/u);
    await expect(noQuote).toContainText('–');
    await expect(noQuote).toContainText('reflected, no quote to measure');
    await page.reload();
    await expect(page.locator('#matrix-q')).toBeEnabled();
    await expect(page.locator('#matrix-shading')).toHaveValue('wording');
    await expect(cellLink(page, 'paris-call', 3)).toHaveClass(/is-borrows-phrases/u);
  });

  test('every measured cell shows its class, every other cell why it is not measured', async ({
    page,
  }) => {
    await openMatrix(page, '?view=wording');
    const expected = agreements.flatMap((a) =>
      a.norms.map((c) => stateOf(wordingFor(data.wording.agreements, a.slug, c.norm), c.reflected)),
    );
    const shown = await looksOf(page.locator('.matrix-table:not(.editor-rows) tbody .matrix-cell'));
    expect(shown).toEqual(expected);
  });

  test('filters and sorting keep working, and the keyboard reaches the switch and the sheet', async ({
    page,
  }) => {
    await openMatrix(page, '?view=wording&category=un&sort=name');
    const un = agreements.filter((a) => a.category.value === 'un');
    await expect(page.locator('.matrix-table tbody tr:not(.match-row)')).toHaveCount(un.length);
    await expect(cellLink(page, 'un-gge-2015', 1)).toHaveClass(/is-restates/u);
    await page.locator('#matrix-shading').focus();
    await page.keyboard.press('ArrowUp');
    await expect(page).not.toHaveURL(/view=wording/u);
    await expect(page).toHaveURL(/category=un/u);
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/view=wording/u);
    await page.locator('.matrix-cell[tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    const sheet = page.locator('#evidence-panel');
    await expect(sheet.getByRole('heading')).toBeFocused();
    await expect(sheet.locator('.wording-summary')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(page).toHaveURL(/view=wording/u);
  });

  test('the sheet shows the summary line, the quotes’ shared runs and the GGE wording’s', async ({
    page,
  }) => {
    if (!paris3) throw new Error('paris-call × 3 is not measured');
    const check = watchPage(page);
    await openMatrix(page, '?view=wording&cell=paris-call:3');
    const sheet = page.locator('#evidence-panel');
    const summary = sheet.locator('.wording-summary');
    await expect(summary).toContainText('Borrows GGE phrases');
    await expect(summary).toContainText(
      `${String(Math.round(paris3.share * 100))}% of the GGE wording’s words shared`,
    );
    await expect(summary.getByRole('link')).toHaveText('This site’s measure, not the report’s');
    const runs = paris3.runs.map((run) => run.text);
    await expect(sheet.locator('.evidence mark.shared-run')).toHaveText(runs);
    await expect(sheet.locator('.gge-wording mark.shared-run')).toHaveText(runs);
    await expect(sheet.locator('.gge-wording blockquote')).toHaveText(
      data.norms.find((n) => n.id === 3)?.gge?.text ?? 'missing',
    );
    check();
  });

  test('the sheet says so when a cell is not measured, in the report view too', async ({
    page,
  }) => {
    if (!unreflected) throw new Error('no unreflected cell');
    await openMatrix(page, `?cell=${unreflected.slug}:${String(unreflected.cell.norm)}`);
    const sheet = page.locator('#evidence-panel');
    await expect(sheet.locator('.wording-summary')).toContainText(
      'Wording not measured: not reflected.',
    );
    await expect(sheet.locator('.gge-wording')).toHaveCount(0);
  });

  test('the editors’ rows are shaded by their own measure, labelled as their coding', async ({
    page,
  }) => {
    await openMatrix(page, '?docs=1&view=wording');
    const table = page.locator('.matrix-table.editor-rows');
    await expect(table.locator('caption')).toContainText('wording measure');
    const expected = documents.flatMap((d) =>
      d.norms.map((c) => stateOf(wordingFor(data.wording.documents, d.id, c.norm), c.reflected)),
    );
    const shown = await looksOf(table.locator('.matrix-cell'));
    expect(shown).toEqual(expected);
    const measured = data.wording.documents[0];
    if (!measured) throw new Error('no measured document cell');
    await expect(
      table.locator(`a[href$="/documents/${measured.record}/#norm-${String(measured.norm)}"]`),
    ).toContainText('in our coding');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme}, with the editors’ rows`, async ({
      page,
    }) => {
      test.slow(); // axe over the whole matrix, 300 cell links, takes most of the default timeout
      await page.emulateMedia({ colorScheme });
      await openMatrix(page, '?view=wording&docs=1');
      await expect(cellLink(page, 'paris-call', 3)).toHaveClass(/is-borrows-phrases/u);
      await expectAccessible(page);
    });

    test(`has no accessibility violations in ${colorScheme} with the sheet open`, async ({
      page,
    }) => {
      test.slow(); // as above
      await page.emulateMedia({ colorScheme });
      await openMatrix(page, '?view=wording&cell=paris-call:3');
      await expect(page.locator('#evidence-panel mark.shared-run').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe('matrix wording view on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('each card is a strip of class symbols, with no sideways scroll', async ({ page }) => {
    await openMatrix(page, '?view=wording');
    await expectNoSidewaysScroll(page);
    const first = agreements[0];
    if (!first) throw new Error('no agreements');
    const symbols = await page
      .locator(`[data-cell^="${first.slug}:"] > span[aria-hidden="true"]:first-child`)
      .allTextContents();
    const bySymbol: Record<string, string> = {
      restates: '●',
      'borrows-phrases': '◐',
      'own-words': '○',
      'not-measured': '–',
      'not-reflected': '',
    };
    expect(symbols).toEqual(
      first.norms.map(
        (c) =>
          bySymbol[stateOf(wordingFor(data.wording.agreements, first.slug, c.norm), c.reflected)],
      ),
    );
    for (const cell of await page.locator(`[data-cell^="${first.slug}:"]`).all()) {
      expect((await cell.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(24);
    }
    await expect(page.locator('.legend[data-shading="wording"]')).toBeVisible();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { normFrequency } from '../../src/lib/frequencies';
import { buildSearchDocuments } from '../../src/lib/search/documents';
import { buildSearchPayload, createSearcher } from '../../src/lib/search/searcher';
import { matchesByAgreement } from '../../src/lib/matrixView/matches';
import { expectAccessible, expectNoSidewaysScroll, watchPage } from './support';

/** Everything expected here is computed from the data files, never copied from the page. */
const data = requireDataset();
const { agreements, norms } = data;
const bySlug = new Map(agreements.map((a) => [a.slug, a]));
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The agreement slugs of the table's rows, top to bottom. */
function rowSlugs(page: Page): Promise<string[]> {
  return page
    .locator('.matrix-table tbody tr:not(.match-row) th a')
    .evaluateAll((links) =>
      links.map((a) => (a.getAttribute('href') ?? '').replace(/\/$/u, '').split('/').pop() ?? ''),
    );
}

/** Waits until the island has hydrated (its controls are enabled). */
async function openMatrix(page: Page, query = ''): Promise<void> {
  await page.goto(`/matrix/${query}`);
  await expect(page.locator('#matrix-q')).toBeEnabled();
}

/** Opens the bar's "More filters" panel (stakeholders, years, unlabeled cells, editors' rows). */
async function openMoreFilters(page: Page): Promise<void> {
  await page.locator('.more-filters summary').click();
}

function inReportOrder(slugs: Iterable<string>): string[] {
  const wanted = new Set(slugs);
  return agreements.map((a) => a.slug).filter((slug) => wanted.has(slug));
}

test.describe('matrix without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is the full table: every agreement, every norm, each cell a link, with totals', async ({
    page,
  }) => {
    await page.goto('/matrix/');
    expect(await rowSlugs(page)).toEqual(agreements.map((a) => a.slug));
    await expect(page.locator('.matrix-table thead th.norm-head')).toHaveCount(norms.length);
    const first = agreements[0];
    if (!first) throw new Error('no agreements');
    await expect(page.locator(`[data-cell="${first.slug}:6"]`)).toHaveAttribute(
      'href',
      `/agreements/${first.slug}/#norm-6`,
    );
    const footer = await page.locator('.matrix-table tfoot td').allTextContents();
    expect(footer.slice(0, norms.length).map(Number)).toEqual(
      normFrequency(agreements, norms).map((f) => f.count),
    );
    const rowTotals = await page.locator('.matrix-table tbody .row-total').allTextContents();
    expect(rowTotals.map(Number)).toEqual(
      agreements.map((a) => a.norms.filter((c) => c.reflected).length),
    );
    await expect(page.locator('noscript')).toHaveCount(1);
  });

  test('says in words what each cell shows, not only by colour', async ({ page }) => {
    await page.goto('/matrix/');
    const a = agreements.find((x) => x.norms.some((c) => c.label === 'unlabeled' && c.reflected));
    const cell = a?.norms.find((c) => c.label === 'unlabeled' && c.reflected);
    if (!a || !cell) throw new Error('the data has no unlabeled reflected cell');
    await expect(page.locator(`[data-cell="${a.slug}:${cell.norm}"]`)).toContainText(
      'counted without a marker in the report',
    );
  });
});

test.describe('matrix before its script runs', () => {
  test('is accessible as a static table, light and dark', async ({ page }) => {
    // axe needs JavaScript in the page, so instead of turning it off, keep the island from loading.
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/matrix/', { waitUntil: 'networkidle' });
      await expect(page.locator('#matrix-q')).toBeDisabled();
      await expect(page.locator('.matrix-table tbody tr')).toHaveCount(agreements.length);
      await expectAccessible(page);
    }
  });
});

test.describe('matrix search', () => {
  // A phrase from the middle of a long quote of a late agreement, so it is not a name or a title.
  const target = [...agreements]
    .reverse()
    .flatMap((a) => a.norms.flatMap((c) => c.evidence.map((e) => ({ a, e }))))
    .find(({ e }) => e.kind === 'quote' && e.text.split(/\s+/u).length > 12);
  if (!target) throw new Error('the data has no long quote');
  const phrase = squash(target.e.text).split(' ').slice(3, 8).join(' ');
  const search = createSearcher(
    buildSearchPayload(buildSearchDocuments(agreements, norms), data.meta.version),
  );

  test('narrows the rows to the agreements the index matches and marks the quote', async ({
    page,
  }) => {
    const check = watchPage(page);
    await openMatrix(page);
    await page.locator('#matrix-q').fill(phrase);
    const expected = inReportOrder(matchesByAgreement(search(phrase, 1000)).keys());
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    expect(expected).toContain(target.a.slug);
    expect(expected.length).toBeLessThan(agreements.length);
    const matchRow = page.locator('.matrix-table tr.has-match + tr.match-row').first();
    await expect(matchRow.locator('mark').first()).toBeVisible();
    await expect(page).toHaveURL(
      new RegExp(`q=${encodeURIComponent(phrase).replace(/%20/gu, '\\+')}`),
    );
    check();
  });

  test('renders hostile search text as text', async ({ page }) => {
    const hostile = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await openMatrix(page, `?q=${encodeURIComponent(hostile)}`);
    await expect(page.locator('#matrix-q')).toHaveValue(hostile);
    await expect(page.locator('.matrix-status')).toContainText(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('matrix filters and sort', () => {
  test('filters by category', async ({ page }) => {
    await openMatrix(page);
    await page.selectOption('#matrix-category', 'un');
    await expect
      .poll(() => rowSlugs(page))
      .toEqual(agreements.filter((a) => a.category.value === 'un').map((a) => a.slug));
    await expect(page).toHaveURL(/category=un/u);
  });

  test('filters by stakeholder type', async ({ page }) => {
    await openMatrix(page);
    await openMoreFilters(page);
    await page.selectOption('#matrix-stakeholder', 'industry');
    await expect
      .poll(() => rowSlugs(page))
      .toEqual(agreements.filter((a) => a.stakeholders.type === 'industry').map((a) => a.slug));
  });

  test('filters by launch year, leaving undated agreements out and saying so', async ({ page }) => {
    const years = agreements
      .map((a) => a.launched.value)
      .filter((v): v is string => v !== null)
      .map((v) => Number(v.slice(0, 4)))
      .sort();
    const from = years[Math.floor(years.length / 2)] ?? 2015;
    await openMatrix(page);
    await openMoreFilters(page);
    await page.selectOption('#matrix-from', String(from));
    const expected = agreements
      .filter((a) => a.launched.value !== null && Number(a.launched.value.slice(0, 4)) >= from)
      .map((a) => a.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    await expect(page.locator('.matrix-status')).toContainText(
      `Showing ${expected.length} of ${agreements.length} agreements launched in ${from} or later.`,
    );
    const undated = agreements.filter((a) => a.launched.value === null).length;
    if (undated > 0)
      await expect(page.locator('.matrix-status')).toContainText(
        undated === 1
          ? '1 agreement without a launch date is left out'
          : `${undated} agreements without a launch date are left out`,
      );
  });

  test('keeps only agreements that reflect all the chosen norms', async ({ page }) => {
    await openMatrix(page);
    await page.locator('.field-norms summary').click();
    for (const id of [5, 6]) {
      await page.getByRole('checkbox', { name: new RegExp(`^${id} `, 'u') }).check();
    }
    const expected = agreements
      .filter((a) => [5, 6].every((n) => a.norms.some((c) => c.norm === n && c.reflected)))
      .map((a) => a.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    await expect(page).toHaveURL(/norms=5%2C6/u);
    await page.getByLabel('any of the chosen norms').check();
    const either = agreements
      .filter((a) => [5, 6].some((n) => a.norms.some((c) => c.norm === n && c.reflected)))
      .map((a) => a.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(either);
    await expect(page).toHaveURL(/norms=5%2C6&match=any/u);
    await expect(page.locator('.field-norms summary')).toHaveText('Norms: 5 or 6');
  });

  test('the caption, the highlighted columns and "More filters" follow the filters', async ({
    page,
  }) => {
    const both = (x: (typeof agreements)[number]) =>
      [5, 6].every((n) => x.norms.some((c) => c.norm === n && c.reflected));
    const type = agreements.find(both)?.stakeholders.type;
    if (!type) throw new Error('no agreement reflects norms 5 and 6');
    await openMatrix(page, `?norms=5,6&stakeholder=${type}`);
    const shown = agreements.filter((x) => both(x) && x.stakeholders.type === type).length;
    await expect(page.locator('.matrix-table caption').first()).toHaveText(
      `${shown} ${shown === 1 ? 'agreement' : 'agreements'} × 2 norms (highlighted among all ${norms.length})`,
    );
    const chosen = await page
      .locator('.matrix-table thead th.norm-head.is-chosen .norm-number')
      .allTextContents();
    expect(chosen).toEqual(['5', '6']);
    await expect(page.locator('.more-filters summary')).toHaveText('More filters (1 on)');
  });

  test('shows only agreements with cells the report left unlabeled, and marks those cells', async ({
    page,
  }) => {
    await openMatrix(page);
    await openMoreFilters(page);
    await page.getByLabel('Only cells the report left unlabeled').check();
    const withUnlabeled = agreements.filter((a) => a.norms.some((c) => c.label === 'unlabeled'));
    await expect.poll(() => rowSlugs(page)).toEqual(withUnlabeled.map((a) => a.slug));
    const unlabeledCells = withUnlabeled.flatMap((a) =>
      a.norms.filter((c) => c.label === 'unlabeled'),
    );
    await expect(page.locator('td.is-emphasised')).toHaveCount(unlabeledCells.length);
    await expect(page.locator('.matrix-status')).toHaveText(
      `Showing ${withUnlabeled.length} of ${agreements.length} agreements with cells the report left unlabeled.`,
    );
  });

  test('sorts by name, launch date and norms reflected', async ({ page }) => {
    await openMatrix(page);
    await page.selectOption('#matrix-sort', 'name');
    const byName = [...agreements].sort((a, b) =>
      a.shortName.localeCompare(b.shortName, 'en', { sensitivity: 'base' }),
    );
    await expect.poll(() => rowSlugs(page)).toEqual(byName.map((a) => a.slug));
    await page.selectOption('#matrix-sort', 'reflected');
    const counts = (await rowSlugs(page)).map(
      (slug) => bySlug.get(slug)?.norms.filter((c) => c.reflected).length ?? -1,
    );
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    await page.selectOption('#matrix-sort', 'date');
    const dates = (await rowSlugs(page)).map((slug) => bySlug.get(slug)?.launched.value ?? null);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });
});

test.describe('matrix evidence panel and keyboard', () => {
  const a = agreements.find((x) => x.norms.some((c) => c.evidence.length >= 2));
  const cell = a?.norms.find((c) => c.evidence.length >= 2);
  if (!a || !cell) throw new Error('the data has no cell with two quotes');
  const norm = norms.find((n) => n.id === cell.norm);

  test('a cell opens its quotes, label and links; Escape closes it and focus goes back', async ({
    page,
  }) => {
    const check = watchPage(page);
    await openMatrix(page);
    const link = page.locator(`[data-cell="${a.slug}:${cell.norm}"]`);
    await link.click();
    const panel = page.locator('#evidence-panel');
    await expect(panel.getByRole('heading')).toContainText(
      `${a.shortName} × Norm ${cell.norm}: ${norm?.title ?? ''}`,
    );
    await expect(panel.getByRole('heading')).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`cell=${a.slug}%3A${cell.norm}`, 'u'));
    // The quotes arrive with the evidence file, a moment after the panel opens.
    const quotes = panel.locator('.evidence blockquote, .evidence .text');
    await expect
      .poll(async () => (await quotes.allTextContents()).map(squash))
      .toEqual(cell.evidence.map((e) => squash(e.text)));
    await expect(panel.getByRole('link', { name: /Open this cell/u })).toHaveAttribute(
      'href',
      `/agreements/${a.slug}/#norm-${cell.norm}`,
    );
    await expect(panel.getByRole('link', { name: 'See it in the report' }).first()).toHaveAttribute(
      'href',
      new RegExp(`#q-${a.slug}-n${cell.norm}-1$`, 'u'),
    );
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(link).toBeFocused();
    await expect(page).not.toHaveURL(/cell=/u);
    check();
  });

  test('arrow keys move between cells, Enter opens one, one tab stop for the grid', async ({
    page,
  }) => {
    await openMatrix(page);
    const [first, second] = agreements;
    if (!first || !second) throw new Error('fewer than two agreements');
    const cells = page.locator('.matrix-cell[tabindex="0"]');
    await expect(cells).toHaveCount(1);
    await cells.focus();
    await expect(page.locator(`[data-cell="${first.slug}:1"]`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`[data-cell="${second.slug}:2"]`)).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.locator(`[data-cell="${second.slug}:${norms.length}"]`)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#evidence-panel h2')).toBeFocused();
    await expect(page.locator('#evidence-panel h2')).toContainText(second.shortName);
    await page.keyboard.press('Escape');
    await expect(page.locator(`[data-cell="${second.slug}:${norms.length}"]`)).toBeFocused();
  });

  test('has no accessibility violations with the panel open, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openMatrix(page, `?q=${encodeURIComponent('critical')}&cell=${a.slug}:${cell.norm}`);
      await expect(page.locator('#evidence-panel .evidence').first()).toBeVisible();
      await expectAccessible(page);
    }
  });
});

test.describe('matrix URL state', () => {
  test('a shared URL opens the same view, and survives a reload', async ({ page }) => {
    const un = agreements.filter((a) => a.category.value === 'un');
    await openMatrix(page, '?category=un&sort=name&unknown=1');
    await expect(page.locator('#matrix-category')).toHaveValue('un');
    await expect(page.locator('#matrix-sort')).toHaveValue('name');
    const expected = [...un]
      .sort((x, y) => x.shortName.localeCompare(y.shortName, 'en', { sensitivity: 'base' }))
      .map((x) => x.slug);
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
    await page.reload();
    await expect(page.locator('#matrix-q')).toBeEnabled();
    await expect.poll(() => rowSlugs(page)).toEqual(expected);
  });

  test('back and forward restore earlier views', async ({ page }) => {
    await openMatrix(page);
    await page.selectOption('#matrix-category', 'multistakeholder');
    await expect(page).toHaveURL(/category=multistakeholder/u);
    await page.selectOption('#matrix-sort', 'reflected');
    await expect(page).toHaveURL(/sort=reflected/u);
    await page.goBack();
    await expect(page.locator('#matrix-sort')).toHaveValue('report');
    await expect(page.locator('#matrix-category')).toHaveValue('multistakeholder');
    await page.goBack();
    await expect(page.locator('#matrix-category')).toHaveValue('');
    await expect.poll(() => rowSlugs(page)).toEqual(agreements.map((a) => a.slug));
    await page.goForward();
    await expect(page.locator('#matrix-category')).toHaveValue('multistakeholder');
  });

  test('ignores malformed parameters', async ({ page }) => {
    const check = watchPage(page);
    await openMatrix(page, '?category=<b>x</b>&from=abcd&norms=99,-1&cell=nowhere:3&sort=%00');
    await expect.poll(() => rowSlugs(page)).toEqual(agreements.map((a) => a.slug));
    await expect(page.locator('#evidence-panel')).toHaveCount(0);
    check();
  });
});

test.describe('matrix on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const paris = bySlug.get('paris-call');
  const firstQuote = paris?.norms
    .find((c) => c.norm === 6)
    ?.evidence.find((e) => e.kind === 'quote');

  for (const font of ['the site’s font', 'the fallback font'] as const) {
    test(`is one card per agreement that scrolls with the page, the first cards in view, in ${font}`, async ({
      page,
    }) => {
      // The site's font is `font-display: optional`: a first visit (or a loaded machine) may keep the
      // fallback, so the first card must be in view in both. For the site's font, load the page once
      // and again with the font cached; for the fallback, refuse the font files.
      if (font === 'the fallback font') await page.route(/\.woff2$/u, (route) => route.abort());
      await openMatrix(page);
      await page.evaluate(() => document.fonts.ready);
      await page.reload();
      await expect(page.locator('#matrix-q')).toBeEnabled();
      await page.evaluate(() => document.fonts.ready);
      await expectNoSidewaysScroll(page);
      const box = page.locator('.matrix-scroll');
      expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
      expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      const first = agreements[0];
      if (!first) throw new Error('no agreements');
      // Every cell of the first card is on screen on arrival, and a tap target of at least 24 px.
      for (const norm of norms) {
        const cell = await page.locator(`[data-cell="${first.slug}:${norm.id}"]`).boundingBox();
        expect(cell?.y ?? 1e9).toBeGreaterThan(0);
        expect((cell?.y ?? 1e9) + (cell?.height ?? 0)).toBeLessThanOrEqual(740);
        expect(cell?.width ?? 0).toBeGreaterThanOrEqual(24);
      }
      // The row of norm numbers sticks to the top while the page scrolls.
      await page.mouse.wheel(0, 1500);
      await expect
        .poll(async () => (await page.locator('.matrix-table thead').boundingBox())?.y)
        .toBe(0);
    });
  }

  test('?cell= opens the evidence as a modal bottom sheet, its first quote in view', async ({
    page,
  }) => {
    if (!firstQuote) throw new Error('paris-call has no quote under norm 6');
    await openMatrix(page, '?cell=paris-call:6');
    const sheet = page.locator('#evidence-panel');
    await expect(sheet).toBeVisible();
    expect(await sheet.evaluate((el) => el.matches(':modal'))).toBe(true);
    await expect(sheet.getByRole('heading')).toBeFocused();
    const quote = sheet.locator('.evidence blockquote, .evidence .text').first();
    await expect
      .poll(async () => squash((await quote.textContent()) ?? ''))
      .toContain(squash(firstQuote.text));
    const box = await quote.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(page.locator('[data-cell="paris-call:6"]')).toBeFocused();
  });

  test('a chosen cell opens the sheet with focus in it, and Close returns focus to the cell', async ({
    page,
  }) => {
    await openMatrix(page);
    const cell = page.locator('[data-cell="paris-call:6"]');
    await cell.click();
    const sheet = page.locator('#evidence-panel');
    await expect(sheet.getByRole('heading')).toBeFocused();
    await sheet.getByRole('button', { name: /Close/u }).click();
    await expect(sheet).toHaveCount(0);
    await expect(cell).toBeFocused();
  });
});

test.describe('matrix at 1,280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the first rows on arrival, and opening a cell moves no column', async ({ page }) => {
    await openMatrix(page);
    const first = agreements[0];
    if (!first) throw new Error('no agreements');
    const firstCell = await page.locator(`[data-cell="${first.slug}:1"]`).boundingBox();
    expect((firstCell?.y ?? 1e9) + (firstCell?.height ?? 0)).toBeLessThanOrEqual(800);
    const head = page.locator('.matrix-table thead th.norm-head').nth(5);
    const before = await head.boundingBox();
    await page.locator(`[data-cell="${first.slug}:6"]`).click();
    const panel = page.locator('#evidence-panel');
    await expect(panel).toBeVisible();
    expect(await head.boundingBox()).toEqual(before);
    // The side sheet floats beside the table: it covers none of its columns.
    const table = await page.locator('.matrix-table').first().boundingBox();
    const sheet = await panel.boundingBox();
    expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(sheet?.x ?? 0);
  });

  test('?cell= opens the panel with the cell in view and marked', async ({ page }) => {
    await openMatrix(page, '?cell=paris-call:6');
    await expect(page.locator('#evidence-panel')).toBeVisible();
    const cell = page.locator('[data-cell="paris-call:6"]');
    await expect(cell).toHaveClass(/is-open/u);
    await expect(cell).toContainText('(evidence shown)');
    await expect(cell).toBeInViewport();
  });

  test('the skip link puts focus on the grid in one keypress', async ({ page }) => {
    await openMatrix(page);
    const skip = page.getByRole('link', { name: 'Skip to the matrix' });
    let presses = 0;
    while (!(await skip.evaluate((el) => el === document.activeElement)) && presses < 40) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    // From the skip link, the first cell is at most 5 presses away: here one Enter.
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-cell="${agreements[0]?.slug ?? ''}:1"]`)).toBeFocused();
  });

  test('the legend shows all four looks of a cell, and a cell with no marker and no evidence has its own', async ({
    page,
  }) => {
    await openMatrix(page);
    await expect(page.locator('.legend .key')).toHaveCount(4);
    const bare = agreements.flatMap((a) =>
      a.norms
        .filter((c) => c.label === 'unlabeled' && c.evidence.length === 0)
        .map((c) => `${a.slug}:${c.norm}`),
    );
    expect(bare.length).toBeGreaterThan(0);
    await expect(page.locator(`[data-cell="${bare[0] ?? ''}"]`)).toHaveClass(
      /is-no has-no-marker/u,
    );
    const legendLines = await page.locator('.legend').evaluate((el) => {
      const tops = new Set([...el.children].map((c) => Math.round(c.getBoundingClientRect().top)));
      return tops.size;
    });
    expect(legendLines).toBe(1);
  });
});

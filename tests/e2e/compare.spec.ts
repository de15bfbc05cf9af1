import { expect, test, type Page } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { MAX_COMPARED, compareNorms } from '../../src/lib/compare';
import { viewStatus } from '../../src/lib/compareView';
import { listOf } from '../../src/lib/format';
import { expectAccessible, expectNoSidewaysScroll, watchPage } from './support';

/** Everything expected here is computed from the data files and the library, never copied. */
const { agreements, norms, meta } = requireDataset();
const nameOf = (slug: string) => agreements.find((a) => a.slug === slug)?.shortName ?? slug;

/** Three agreements whose comparison has norms in all three summaries, so each is really tested. */
const trio = (() => {
  for (const a of agreements)
    for (const b of agreements)
      for (const c of agreements) {
        if (a.order >= b.order || b.order >= c.order) continue;
        const { all, some, none } = compareNorms([a, b, c], norms);
        if (all.length > 0 && some.length > 0 && none.length > 0) return [a, b, c];
      }
  throw new Error('no three agreements share, split and miss norms');
})();
const [first, second, third] = trio.map((a) => a.slug) as [string, string, string];

/** Opens the compare page and waits for the island to read the URL. */
async function openCompare(page: Page, query = ''): Promise<void> {
  await page.goto(`/compare/${query}`);
  await expect(page.locator('.compare-status')).toBeVisible();
}

/** The norm numbers listed in one summary box, in order. */
function summaryNorms(page: Page, share: 'all' | 'some' | 'none'): Promise<number[]> {
  return page
    .locator(`.summary-box.share-${share} li a`)
    .evaluateAll((links) => links.map((a) => Number(/Norm (\d+)/u.exec(a.textContent)?.[1])));
}

/** The compared agreements, left to right, from the norms table's column headings. */
function columns(page: Page): Promise<string[]> {
  return page.locator('.compare-norms thead th a').allTextContents();
}

async function pick(page: Page, slug: string): Promise<void> {
  await page.locator(`.compare-picker input[value="${slug}"]`).check();
}

test.describe('compare', () => {
  test('picking agreements gives the norms they all, some and none reflect', async ({ page }) => {
    const check = watchPage(page);
    await openCompare(page);
    await expect(page.locator('.compare-picker')).toHaveAttribute('open', '');
    await pick(page, first);
    await pick(page, second);
    // The first comparison folds the picker into one line that says so, and focus goes there.
    const summary = page.locator('.compare-picker summary');
    await expect(page.locator('.compare-picker')).not.toHaveAttribute('open', '');
    await expect(summary).toHaveText('Comparing 2 agreements · Change');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.compare-picker')).toHaveAttribute('open', '');
    await pick(page, third);
    await expect(page.locator('.compare-picker')).toHaveAttribute('open', '');
    await expect(page).toHaveURL(new RegExp(`/compare/\\?a=${first},${second},${third}$`, 'u'));
    const expected = compareNorms(trio, norms);
    const ids = (rows: { norm: { id: number } }[]) => rows.map((r) => r.norm.id);
    await expect.poll(() => summaryNorms(page, 'all')).toEqual(ids(expected.all));
    expect(await summaryNorms(page, 'some')).toEqual(ids(expected.some));
    expect(await summaryNorms(page, 'none')).toEqual(ids(expected.none));
    const [split] = expected.some;
    if (!split) throw new Error('no split norm');
    await expect(page.locator('.summary-box.share-some li').first()).toContainText(
      `reflected by ${listOf(split.reflectedBy.map(nameOf))}; not by ${listOf(split.notReflectedBy.map(nameOf))}`,
    );
    expect(await columns(page)).toEqual(trio.map((a) => a.shortName));
    await expect(page.locator('.compare-norms tbody tr')).toHaveCount(norms.length);
    check();
  });

  test('shows each agreement’s label and evidence for a norm in its own column', async ({
    page,
  }) => {
    await openCompare(page, `?a=${first},${second}`);
    const norm = norms.find((n) => trio[0]?.norms.find((c) => c.norm === n.id)?.evidence.length);
    const cell = trio[0]?.norms.find((c) => c.norm === norm?.id);
    const quote = cell?.evidence[0]?.text.replace(/\s+/gu, ' ') ?? '';
    const row = page.locator(`#compare-norm-${norm?.id ?? 0}`);
    await expect(row.locator('td').first()).toContainText(quote.slice(0, 40));
    await expect(row.locator('td').first().locator('a', { hasText: 'page' })).toHaveAttribute(
      'href',
      `/agreements/${first}/#norm-${norm?.id ?? 0}`,
    );
  });

  test('keeps the choice in the URL, back and forward included', async ({ page }) => {
    const check = watchPage(page);
    await openCompare(page, `?a=${first},${second}`);
    await expect.poll(() => columns(page)).toEqual([nameOf(first), nameOf(second)]);
    await page.locator('.compare-picker summary').click();
    await pick(page, third);
    await expect(page).toHaveURL(new RegExp(`\\?a=${first},${second},${third}$`, 'u'));
    await page
      .locator('.compare-norms thead th', { hasText: nameOf(first) })
      .getByRole('button', { name: /Remove/u })
      .click();
    await expect(page).toHaveURL(new RegExp(`\\?a=${second},${third}$`, 'u'));
    await expect.poll(() => columns(page)).toEqual([nameOf(second), nameOf(third)]);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?a=${first},${second},${third}$`, 'u'));
    await expect.poll(() => columns(page)).toEqual([first, second, third].map(nameOf));
    await page.goBack();
    await expect.poll(() => columns(page)).toEqual([nameOf(first), nameOf(second)]);
    await page.goForward();
    await expect.poll(() => columns(page)).toEqual([first, second, third].map(nameOf));
    await page.reload();
    await expect.poll(() => columns(page)).toEqual([first, second, third].map(nameOf));
    check();
  });

  test('reads a plain form’s repeated keys and rewrites them as one list', async ({ page }) => {
    await openCompare(page, `?a=${first}&a=${second}`);
    await expect(page).toHaveURL(new RegExp(`/compare/\\?a=${first},${second}$`, 'u'));
    await expect.poll(() => columns(page)).toEqual([nameOf(first), nameOf(second)]);
  });

  test('drops an unknown agreement with a notice, and compares the rest', async ({ page }) => {
    const check = watchPage(page);
    await openCompare(page, `?a=${first},no-such-agreement,x,${second}`);
    // The whole sentence as readers get it: the names as given, quoted, joined as a list.
    await expect(page.locator('.notice', { hasText: 'no-such-agreement' })).toHaveText(
      '⚠ The link names agreements that do not exist here, so they are left out: “no-such-agreement” and “x”.',
    );
    await expect.poll(() => columns(page)).toEqual([nameOf(first), nameOf(second)]);
    await expect(page).toHaveURL(new RegExp(`\\?a=${first},${second}$`, 'u'));
    check();
  });

  test(`keeps the first ${MAX_COMPARED} agreements and says which it left out`, async ({
    page,
  }) => {
    const slugs = agreements.slice(0, MAX_COMPARED + 1).map((a) => a.slug);
    await openCompare(page, `?a=${slugs.join(',')}`);
    const left = slugs.at(-1) ?? '';
    await expect(page.locator('.notice', { hasText: `At most ${MAX_COMPARED}` })).toContainText(
      nameOf(left),
    );
    await expect.poll(() => columns(page)).toEqual(slugs.slice(0, MAX_COMPARED).map(nameOf));
    await page.locator('.compare-picker summary').click();
    await expect(page.locator(`.compare-picker input[value="${left}"]`)).toBeDisabled();
  });

  test('shows a hostile name as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await openCompare(page, `?a=${encodeURIComponent(hostile)},${first}`);
    await expect(page.locator('.notice')).toContainText(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('isolates each name in a <bdi>, so direction controls from the link stay inside it', async ({
    page,
  }) => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, percent-encoded as a link would carry it.
    await openCompare(page, `?a=${first},%E2%80%AEevil`);
    const notice = page.locator('.notice', { hasText: 'evil' });
    await expect(notice.locator('bdi')).toHaveText(['\u202Eevil']);
    await expect(page.locator('.compare-status bdi')).toHaveText([nameOf(first)]);
  });

  test('every agreement page links to a comparison that starts from it', async ({ page }) => {
    await page.goto(`/agreements/${second}/`);
    await page.getByRole('link', { name: 'Compare with…' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/\\?a=${second}$`, 'u'));
    await expect(page.locator('.compare-status')).toContainText('choose at least one more');
    await expect(page.locator('.compare-picker')).toHaveAttribute('open', '');
    await pick(page, first);
    await expect.poll(() => columns(page)).toEqual([nameOf(second), nameOf(first)]);
  });

  test('is accessible, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openCompare(page, `?a=${first},${second},${third}`);
      await expect(page.locator('.compare-norms')).toBeVisible();
      await page.locator('.compare-picker summary').click();
      await expectAccessible(page);
    }
  });

  test('stacks the columns into cards per norm on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openCompare(page, `?a=${first},${second},${third}`);
    await expect(page.locator('.compare-norms')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expect(page.locator('.compare-norms thead')).toBeHidden();
    const row = page.locator('.compare-norms tbody tr').first();
    await expect(row.locator('.card-name')).toHaveText([first, second, third].map(nameOf));
    const boxes = await row
      .locator('td')
      .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().top));
    expect(boxes).toEqual([...boxes].sort((x, y) => x - y));
    expect(new Set(boxes).size).toBe(boxes.length);
  });
});

test.describe('compare as a table', () => {
  const trioQuery = `?a=${first},${second},${third}`;
  const comparison = compareNorms(trio, norms);
  const rowIds = (page: Page) =>
    page
      .locator('.compare-norms tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.id.replace('compare-norm-', ''))));
  const status = (page: Page) => page.locator('.compare-view .view-status');

  test('shows only the norms where they differ, and the chosen norms, kept in the URL', async ({
    page,
  }) => {
    const check = watchPage(page);
    await openCompare(page, trioQuery);
    await expect(status(page)).toHaveText(`Showing all ${norms.length} norms.`);
    await page.getByRole('switch', { name: 'Only where they differ' }).check();
    await expect(page).toHaveURL(new RegExp(`\\${trioQuery}&differ=1$`, 'u'));
    const differing = comparison.some.map((r) => r.norm.id);
    expect(await rowIds(page)).toEqual(differing);
    await expect(status(page)).toHaveText(
      viewStatus({ differ: true, norms: [] }, differing.length, norms.length),
    );
    const [picked] = differing;
    if (picked === undefined) throw new Error('no norm where they differ');
    await page.getByRole('checkbox', { name: `Norm ${picked}`, exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`\\${trioQuery}&differ=1&norms=${picked}$`, 'u'));
    expect(await rowIds(page)).toEqual([picked]);
    await expect(status(page)).toHaveText(
      `Showing 1 of the ${norms.length} norms: norm ${picked}, only where they differ.`,
    );
    // The URL round-trips: a reload (or a shared link) opens on the same view.
    await page.reload();
    await expect.poll(() => rowIds(page)).toEqual([picked]);
    await expect(page.getByRole('switch', { name: 'Only where they differ' })).toBeChecked();
    await page.getByRole('button', { name: 'All norms' }).click();
    await page.getByRole('switch', { name: 'Only where they differ' }).uncheck();
    await expect(page).toHaveURL(new RegExp(`\\${trioQuery}$`, 'u'));
    await expect.poll(() => rowIds(page)).toEqual(norms.map((n) => n.id));
    check();
  });

  test('ignores bad view values in the URL and drops them from it', async ({ page }) => {
    await openCompare(page, `${trioQuery}&differ=yes&norms=5,zz,99,5,-1`);
    await expect(page).toHaveURL(new RegExp(`\\${trioQuery}&norms=5$`, 'u'));
    await expect.poll(() => rowIds(page)).toEqual([5]);
    await expect(page.getByRole('switch', { name: 'Only where they differ' })).not.toBeChecked();
  });

  test('names the selection in the title and description, and offers its link and citation', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCompare(page, trioQuery);
    const names = listOf(trio.map((a) => a.shortName));
    await expect(page).toHaveTitle(`Compare ${names} — Cyber Norms Explorer`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      new RegExp(`^${names} side by side`, 'u'),
    );
    // The canonical stays the page's own, whatever is compared.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/compare\/$/u);
    await page.getByRole('link', { name: 'Copy link to this comparison' }).click();
    await expect(page.locator('.compare-share .copy-link [data-copy-status]')).toHaveText(
      'Copied to the clipboard.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL ?? ''}/compare/${trioQuery}`,
    );
    await page.getByText('Cite this comparison').click();
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const cited = await page.evaluate(() => navigator.clipboard.readText());
    expect(cited).toContain(
      `Comparison of ${names}. Dataset version ${meta.version}. ${baseURL ?? ''}/compare/${trioQuery}.`,
    );
    // Back to nothing chosen, the page's own title returns.
    for (const a of trio.slice(0, 2))
      await page
        .locator('.compare-norms thead th', { hasText: a.shortName })
        .getByRole('button', { name: /Remove/u })
        .click();
    await expect(page).toHaveTitle(`Compare ${trio[2]?.shortName ?? ''} — Cyber Norms Explorer`);
  });

  test('keeps the agreement names in view while the norms scroll, at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCompare(page, trioQuery);
    await page.locator('.compare-norms tbody tr').last().scrollIntoViewIfNeeded();
    const heads = page.locator('.compare-norms thead th');
    await expect(heads.locator('a')).toHaveText(trio.map((a) => a.shortName));
    for (const box of await heads.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect())))
      expect(Math.round(box.top)).toBe(0);
  });

  test('keeps a cell’s agreement name in view while its evidence scrolls, at 360 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openCompare(page, trioQuery);
    await expect(page.locator('.compare-norms')).toBeVisible();
    // The tallest cell, scrolled so that its top is above the viewport and its bottom below.
    const tops = await page
      .locator('.compare-norms tbody td')
      .evaluateAll((cells: HTMLElement[]) => {
        const tallest = cells.reduce((a, b) => (b.offsetHeight > a.offsetHeight ? b : a));
        window.scrollTo(0, tallest.getBoundingClientRect().top + window.scrollY + 60);
        const name = tallest.querySelector('.card-name');
        return {
          cell: tallest.getBoundingClientRect().top,
          height: tallest.offsetHeight,
          name: name?.getBoundingClientRect().top ?? NaN,
        };
      });
    expect(tops.height).toBeGreaterThan(200);
    expect(tops.cell).toBeLessThan(0);
    expect(Math.round(tops.name)).toBe(0);
  });
});

test.describe('compare without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers a plain form that makes the same URL, and every agreement’s page', async ({
    page,
  }) => {
    await page.goto('/compare/');
    await expect(page.locator('.compare-picker input[type=checkbox]')).toHaveCount(
      agreements.length,
    );
    await expect(page.locator('noscript')).toHaveCount(2);
    await pick(page, first);
    await pick(page, second);
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/\\?a=${first}&a=${second}$`, 'u'));
    await expect(page.locator(`main a[href="/agreements/${first}/"]`)).toHaveCount(1);
  });
});

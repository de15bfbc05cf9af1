import { expect, test } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { documentNormCounts } from '../../src/charts/normFrequency';
import { compareCoding, documentQuoteAnchor } from '../../src/lib/documents';
import { normFrequency, reflectedNormIds } from '../../src/lib/frequencies';
import { expectAccessible, expectNoSidewaysScroll, watchPage } from './support';

const { documents, agreements, norms, sources, timeline } = requireDataset();
const reportCounts = normFrequency(agreements, norms).map((f) => String(f.count));
const titleOf = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
const firstComparison = (d: (typeof documents)[number]) => {
  const agreement = agreements.find((a) => a.slug === d.compareWith[0]);
  if (!agreement) throw new Error(`${d.id}: no related agreement`);
  return compareCoding(d, agreement);
};
const differences = (d: (typeof documents)[number]) => {
  const c = firstComparison(d);
  return c.onlyDocument.length + c.onlyAgreement.length;
};
// The document whose coding differs most from the report's coding of its first related agreement.
const [document] = [...documents].sort((a, b) => differences(b) - differences(a));
if (!document) throw new Error('no coded documents in data/documents');
const comparison = firstComparison(document);
const related = comparison.agreement;
const quoted = document.norms.find((c) => c.evidence.length > 0);
if (!quoted) throw new Error(`${document.id}: no quotes`);
const normList = (ids: number[]) =>
  ids.map((id) => `${id} (${norms.find((n) => n.id === id)?.title ?? ''})`).join(', ') || 'none';

test.describe('related documents', () => {
  test('the index lists every coded document, labelled as our coding', async ({ page }) => {
    const check = watchPage(page);
    await page.goto('/documents/');
    for (const d of documents)
      await expect(page.getByRole('link', { name: titleOf(d.id), exact: true })).toHaveAttribute(
        'href',
        `/documents/${d.id}/`,
      );
    await expect(page.getByText('Coded by the Cyber Norms Explorer editors')).toBeVisible();
    check();
  });

  test('a document page shows our coding norm by norm and says who coded it', async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/documents/${document.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(document.id));
    await expect(page.getByText('Coded by the Cyber Norms Explorer editors')).toBeVisible();
    await expect(page.locator('section.norm-block')).toHaveCount(norms.length);
    for (const cell of document.norms) {
      const block = page.locator(`#norm-${cell.norm}`);
      await expect(block.locator('.evidence blockquote')).toHaveCount(cell.evidence.length);
      await expect(block).toContainText(
        new RegExp(`Counted as reflected\\s*${cell.reflected ? 'Yes' : 'No'}`, 'u'),
      );
    }
    const reflected = document.norms.filter((c) => c.reflected).length;
    await expect(page.locator('.facts')).toContainText(`${reflected} of ${norms.length}`);
    check();
  });

  test('the comparison names the norms only our coding and only the report’s coding count', async ({
    page,
  }) => {
    await page.goto(`/documents/${document.id}/`);
    const section = page.locator('section.comparison').first();
    await expect(section.getByRole('heading')).toHaveText(
      `Against the report’s coding of ${related.shortName}`,
    );
    await expect(section.locator('dd')).toHaveText([
      normList(comparison.both),
      normList(comparison.onlyDocument),
      normList(comparison.onlyAgreement),
    ]);
  });

  test('a quote leads to its highlighted passage in the full text, and back', async ({ page }) => {
    await page.goto(`/documents/${document.id}/`);
    const anchor = documentQuoteAnchor(document.id, quoted.norm, 0);
    await page.locator(`#norm-${quoted.norm} a[href="#${anchor}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`, 'u'));
    const passage = page.locator(`mark.passage:has(#${anchor})`);
    await expect(passage).toBeInViewport();
    expect(await passage.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page
      .locator('.source-text')
      .getByRole('link', { name: `our coding, norm ${quoted.norm}` })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`#norm-${quoted.norm}$`, 'u'));
    await expect(page.locator(`#norm-${quoted.norm}`)).toBeInViewport();
  });

  test('agreement and document pages link to each other', async ({ page }) => {
    await page.goto(`/agreements/${related.slug}/`);
    await page
      .getByRole('link', { name: 'Our coding of this text against the norms' })
      .first()
      .click();
    await expect(page).toHaveURL(/\/documents\/[a-z0-9-]+\/$/u);
    const id = new URL(page.url()).pathname.split('/')[2] ?? '';
    const target = documents.find((d) => d.id === id);
    expect(target?.compareWith).toContain(related.slug);
    await page
      .locator('.facts')
      .getByRole('link', { name: related.shortName, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/agreements/${related.slug}/$`, 'u'));
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`document pages pass axe in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ['/documents/', ...documents.map((d) => `/documents/${d.id}/`)]) {
        await page.goto(path);
        await expectAccessible(page);
      }
    });

  test('document pages fit a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const d of documents) {
      await page.goto(`/documents/${d.id}/`);
      await expectNoSidewaysScroll(page);
    }
  });
});

test.describe('the switch that adds our editors’ documents', () => {
  const reportTable = '.matrix-table:not(.editor-rows)';

  test('the matrix leaves them out by default and adds them apart, kept in the URL', async ({
    page,
  }) => {
    const check = watchPage(page);
    await page.goto('/matrix/');
    // The switch is behind the filter bar's "More filters" button.
    await expect(page.locator('#matrix-q')).toBeEnabled();
    await page.locator('.more-filters summary').click();
    const toggle = page.getByRole('checkbox', { name: /documents coded by our editors/u });
    await expect(toggle).toBeEnabled();
    await expect(toggle).not.toBeChecked();
    await expect(page.locator('.editor-rows')).toHaveCount(0);
    const footer = page.locator(`${reportTable} tfoot td`);
    expect((await footer.allTextContents()).slice(0, norms.length)).toEqual(reportCounts);

    await toggle.check();
    await expect(page).toHaveURL(/[?&]docs=1$/u);
    const rows = page.locator('.editor-rows tbody tr');
    await expect(rows).toHaveCount(documents.length);
    await expect(page.locator('.editor-rows caption')).toContainText(
      'Coded by the Cyber Norms Explorer editors, not by the BPF report',
    );
    for (const [i, d] of documents.entries()) {
      await expect(rows.nth(i).locator('th a')).toHaveText(d.shortName);
      await expect(rows.nth(i).locator('.row-total')).toHaveText(
        String(reflectedNormIds(d).length),
      );
    }
    // The report's rows and totals do not move.
    await expect(page.locator(`${reportTable} tbody .row-total`)).toHaveCount(agreements.length);
    expect((await footer.allTextContents()).slice(0, norms.length)).toEqual(reportCounts);
    check();
  });

  test('a matrix link with docs=1 opens with the rows shown', async ({ page }) => {
    await page.goto('/matrix/?docs=1');
    await expect(page.locator('.more-filters summary')).toHaveText('More filters (1 on)');
    await page.locator('.more-filters summary').click();
    await expect(
      page.getByRole('checkbox', { name: /documents coded by our editors/u }),
    ).toBeChecked();
    await expect(page.locator('.editor-rows tbody tr')).toHaveCount(documents.length);
    await page.locator('.editor-rows tbody tr').first().locator('td a').first().click();
    await expect(page).toHaveURL(new RegExp(`/documents/${documents[0]?.id ?? ''}/#norm-1$`, 'u'));
  });

  test('the frequency chart adds a segment for them, the report’s bars unchanged', async ({
    page,
  }) => {
    const check = watchPage(page);
    await page.goto('/charts/norm-frequency/');
    const variant = page.locator('#chart-norm-frequency-with-documents');
    await expect(variant).toBeHidden();
    const toggle = page.getByRole('checkbox', { name: /documents coded by our editors/u });
    await toggle.check();
    await expect(page).toHaveURL(/\?docs=1$/u);
    await expect(variant).toBeVisible();
    const extra = documentNormCounts({ agreements, norms, documents });
    const rows = await variant
      .locator('.chart-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
      );
    expect(rows.map((r) => r[2])).toEqual(reportCounts);
    expect(rows.map((r) => r[4])).toEqual(norms.map((n) => String(extra.get(n.id))));
    await expect(page.locator('#chart-norm-frequency .value').first()).toHaveText(
      new RegExp(`^${reportCounts[0] ?? ''} · `, 'u'),
    );
    await page.reload();
    await expect(toggle).toBeChecked();
    await expect(variant).toBeVisible();
    await expectAccessible(page);
    check();
  });
});

test.describe('the G7 timeline', () => {
  if (!timeline) throw new Error('data/g7-timeline.yaml is missing');
  const list = sources.find((s) => s.id === timeline.sourceId);
  for (const slug of list?.relatedAgreements ?? [])
    test(`shows on ${slug}, with every entry and how it is dated`, async ({ page }) => {
      await page.goto(`/agreements/${slug}/`);
      const section = page.locator('section.timeline');
      await expect(section.getByRole('heading', { name: timeline.title })).toBeVisible();
      await expect(section.locator('.years > li')).toHaveCount(
        new Set(timeline.entries.map((e) => e.year)).size,
      );
      for (const entry of timeline.entries)
        await expect(section.getByText(entry.title, { exact: true })).toHaveCount(1);
      await expect(section.locator('.dating')).toHaveCount(timeline.entries.length);
      const document = timeline.entries.find((e) => e.document);
      if (document?.document)
        await expect(section.getByRole('link', { name: document.title })).toHaveAttribute(
          'href',
          `/documents/${document.document}/`,
        );
    });
});

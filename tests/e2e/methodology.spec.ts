import { expect, test } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { expectAccessible } from './support';

/** The methodology's section on this site's wording measure, as a reader reaches it by its anchor. */
const { agreements, norms } = requireDataset();
const nameOf = (slug: string) => agreements.find((a) => a.slug === slug)?.shortName ?? slug;

test('the wording measure’s section opens at its anchor and passes its sanity checks', async ({
  page,
}) => {
  await page.goto('/methodology/#wording-measure');
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'How closely the wording follows the GGE text: this site’s measure',
  });
  await expect(heading).toHaveAttribute('id', 'wording-measure');
  await expect(heading).toBeInViewport();
  await expect(
    page.getByRole('link', { name: 'How closely the wording follows the GGE text' }),
  ).toHaveAttribute('href', '#wording-measure');
  // Both texts restate every norm: the GGE report itself, and the declaration the report says
  // restates them all.
  const sanity = page.locator('#wording-sanity + p + ul > li');
  await expect(sanity).toHaveCount(2);
  for (const [i, slug] of ['un-gge-2015', 'g7-lucca-declaration'].entries()) {
    await expect(sanity.nth(i)).toContainText(
      `${nameOf(slug)}: ${norms.length} of ${norms.length} restate the GGE wording (expected ${norms.length}): ✓ as expected.`,
    );
  }
});

test('the wording measure’s tables count the report’s cells and, apart, the editors’', async ({
  page,
}) => {
  await page.goto('/methodology/');
  const byAgreement = page.getByRole('table', { name: /agreement by agreement/u });
  const row = (name: string) =>
    byAgreement.getByRole('row', { name: new RegExp(`^${name} `, 'u') });
  await expect(row(nameOf('paris-call')).getByRole('cell')).toHaveText(['0', '1', '6', '0']);
  await expect(byAgreement.locator('tfoot td')).toHaveText(['22', '2', '85', '3']);
  const editors = page.getByRole('table', { name: /the editors’ coding/u });
  await expect(editors.locator('tfoot td')).toHaveText(['0', '1', '9', '0']);
  await expectAccessible(page);
});

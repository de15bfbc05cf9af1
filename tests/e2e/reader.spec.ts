import { expect, test } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { documentHighlights } from '../../src/lib/documents';
import { documentPath } from '../../src/lib/urls';

/** Markdown-shaped sources read as headings and lists; quote highlights still land inside them. */
const { documents, sourceTexts } = requireDataset();
const g7 = documents.find((d) => d.id === 'g7-principles-and-actions-on-cyber-2016');
const text = sourceTexts[g7?.id ?? ''] ?? '';

test('the G7 document shows its headings and lists, not their Markdown', async ({ page }) => {
  await page.goto(documentPath(g7?.id ?? ''));
  const reader = page.locator('.source-text');
  await expect(
    reader.locator('h3, h4', { hasText: 'Promoting security and stability in cyberspace' }),
  ).toHaveCount(1);
  await expect(reader.locator('ul > li').first()).toBeVisible();
  expect(await reader.locator('ul > li').count()).toBeGreaterThan(5);
  await expect(reader).not.toContainText('###');
  await expect(reader).not.toContainText('**');
});

test('a quote highlight inside a list item lands on its passage', async ({ page }) => {
  // The first of our coding's quotes that sits on a "- " line of the source, from the data.
  const highlight = (g7 ? documentHighlights(g7, text) : []).find((h) => {
    const lineStart = text.lastIndexOf('\n', h.span.start) + 1;
    return text.slice(lineStart, lineStart + 2) === '- ';
  });
  expect(highlight).toBeDefined();
  await page.goto(`${documentPath(g7?.id ?? '')}#${highlight?.id ?? ''}`);
  const passage = page.locator(`ul > li mark.passage:has(#${highlight?.id ?? ''})`);
  await expect(passage).toBeVisible();
  await expect(passage).toBeInViewport();
});

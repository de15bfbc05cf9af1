import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';

const dataset = requireDataset();

/** The agreement slugs in report order and the norms, from the data (never retyped here). */
export const agreementSlugs: string[] = dataset.agreements.map((a) => a.slug);
export const { norms } = dataset;

/** One page of each type, for checks that run on every page type. */
export const pageTypes = {
  home: '/',
  agreements: '/agreements/',
  agreement: `/agreements/${agreementSlugs[15] ?? ''}/`,
  norms: '/norms/',
  norm: `/norms/${norms[5]?.slug ?? ''}/`,
  methodology: '/methodology/',
  sources: '/sources/',
  'source reader': '/sources/bpf-2020-cyber-norms-report/',
  'not found': '/no-such-page/',
  // The wide pages and the two islands, whose hydrated controls must fit a phone too.
  matrix: '/matrix/',
  compare: `/compare/?a=${agreementSlugs.slice(0, 3).join(',')}`,
  chart: '/charts/norm-frequency/',
  data: '/data/',
};

/**
 * Collects console errors, page errors and failed or off-site requests while the test runs; call
 * the returned function at the end to assert there were none.
 */
export function watchPage(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().includes('status of 404'))
      problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request the browser itself cancels because the page navigated away (back, forward, reload)
    // is not a fault of the site; a missing file shows up as an error status below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? ''})`);
  });
  page.on('response', (response) => {
    // Pages may answer 404 on purpose (the not-found page); files a page loads may not.
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Only the preview server itself (same host and port) counts as the site; data: URLs stay local.
  const site = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== site && !['data:', 'blob:'].includes(url.protocol))
      problems.push(`off-site: ${request.url()}`);
  });
  return () => {
    expect(problems, 'console errors, failed or off-site requests').toEqual([]);
  };
}

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags its rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules the tags above leave out, enabled one by one: `label-content-name-mismatch` checks WCAG
 * 2.5.3 Label in Name (a control's accessible name contains its visible text, so a speech user can
 * say what they see) but axe-core marks it experimental; `landmark-unique` (best practice) keeps
 * two landmarks of one role, such as the header's search and a page's own, apart by name.
 */
const EXTRA_RULES = ['label-content-name-mismatch', 'landmark-unique'];

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules, plus the rules above, and expects no
 * violations.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: WCAG_TAGS },
      rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
    })
    .analyze();
  const ran = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ];
  for (const id of EXTRA_RULES)
    expect(
      ran.some((rule) => rule.id === id),
      `axe ran ${id}`,
    ).toBe(true);
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Expects the page not to scroll sideways at the current viewport width. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

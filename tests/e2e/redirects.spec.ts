import { expect, test } from '@playwright/test';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { redirects } from '../../src/lib/redirects';
import { normPath } from '../../src/lib/urls';
import { expectAccessible, watchPage } from './support';

/**
 * Pages that only send the reader on (src/components/site/RedirectPage.astro): `/norms/<number>/`
 * and every moved address. They are not in the sitemap, so the site-wide scans never see them.
 */
const dataset = requireDataset();
const redirectPages = [
  ...dataset.norms.map((norm) => ({ from: `/norms/${norm.id}/`, to: normPath(norm.slug) })),
  ...redirects(dataset),
];

for (const { from, to } of redirectPages) {
  test(`${from} names the site icon, passes axe, and lands on ${to}`, async ({ page }) => {
    const done = watchPage(page);
    // Hold the refresh back (a 204 answer leaves the browser where it is), so the redirect page
    // itself finishes loading: that is when the browser fetches its icon. Without an icon link it
    // falls back to /favicon.ico, which the site does not have.
    await page.route(`**${to}`, (route) => route.fulfill({ status: 204 }));
    const iconRequested = page.waitForRequest(/\/favicon\./u);
    await page.goto(from);
    const icon = page.locator('head link[rel="icon"]');
    await expect(icon).toHaveAttribute('href', '/favicon.svg');
    const request = await iconRequested;
    expect(new URL(request.url()).pathname).toBe('/favicon.svg');
    expect((await request.response())?.status()).toBe(200);
    await expectAccessible(page);

    await page.unroute(`**${to}`);
    await page.goto(from);
    await expect(page).toHaveURL(to);
    done();
  });
}

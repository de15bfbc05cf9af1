/**
 * The embed snippets as a reader gets them: pasted into a page of another site (a server the test
 * starts on http://localhost:<random port>/, another origin than the site's 127.0.0.1; a page faked
 * with page.route counts as public, and Chromium blocks its frames to a loopback address), with the resize script, without it (as a CMS that strips scripts leaves
 * it) and as an image; then the oEmbed files and their discovery links.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { CHARTS } from '../../src/charts/registry';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { agreementSlugs, expectAccessible } from './support';

const { agreements, norms } = requireDataset();
const WIDTHS = [360, 1280] as const;

/** The other site: each request path names the article the test put there. */
const articles = new Map<string, string>();
let server: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(articles.get(request.url ?? '') ?? 'not found');
  });
  await new Promise<void>((done) => {
    server.listen(0, 'localhost', done);
  });
  hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(
  () =>
    new Promise<void>((done) => {
      server.close(() => {
        done();
      });
    }),
);

/** The chart the single-chart tests paste. */
const FIRST = CHARTS[0] ?? CHARTS.at(-1);

/** A snippet a chart's page offers (`#embed-<id>` or `#embed-image-<id>`), pointed at this server. */
async function snippetFrom(
  page: Page,
  chartId: string,
  kind: 'embed' | 'embed-image',
  baseURL: string | undefined,
): Promise<string> {
  await page.goto(`/charts/${chartId}/`);
  const text = (await page.locator(`#${kind}-${chartId}`).textContent()) ?? '';
  const site = new URL(/(?:src|href)="([^"]+)"/u.exec(text)?.[1] ?? '').origin;
  return text.replaceAll(site, baseURL ?? '');
}

/** Opens a page of another origin holding `html` in an article column, as a CMS would. */
async function host(page: Page, html: string): Promise<void> {
  const path = `/${test.info().testId}-${articles.size}.html`;
  articles.set(
    path,
    `<!doctype html><html lang="en"><title>Another site</title><body style="margin:8px;background:#fff"><main><h1>An article</h1>${html}<p>After the embed.</p></main></body></html>`,
  );
  await page.goto(`${hostOrigin}${path}`);
}

/** Waits until the framed page has its fonts and its layout, so that its height is final. */
async function settled(frame: FrameLocator): Promise<void> {
  await frame.locator('html').evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Expects `selector` inside the frame to end within the iframe's box, and the frame not to scroll. */
async function expectInsideFrame(page: Page, frame: FrameLocator, selector: string) {
  const box = await page.locator('iframe').boundingBox();
  const inner = await frame.locator(selector).last().boundingBox();
  if (!box || !inner) throw new Error(`no box for the iframe or ${selector}`);
  expect(inner.y + inner.height, `${selector} bottom within the frame`).toBeLessThanOrEqual(
    box.y + box.height,
  );
  const { scroll, client } = await frame.locator('html').evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
  }));
  expect(scroll, 'the framed page fits its frame').toBeLessThanOrEqual(client);
}

/** Takes the <script> out of a snippet, as many CMSs do. */
function withoutScript(snippet: string): string {
  return snippet.replace(/<script>[\s\S]*<\/script>/u, '');
}

test.describe('a chart embed pasted without its script shows the whole chart', () => {
  for (const chart of CHARTS)
    for (const width of WIDTHS)
      test(`${chart.id} at ${width} px`, async ({ page, baseURL }) => {
        const snippet = await snippetFrom(page, chart.id, 'embed', baseURL);
        await page.setViewportSize({ width, height: 900 });
        await host(page, withoutScript(snippet));
        const frame = page.frameLocator('iframe');
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chart.title);
        await settled(frame);
        await expectInsideFrame(page, frame, '.chart-source');
        await expectInsideFrame(page, frame, '.embed-footer');
      });
});

test.describe('with its script, the frame takes the page’s height', () => {
  for (const width of WIDTHS)
    test(`at ${width} px`, async ({ page, baseURL }) => {
      const chart = FIRST;
      if (!chart) throw new Error('no chart');
      const snippet = await snippetFrom(page, chart.id, 'embed', baseURL);
      const fixed = Number(/height="(\d+)"/u.exec(snippet)?.[1]);
      await page.setViewportSize({ width, height: 900 });
      await host(page, snippet);
      const frame = page.frameLocator('iframe');
      await settled(frame);
      const iframe = page.locator('iframe');
      await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(fixed);
      const content = await frame
        .locator('body')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(content);
      await expectInsideFrame(page, frame, '.embed-footer');
    });
});

test.describe('the image embed shows the chart and its source line as text', () => {
  for (const width of WIDTHS)
    test(`at ${width} px`, async ({ page, baseURL }) => {
      const chart = FIRST;
      if (!chart) throw new Error('no chart');
      const snippet = await snippetFrom(page, chart.id, 'embed-image', baseURL);
      await page.setViewportSize({ width, height: 900 });
      await host(page, snippet);
      const image = page.getByRole('img', { name: new RegExp(`^${chart.title}`, 'u') });
      await expect(image).toBeVisible();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      const box = await image.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
      await expect(page.locator('figcaption')).toContainText('Source:');
      await expect(page.locator('figcaption')).toContainText('Licence:');
      await expect(page.getByRole('link').filter({ has: image })).toHaveAttribute(
        'href',
        `${baseURL ?? ''}/charts/${chart.id}/`,
      );
    });
});

test.describe('an agreement embed pasted without its script shows the whole strip', () => {
  // The longest title wraps onto the most lines.
  const longest = [...agreements].sort((a, b) => b.title.length - a.title.length)[0];
  for (const width of WIDTHS)
    test(`at ${width} px`, async ({ page, baseURL, request }) => {
      if (!longest) throw new Error('no agreements');
      const json = await request.get(`/oembed/agreements/${longest.slug}.json`);
      const { html } = (await json.json()) as { html: string };
      const site = new URL(/src="([^"]+)"/u.exec(html)?.[1] ?? '').origin;
      await page.setViewportSize({ width, height: 900 });
      await host(page, withoutScript(html.replaceAll(site, baseURL ?? '')));
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.norm-strip li')).toHaveCount(norms.length);
      await settled(frame);
      await expectInsideFrame(page, frame, '.embed-footer');
    });
});

test.describe('embed options', () => {
  test('an embed is light unless asked, even in a dark system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = () =>
      page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    await page.goto('/embed/timeline/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await background();
    await page.goto('/embed/timeline/?theme=auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./u);
    expect(await background()).not.toBe(light);
    await page.goto('/embed/agreements/paris-call/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page);
  });

  test('a highlight is captioned with what it marks, in the embed and on the chart page', async ({
    page,
  }) => {
    const agreement = agreements.find((a) => a.slug === 'paris-call') ?? agreements[0];
    if (!agreement) throw new Error('no agreements');
    const count = agreement.norms.filter((c) => c.reflected).length;
    const caption = `Highlighted: the ${count} norms ${agreement.shortName} reflects.`;
    for (const path of ['/embed/norm-frequency/', '/charts/norm-frequency/']) {
      await page.goto(`${path}?highlight=${agreement.slug}`);
      await expect(page.locator('#chart-norm-frequency .chart-note')).toHaveText(caption);
      await expect(page.locator('svg.chart-wide .mark.is-highlighted')).toHaveCount(count);
    }
    const norm = norms[5];
    await page.goto(`/charts/norm-frequency/?highlight=${norm?.id ?? ''}`);
    await expect(page.locator('#chart-norm-frequency .chart-note')).toHaveText(
      `Highlighted: norm ${norm?.id ?? ''}, ${norm?.title ?? ''}.`,
    );
    await page.goto('/charts/norm-frequency/?highlight=%3Cb%3E');
    await expect(page.locator('#chart-norm-frequency .chart-note')).toBeHidden();
    await expect(page.locator('.is-highlighted')).toHaveCount(0);
  });
});

/** The checks the oEmbed 1.0 spec (oembed.com, section 2.3.4) makes of a response. */
function expectOEmbed(body: Record<string, unknown>): void {
  expect(body.version, 'version').toBe('1.0');
  expect(['photo', 'video', 'link', 'rich'], 'type').toContain(body.type);
  // rich: html, width and height are required; width and height are pixels (positive integers).
  expect(typeof body.html, 'html').toBe('string');
  for (const key of ['width', 'height'])
    expect(Number.isInteger(body[key]) && Number(body[key]) > 0, key).toBe(true);
  // Optional fields, but ours always carry them; a thumbnail's three come together.
  for (const key of ['title', 'provider_name', 'provider_url', 'thumbnail_url'])
    expect(typeof body[key], key).toBe('string');
  for (const key of ['thumbnail_width', 'thumbnail_height'])
    expect(Number.isInteger(body[key]), key).toBe(true);
}

test.describe('oEmbed', () => {
  const pages = [
    ...CHARTS.map((c) => `/charts/${c.id}/`),
    ...agreementSlugs.map((s) => `/agreements/${s}/`),
  ];
  test('every chart and agreement page advertises a valid oEmbed file', async ({
    request,
    baseURL,
  }) => {
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const link =
        /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/u.exec(
          html,
        );
      expect(link, `${path} has an oEmbed discovery link`).not.toBeNull();
      const href = new URL(link?.[1] ?? '');
      const response = await request.get(`${baseURL ?? ''}${href.pathname}`);
      expect(response.ok(), href.pathname).toBe(true);
      const body = (await response.json()) as Record<string, unknown>;
      expectOEmbed(body);
      const thumbnail = await request.get(new URL(String(body.thumbnail_url)).pathname);
      expect(thumbnail.headers()['content-type']).toBe('image/png');
    }
  });

  test('a chart’s oEmbed height holds its page at the oEmbed width', async ({
    page,
    request,
    baseURL,
  }) => {
    for (const chart of CHARTS) {
      const body = (await (await request.get(`/oembed/charts/${chart.id}.json`)).json()) as {
        html: string;
        width: number;
        height: number;
      };
      const site = new URL(/src="([^"]+)"/u.exec(body.html)?.[1] ?? '').origin;
      await host(
        page,
        `<div style="width:${body.width}px">${withoutScript(body.html.replaceAll(site, baseURL ?? ''))}</div>`,
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chart.title);
      await settled(frame);
      expect(Number(await page.locator('iframe').getAttribute('height'))).toBe(body.height);
      await expectInsideFrame(page, frame, '.embed-footer');
    }
  });
});

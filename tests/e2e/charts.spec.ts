import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { requireDataset } from '../../src/lib/dataset/readDataset';
import { CHARTS } from '../../src/charts/registry';
import {
  agreementSlugs,
  expectAccessible,
  expectNoSidewaysScroll,
  norms,
  watchPage,
} from './support';

const { meta: dataset, agreements } = requireDataset();

/** The chart page's data table, row by row, as text. */
async function tableRows(page: import('@playwright/test').Page, id: string): Promise<string[][]> {
  return page
    .locator(`#chart-${id} .chart-table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
    );
}

for (const chart of CHARTS) {
  test.describe(`chart ${chart.id}`, () => {
    test('its page renders the chart, its text alternative and its data table', async ({
      page,
    }) => {
      const check = watchPage(page);
      await page.goto(`/charts/${chart.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chart.title);
      await expect(page.locator(`#chart-${chart.id} svg.chart-wide`)).toBeVisible();
      await expect(page.locator(`#chart-${chart.id} .chart-summary`)).not.toBeEmpty();
      await expect(page.locator(`#chart-${chart.id} .chart-source`)).toContainText(dataset.version);
      // Off-screen (1 px, clipped) but in the page for screen readers until the reader asks for it.
      const wrap = page.locator(`#chart-${chart.id} .table-wrap`);
      const height = () => wrap.evaluate((el) => el.getBoundingClientRect().height);
      expect(await height()).toBeLessThanOrEqual(1);
      await expect(page.getByRole('table', { name: new RegExp(chart.title, 'u') })).toBeAttached();
      await page.locator(`#chart-${chart.id}`).getByText('Show the data table').click();
      expect(await height()).toBeGreaterThan(100);
      check();
    });

    test('downloads a valid SVG and a 2× PNG carrying the title', async ({ page, request }) => {
      const svgResponse = await request.get(`/charts/${chart.id}.svg`);
      expect(svgResponse.headers()['content-type']).toContain('image/svg+xml');
      const svg = await svgResponse.text();
      await page.goto('/');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          title: doc.querySelector('svg > title')?.textContent ?? '',
          width: Number(doc.documentElement.getAttribute('width')),
          height: Number(doc.documentElement.getAttribute('height')),
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.title).toBe(chart.title);
      expect(parsed.texts).toContain(`dataset version ${dataset.version}`);
      expect(parsed.texts).toContain('Licence: CC BY 4.0');
      const png = await (await request.get(`/charts/${chart.id}.png`)).body();
      expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(png.readUInt32BE(16)).toBe(Math.round(parsed.width * 2));
      expect(png.readUInt32BE(20)).toBe(Math.round(parsed.height * 2));
    });

    test('its downloaded SVG draws its text in the font it carries, needing no other', async ({
      page,
    }) => {
      // Every request but the SVG itself fails: the file must hold its font (a data: URL).
      await page.route(/\/charts\/[^/]+\.svg$/u, (route) => route.continue());
      await page.route(/^(?!.*\/charts\/[^/]+\.svg$)/u, (route) => route.abort());
      await page.goto(`/charts/${chart.id}.svg`);
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);
      });
      expect(fonts).toEqual(['Chart Sans 400 loaded', 'Chart Sans 600 loaded']);
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily),
      ).toMatch(/^"Chart Sans"/u);
    });

    test('downloads a CSV whose numbers are the data table’s', async ({ page, request }) => {
      const csv = await (await request.get(`/charts/${chart.id}.csv`)).text();
      const records = parse<Record<string, string>>(csv, { columns: true });
      await page.goto(`/charts/${chart.id}/`);
      const rows = await tableRows(page, chart.id);
      expect(records.map((r) => Object.values(r).slice(0, -1))).toEqual(rows);
      expect(records.every((r) => r.dataset_version === dataset.version)).toBe(true);
    });

    test('its embed page renders alone, with a link back', async ({ page }) => {
      const check = watchPage(page);
      await page.goto(`/embed/${chart.id}/`);
      await expect(page.locator('header, nav')).toHaveCount(0);
      await expect(page.locator('svg.chart-svg').first()).toBeVisible();
      await expect(page.getByRole('link', { name: /Open the full view/u })).toHaveAttribute(
        'href',
        new RegExp(`/charts/${chart.id}/$`, 'u'),
      );
      await expectAccessible(page);
      check();
    });
  });
}

test.describe('chart pages', () => {
  test('the gallery shows every chart and links to each', async ({ page }) => {
    await page.goto('/charts/');
    for (const chart of CHARTS) {
      await expect(page.locator(`#chart-${chart.id} svg.chart-wide`)).toBeVisible();
      await expect(page.locator(`a[href="/charts/${chart.id}/"]`).first()).toBeVisible();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const chart of CHARTS) {
      test(`${chart.id} has no accessibility violations with its table shown (${colorScheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/charts/${chart.id}/`);
        await page.locator(`#chart-${chart.id}`).getByText('Show the data table').click();
        await expectAccessible(page);
      });
    }
  }

  for (const [variant, width] of [
    ['wide', 1280],
    ['medium', 900],
    ['narrow', 360],
  ] as const) {
    test(`every label stays inside its chart and reads at 12 px or more (${variant}, ${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const chart of CHARTS) {
        await page.goto(`/charts/${chart.id}/`);
        await page.evaluate(() => document.fonts.ready);
        const svg = page.locator(`#chart-${chart.id} svg.chart-${variant}`);
        await expect(svg).toBeVisible();
        const { smallest, outside } = await svg.evaluate((el: SVGSVGElement) => {
          const box = el.getBoundingClientRect();
          const scale = box.width / el.viewBox.baseVal.width;
          const texts = [...el.querySelectorAll('text')].filter(
            (t) => getComputedStyle(t).visibility !== 'hidden' && t.textContent.trim() !== '',
          );
          return {
            smallest: Math.min(
              ...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            ),
            outside: texts
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.left < box.left - 1 || r.right > box.right + 1;
              })
              .map((t) => t.textContent),
          };
        });
        expect(outside, chart.id).toEqual([]);
        expect(smallest, chart.id).toBeGreaterThanOrEqual(12);
      }
    });
  }

  test('a chart page uses the screen: the chart drawn 1,000 px wide at 1:1, its text at its measure', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/charts/norm-frequency/');
    const svg = page.locator('#chart-norm-frequency svg.chart-wide');
    expect(await svg.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(1000);
    const summary = page.locator('#chart-norm-frequency .chart-summary');
    const { width, ch } = await summary.evaluate((el) => {
      const probe = document.createElement('span');
      probe.textContent = '0';
      el.append(probe);
      const ch = probe.getBoundingClientRect().width;
      probe.remove();
      return { width: el.getBoundingClientRect().width, ch };
    });
    expect(width / ch).toBeLessThanOrEqual(75);
  });

  test('the link-preview image is a 1200 × 630 PNG', async ({ request }) => {
    const png = await (await request.get('/og-image.png')).body();
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('charts reflow at 360 px instead of scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const chart of CHARTS) {
      await page.goto(`/charts/${chart.id}/`);
      await expect(page.locator(`#chart-${chart.id} svg.chart-narrow`)).toBeVisible();
      await expect(page.locator(`#chart-${chart.id} svg.chart-wide`)).toBeHidden();
      await expectNoSidewaysScroll(page);
    }
  });
});

test.describe('embedding', () => {
  test('the embed code works in a page of another site and the frame takes the chart’s height', async ({
    page,
    baseURL,
  }) => {
    const chart = CHARTS[0];
    if (!chart || !baseURL) throw new Error('no chart or base URL');
    await page.goto(`/charts/${chart.id}/`);
    // One snippet: the frame, then the listener script.
    const snippet = (await page.locator(`#embed-${chart.id}`).textContent()) ?? '';
    const site = new URL(/src="([^"]+)"/u.exec(snippet)?.[1] ?? '').origin;
    const host = `${baseURL}/__host-page-for-embed-test.html`;
    const fixedHeight = Number(/height="(\d+)"/u.exec(snippet)?.[1]);
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><main>${snippet.replaceAll(site, baseURL)}</main>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chart.title);
    await expect
      .poll(async () => Number(await page.locator('iframe').getAttribute('height')))
      .not.toBe(fixedHeight);
    const reported = Number(await page.locator('iframe').getAttribute('height'));
    const content = await frame
      .locator('body')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(reported - content)).toBeLessThanOrEqual(2);
  });

  test('theme and highlight options apply; unknown values are ignored', async ({ page }) => {
    const norm = norms[5];
    if (!norm) throw new Error('no norm 6');
    await page.goto(`/embed/norm-frequency/?theme=dark&highlight=${norm.id}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator(`svg.chart-wide [data-key="norm:${norm.id}"]`)).toHaveClass(
      /is-highlighted/u,
    );
    await expectAccessible(page);
    await page.goto('/embed/norm-frequency/?theme=%3Cb%3E&highlight=%22%5D%3Cscript%3E');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('.is-highlighted')).toHaveCount(0);
  });

  test('an agreement slug highlights that agreement', async ({ page }) => {
    const slug = agreementSlugs[3] ?? '';
    await page.goto(`/embed/norms-per-agreement/?highlight=${slug}`);
    await expect(page.locator(`svg.chart-wide [data-key="agreement:${slug}"]`)).toHaveClass(
      /is-highlighted/u,
    );
  });

  test('an agreement slug on a chart of norms highlights the norms it reflects', async ({
    page,
  }) => {
    const agreement = agreements[6];
    if (!agreement) throw new Error('fewer than 7 agreements');
    await page.goto(`/embed/norm-frequency/?highlight=${agreement.slug}`);
    const keys = await page
      .locator('svg.chart-wide .mark.is-highlighted')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toEqual(agreement.norms.filter((c) => c.reflected).map((c) => `norm:${c.norm}`));
  });

  test('a highlighted norm on the heat map is outlined along its row and column', async ({
    page,
  }) => {
    const norm = norms[5];
    if (!norm) throw new Error('no norm 6');
    await page.goto(`/embed/co-occurrence/?highlight=${norm.id}`);
    const outlines = page.locator(`svg.chart-wide [data-key="norm:${norm.id}"] .hl-outline`);
    await expect(outlines).toHaveCount(2);
    for (const outline of await outlines.all()) await expect(outline).toBeVisible();
    await expect(page.locator('svg.chart-wide .hl-outline:visible')).toHaveCount(2);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the embed page still shows the chart', async ({ page }) => {
      await page.goto('/embed/timeline/');
      await expect(page.locator('svg.chart-wide')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});

test.describe('the frequency chart elsewhere', () => {
  test('the home page shows it, at the reading pages’ medium width', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#chart-norm-frequency svg.chart-medium')).toBeVisible();
    await expect(page.locator('#chart-norm-frequency svg.chart-wide')).toBeHidden();
  });

  test('a norm page highlights its norm', async ({ page }) => {
    const norm = norms[2];
    if (!norm) throw new Error('no norm 3');
    await page.goto(`/norms/${norm.slug}/`);
    const marks = page.locator('#chart-norm-frequency svg.chart-wide .mark.is-highlighted');
    await expect(marks).toHaveCount(1);
    await expect(marks).toHaveAttribute('data-key', `norm:${norm.id}`);
  });

  test('an agreement page highlights the norms it reflects', async ({ page }) => {
    const agreement = agreements[6];
    if (!agreement) throw new Error('fewer than 7 agreements');
    await page.goto(`/agreements/${agreement.slug}/`);
    const keys = await page
      .locator('#chart-norm-frequency svg.chart-wide .mark.is-highlighted')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toEqual(agreement.norms.filter((c) => c.reflected).map((c) => `norm:${c.norm}`));
  });
});

test.describe('the chart of the wording measure', () => {
  test('says in its title and source line that the measure is this site’s, on its page and embed', async ({
    page,
  }) => {
    for (const path of ['/charts/wording-by-norm/', '/embed/wording-by-norm/']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: this site’s measure$/u);
      const source = page.locator('#chart-wording-by-norm .chart-source');
      await expect(source).toContainText(
        'Measure: Cyber Norms Explorer (shared runs of words with the 2015 GGE text), from the quotes in the report; this site’s measure, not the report’s coding.',
      );
      await expect(source.getByRole('link', { name: 'How it is measured' })).toHaveAttribute(
        'href',
        /\/methodology\/#wording-measure$/u,
      );
    }
  });

  test('highlights an agreement’s row or a norm’s column from the address', async ({ page }) => {
    const marks = page.locator('#chart-wording-by-norm svg.chart-wide .mark.is-highlighted');
    await page.goto('/charts/wording-by-norm/?highlight=paris-call');
    await expect(marks).toHaveCount(1);
    await expect(marks).toHaveAttribute('data-key', 'agreement:paris-call');
    await expect(marks.locator('.hl-outline')).toBeVisible();
    await page.goto('/charts/wording-by-norm/?highlight=6');
    await expect(marks).toHaveCount(1);
    await expect(marks).toHaveAttribute('data-key', 'norm:6');
    await expect(marks.locator('.hl-outline')).toBeVisible();
  });
});

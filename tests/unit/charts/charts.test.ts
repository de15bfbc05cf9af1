import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { highlightSet, pageSvg } from '../../../src/charts/document';
import { chartCsv } from '../../../src/charts/files';
import { OG_SIZE, ogImageSvg } from '../../../src/charts/ogImage';
import { WIDTHS } from '../../../src/charts/palette';
import { CHARTS, chartById } from '../../../src/charts/registry';
import { FIXTURE } from '../fixtures/dataset';

const input = { agreements: FIXTURE.agreements, norms: FIXTURE.norms, wording: FIXTURE.wording };
const page = (id: string, highlight: Parameters<typeof highlightSet>[0] = []) => {
  const chart = chartById(id);
  const options = {
    width: WIDTHS.wide,
    highlight: highlightSet(highlight),
    href: (p: string) => p,
  };
  return pageSvg(chart, chart.build(input), options, 'wide');
};
const readCsv = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe('every chart', () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s: CSV holds exactly the table drawn, each row stamped with the version',
    (_, chart) => {
      const built = chart.build(input);
      const records = readCsv(chartCsv(built, FIXTURE.meta.version));
      expect(records.map((r) => Object.values(r))).toEqual(
        built.table.rows.map((row) => [...row.cells.map((c) => String(c ?? '')), '9.8.7']),
      );
    },
  );

  it('norm-frequency: the CSV names its columns for a spreadsheet', () => {
    const [first] = readCsv(chartCsv(chartById('norm-frequency').build(input), '9.8.7'));
    expect(first).toEqual({
      norm: '1',
      title: 'No wrongful use of territory',
      agreements_reflecting_it: '1',
      agreements_analysed: '4',
      percent: '25',
      dataset_version: '9.8.7',
    });
  });

  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s: fits its layout width and keeps text at 12 px or more, wide, medium and narrow',
    (_, chart) => {
      const built = chart.build(input);
      for (const width of [WIDTHS.wide, WIDTHS.medium, WIDTHS.narrow]) {
        const {
          body,
          width: drawn,
          height,
        } = built.render({ width, highlight: highlightSet(), href: (p) => p });
        expect(drawn).toBe(width);
        expect(height).toBeGreaterThan(0);
        const sizes = [...body.matchAll(/font-size="([\d.]+)"/gu)].map((m) => Number(m[1]));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
        const xs = [...body.matchAll(/<rect [^>]*x="([\d.-]+)"[^>]*width="([\d.]+)"/gu)].map(
          (m) => Number(m[1]) + Number(m[2]),
        );
        expect(Math.max(...xs)).toBeLessThanOrEqual(width);
      }
    },
  );

  it('highlights only the marks named, and says so with a visible marker', () => {
    const svg = page('norm-frequency', ['norm:6']);
    expect(svg).toContain('class="chart-svg chart-wide has-highlight"');
    expect(svg.match(/class="mark is-highlighted"/gu)).toHaveLength(1);
    expect(svg.match(/visibility="visible"/gu)).toHaveLength(1);
    expect(svg).toMatch(/<g class="mark is-highlighted" data-key="norm:6"/u);
  });

  it('co-occurrence: a highlighted norm gets an outline round its row and its column', () => {
    const svg = page('co-occurrence', ['norm:6']);
    expect(svg.match(/class="mark is-highlighted"/gu)).toHaveLength(1);
    expect(svg.match(/class="hl-outline"[^>]*visibility="visible"/gu)).toHaveLength(2);
    // Two outlines for each of the 10 other norms, hidden.
    expect(svg.match(/class="hl-outline"[^>]*visibility="hidden"/gu)).toHaveLength(20);
  });

  it('escapes text in the SVG', () => {
    const chart = chartById('norm-frequency');
    const hostile = {
      ...input,
      norms: input.norms.map((n) => ({ ...n, title: `${n.title} <script>&` })),
    };
    const svg = pageSvg(
      chart,
      chart.build(hostile),
      { width: WIDTHS.wide, highlight: highlightSet(), href: (p) => p },
      'wide',
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('No wrongful use of territory &lt;script&gt;&amp;');
  });
});

describe('the link-preview image', () => {
  const svg = ogImageSvg({ ...input, meta: FIXTURE.meta, report: FIXTURE.report }, 'example.org');

  it('is 1200 × 630 and names the site, the chart and the dataset version', () => {
    expect(OG_SIZE).toEqual({ width: 1200, height: 630 });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/u);
    expect(svg).toContain('Cyber Norms Explorer');
    expect(svg).toContain('How often each norm is reflected');
    expect(svg).toContain('dataset version 9.8.7');
  });

  it('draws a bar for every norm', () => {
    const keys = [...svg.matchAll(/data-key="(norm:\d+)"/gu)].map((m) => m[1]);
    expect(keys).toEqual(Array.from({ length: 11 }, (_, i) => `norm:${i + 1}`));
  });
});

import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { coOccurrenceData } from '../../../src/charts/coOccurrence';
import { fileSvg, highlightSet, pageSvg } from '../../../src/charts/document';
import { chartCsv } from '../../../src/charts/files';
import {
  documentNormCounts,
  normFrequencyData,
  normFrequencyWithDocumentsChart,
} from '../../../src/charts/normFrequency';
import { normsByCategoryData } from '../../../src/charts/normsByCategory';
import { normsPerAgreementData } from '../../../src/charts/normsPerAgreement';
import { OG_SIZE, ogImageSvg } from '../../../src/charts/ogImage';
import { WIDTHS } from '../../../src/charts/palette';
import { CHARTS, EDITOR_VARIANTS, chartById } from '../../../src/charts/registry';
import { timelineData } from '../../../src/charts/timeline';
import { parseCsvRecords } from '../../../src/lib/csv';
import {
  agreementNormCounts,
  normCoOccurrence,
  normFrequency,
  normFrequencyByCategory,
  reflectedNormIds,
} from '../../../src/lib/frequencies';
import { buildMatrix } from '../../../src/lib/matrix';

const data = requireDataset();
const input = { agreements: data.agreements, norms: data.norms };
const matrix = buildMatrix(data.agreements, data.norms);

describe('chart data comes from the same library as the matrix', () => {
  it('norm-frequency: one bar per norm with the matrix column totals', () => {
    const rows = normFrequencyData(input);
    expect(rows.map((r) => r.count)).toEqual(matrix.columns.map((c) => c.total));
    expect(rows.map((r) => r.percent)).toEqual(
      normFrequency(data.agreements, data.norms).map((f) => Math.round(f.share * 100)),
    );
  });

  it('norm-frequency: marks the most and least often reflected norms', () => {
    const rows = normFrequencyData(input);
    const counts = rows.map((r) => r.count);
    expect(rows.filter((r) => r.extreme === 'most').map((r) => r.count)).toEqual(
      rows.filter((r) => r.count === Math.max(...counts)).map((r) => r.count),
    );
    expect(
      rows.filter((r) => r.extreme === 'least').every((r) => r.count === Math.min(...counts)),
    ).toBe(true);
  });

  it('norms-per-agreement: the matrix row totals and the norms of each row', () => {
    const rows = normsPerAgreementData(input);
    expect(rows.map((r) => r.count)).toEqual(matrix.rows.map((r) => r.total));
    expect(rows.map((r) => r.norms.map((n) => n.id))).toEqual(
      agreementNormCounts(data.agreements).map((c) => c.norms),
    );
  });

  it('norms-by-category: one bar per norm and category, shares from the library', () => {
    const rows = normsByCategoryData(input);
    const expected = normFrequencyByCategory(data.agreements, data.norms).flatMap((n) =>
      n.byCategory.map((c) => [n.norm.id, c.category, c.count, c.total]),
    );
    expect(rows.map((r) => [r.id, r.category, r.count, r.total])).toEqual(expected);
  });

  it('timeline: every agreement once, dated ones in date order, undated ones last', () => {
    const rows = timelineData(input);
    expect(rows.map((r) => r.slug).sort()).toEqual(data.agreements.map((a) => a.slug).sort());
    const dated = rows.filter((r) => r.launched !== null).map((r) => r.launched ?? '');
    expect(dated).toEqual([...dated].sort());
    expect(rows.slice(dated.length).every((r) => r.launched === null)).toBe(true);
    expect(rows.map((r) => r.count).reduce((a, b) => a + b, 0)).toBe(
      matrix.rows.reduce((sum, r) => sum + r.total, 0),
    );
  });

  it('co-occurrence: the library’s matrix, its diagonal the norm frequencies', () => {
    const cells = coOccurrenceData(input);
    expect(cells.map((c) => c.count)).toEqual(normCoOccurrence(data.agreements, data.norms).flat());
    expect(cells.filter((c) => c.a === c.b).map((c) => c.count)).toEqual(
      matrix.columns.map((c) => c.total),
    );
  });
});

describe('every chart', () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s: CSV holds exactly the table drawn',
    (_, chart) => {
      const built = chart.build(input);
      const records = parseCsvRecords(chartCsv(built, data.meta.version));
      expect(records).toHaveLength(built.table.rows.length);
      expect(records.map((r) => Object.values(r).slice(0, -1))).toEqual(
        built.table.rows.map((row) => row.cells.map((c) => String(c ?? ''))),
      );
      expect(new Set(records.map((r) => r.dataset_version))).toEqual(new Set([data.meta.version]));
    },
  );

  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s: fits its layout width and keeps text at 12 px or more, wide and narrow',
    (_, chart) => {
      const built = chart.build(input);
      for (const width of [WIDTHS.wide, WIDTHS.narrow]) {
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
    const chart = chartById('norm-frequency');
    const svg = pageSvg(
      chart,
      chart.build(input),
      { width: WIDTHS.wide, highlight: highlightSet(['norm:6']), href: (p) => p },
      'wide',
    );
    expect(svg).toContain('class="chart-svg chart-wide has-highlight"');
    expect(svg.match(/class="mark is-highlighted"/gu)).toHaveLength(1);
    expect(svg.match(/visibility="visible"/gu)).toHaveLength(1);
    expect(svg).toMatch(/<g class="mark is-highlighted" data-key="norm:6"/u);
  });

  it('co-occurrence: a highlighted norm gets an outline round its row and its column', () => {
    const chart = chartById('co-occurrence');
    const svg = pageSvg(
      chart,
      chart.build(input),
      { width: WIDTHS.wide, highlight: highlightSet(['norm:6']), href: (p) => p },
      'wide',
    );
    expect(svg.match(/class="mark is-highlighted"/gu)).toHaveLength(1);
    expect(svg.match(/class="hl-outline"[^>]*visibility="visible"/gu)).toHaveLength(2);
    expect(svg.match(/class="hl-outline"[^>]*visibility="hidden"/gu)).toHaveLength(
      2 * (data.norms.length - 1),
    );
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
    expect(svg).toContain('&lt;script&gt;&amp;');
  });
});

describe('the link-preview image', () => {
  const svg = ogImageSvg({ ...input, meta: data.meta, report: data.report }, 'example.org');

  it('is 1200 × 630 and names the site, the chart and the dataset version', () => {
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${OG_SIZE.width}" height="${OG_SIZE.height}"`, 'u'),
    );
    expect(svg).toContain('Cyber Norms Explorer');
    expect(svg).toContain(chartById('norm-frequency').title);
    expect(svg).toContain(`dataset version ${data.meta.version}`);
  });

  it('draws a bar for every norm', () => {
    for (const norm of data.norms) expect(svg).toContain(`data-key="norm:${norm.id}"`);
  });
});

describe('SVG snapshots (numbers rounded to 0.1; a data change changes them on purpose)', () => {
  it.each(CHARTS.map((c) => [c.id, c] as const))('%s, phone layout', (_, chart) => {
    const svg = pageSvg(
      chart,
      chart.build(input),
      { width: WIDTHS.narrow, highlight: highlightSet(), href: (p) => p },
      'narrow',
    );
    expect(svg.replaceAll('><', '>\n<')).toMatchSnapshot();
  });

  it.each(CHARTS.map((c) => [c.id, c] as const))('%s, downloaded file', (_, chart) => {
    const built = chart.build(input);
    const svg = fileSvg(
      chart,
      built,
      { width: WIDTHS.wide, highlight: highlightSet(), href: (p) => `https://example.org${p}` },
      ['Source: the report.', 'Chart: Cyber Norms Explorer.'],
    );
    expect(svg.replaceAll('><', '>\n<')).toMatchSnapshot();
  });
});

describe('the editors’ variant of the frequency chart', () => {
  const withDocuments = { ...input, documents: data.documents };

  it('keeps the report’s counts and adds each norm’s count over our coded documents', () => {
    const table = normFrequencyWithDocumentsChart.build(withDocuments).table;
    expect(table.rows.map((r) => r.cells[2])).toEqual(matrix.columns.map((c) => c.total));
    const ours = data.norms.map(
      (n) => data.documents.filter((d) => (reflectedNormIds(d) as number[]).includes(n.id)).length,
    );
    expect(table.rows.map((r) => r.cells[4])).toEqual(ours);
    expect(table.rows.every((r) => r.cells[5] === data.documents.length)).toBe(true);
  });

  it('never changes the report’s chart, whether or not documents are passed', () => {
    const report = chartById('norm-frequency');
    expect(report.build(withDocuments).table).toEqual(report.build(input).table);
  });

  it('is offered on the frequency chart’s page only, and is not in the gallery', () => {
    expect(Object.keys(EDITOR_VARIANTS)).toEqual(['norm-frequency']);
    expect(CHARTS).not.toContain(normFrequencyWithDocumentsChart);
  });

  it('counts nothing extra when there are no documents', () => {
    expect([...documentNormCounts(input).values()].every((n) => n === 0)).toBe(true);
  });
});

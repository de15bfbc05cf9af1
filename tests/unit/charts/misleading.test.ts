import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { categorySummary } from '../../../src/charts/categorySummary';
import { chartFileSvg } from '../../../src/charts/chartFiles';
import { highlightSet } from '../../../src/charts/document';
import { charactersByWeight } from '../../../src/charts/fontSubset';
import { normFrequencyChart } from '../../../src/charts/normFrequency';
import { normsByCategoryChart } from '../../../src/charts/normsByCategory';
import { normsPerAgreementChart } from '../../../src/charts/normsPerAgreement';
import { WIDTHS } from '../../../src/charts/palette';
import { axisTicks } from '../../../src/charts/rows';
import { FIXTURE } from '../fixtures/dataset';

// The fixture's categories (tests/unit/fixtures/dataset.ts): UN 1 agreement (UN GGE 2015),
// single stakeholder group 2 (G7 Lucca, MANRS), multistakeholder 1 (Paris Call).
const input = { agreements: FIXTURE.agreements, norms: FIXTURE.norms, wording: FIXTURE.wording };
const render = (chart: typeof normFrequencyChart, agreements = input.agreements) =>
  chart
    .build({ ...input, agreements })
    .render({ width: WIDTHS.medium, highlight: highlightSet(), href: (p) => p }).body;
/** The fixture's four agreements repeated under new slugs, to make a dataset of `n`. */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = FIXTURE.agreements[i % FIXTURE.agreements.length];
    if (!a) throw new Error('empty fixture');
    return { ...a, slug: `${a.slug}-${i}` };
  });
const axisLabels = (body: string) =>
  [
    ...body.matchAll(
      /<g transform="translate\([\d.]+,0\)"><line [^>]*\/><text [^>]*>(\d+)<\/text>/gu,
    ),
  ].map((m) => Number(m[1]));

describe('the takeaway of the category chart', () => {
  it('is never drawn from a category of one agreement', () => {
    expect(normsByCategoryChart.build(input).summary).toBe(
      'Shares within each category: UN (n = 1), single stakeholder group (n = 2) and multistakeholder (n = 1). ' +
        'The highest share is 100%: norm 6 among single stakeholder group agreements (2 of 2). ' +
        'The UN and multistakeholder categories hold fewer than two agreements, too few for a share: ' +
        'there the chart says, norm by norm, whether the agreement reflects it.',
    );
  });

  it('lists tied norms of one category together, and says when no category can be compared', () => {
    expect(
      categorySummary([
        { id: 5, category: 'multistakeholder', count: 4, total: 5 },
        { id: 6, category: 'multistakeholder', count: 4, total: 5 },
        { id: 6, category: 'un', count: 1, total: 1 },
        { id: 6, category: 'single-stakeholder-group', count: 12, total: 16 },
      ]),
    ).toBe(
      'Shares within each category: UN (n = 1), single stakeholder group (n = 16) and multistakeholder (n = 5). ' +
        'The highest share is 80%: norms 5 and 6 among multistakeholder agreements (4 of 5 each). ' +
        'The UN category holds fewer than two agreements, too few for a share: there the chart says, norm by norm, whether the agreement reflects it.',
    );
    expect(categorySummary([{ id: 1, category: 'un', count: 1, total: 1 }])).toBe(
      'Shares within each category: UN (n = 1). No category holds two or more agreements, so no share is compared. ' +
        'The UN category holds fewer than two agreements, too few for a share: there the chart says, norm by norm, whether the agreement reflects it.',
    );
  });

  it('names each category with its number of agreements, and draws a category of one as a dot', () => {
    const body = render(normsByCategoryChart);
    expect(
      [...body.matchAll(/<text class="label"[^>]*>([^<]*\(n = \d+\))<\/text>/gu)].map((m) => m[1]),
    ).toEqual(['UN (n = 1)', 'Single stakeholder group (n = 2)', 'Multistakeholder (n = 1)']);
    // 11 norms × 2 categories of one: dots, never bars; 11 bars for the category of two.
    expect(body.match(/<circle class="dot-cat/gu)).toHaveLength(22);
    expect(body.match(/<rect class="bar-cat/gu)).toHaveLength(11);
    expect(body).toContain('UN (n = 1): reflects it');
    expect(body).not.toMatch(/100% UN/u);
  });

  it('leaves the percentage out of the table for a category of one', () => {
    const norm10 = normsByCategoryChart
      .build(input)
      .table.rows.filter((r) => r.cells[0] === 10)
      .map((r) => r.cells.slice(2));
    expect(norm10).toEqual([
      ['UN', 1, 1, ''],
      ['Single stakeholder group', 0, 2, 0],
      ['Multistakeholder', 0, 1, ''],
    ]);
  });
});

describe('count axes', () => {
  it('end at the total, dropping a round tick too close to it', () => {
    expect(axisTicks(22, 320)).toEqual([0, 5, 10, 15, 20, 22]);
    expect(axisTicks(21, 320)).toEqual([0, 5, 10, 15, 21]);
    expect(axisTicks(11, 455)).toEqual([0, 2, 4, 6, 8, 10, 11]);
    expect(axisTicks(4, 320)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reach the number of agreements (22) with the unit named', () => {
    const body = render(normFrequencyChart, many(22));
    expect(axisLabels(body)).toEqual([0, 5, 10, 15, 20, 22]);
    expect(body).toContain('>Agreements reflecting the norm, of 22</text>');
  });

  it('reach the number of norms on the chart of norms per agreement', () => {
    const body = render(normsPerAgreementChart);
    expect(axisLabels(body)).toEqual([0, 2, 4, 6, 8, 10, 11]);
    expect(body).toContain('>Norms reflected, of 11</text>');
  });

  it('keep value labels clear of grid lines with a halo under the letters', () => {
    const values = [...render(normFrequencyChart).matchAll(/<text class="value"[^>]*>/gu)];
    expect(values).toHaveLength(11);
    for (const [tag] of values)
      expect(tag).toContain(
        'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"',
      );
  });
});

describe('the downloaded SVG', () => {
  const dataset = { ...input, meta: FIXTURE.meta, report: FIXTURE.report };
  const svg = chartFileSvg(normFrequencyChart, dataset, 'https://example.org');

  it('carries the licence line under the source lines', () => {
    expect(svg).toContain(
      '>Licence: FL 1.0, https://example.org/licence/: reuse freely, citing this chart and the report.</text>',
    );
  });

  it('embeds a subset of the chart font in both weights and names it first', () => {
    const faces = [
      ...svg.matchAll(
        /@font-face\{font-family:'Chart Sans';font-weight:(\d+);src:url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\)/gu,
      ),
    ];
    expect(faces.map((m) => m[1])).toEqual(['400', '600']);
    // A WOFF file of an OpenType font with CFF outlines starts with "wOFF" then "OTTO".
    for (const [, , data = ''] of faces) {
      const bytes = Buffer.from(data, 'base64');
      expect(bytes.subarray(0, 8).toString()).toBe('wOFFOTTO');
      // It reads back as a font holding the title's letters and nothing the file does not draw.
      const font = opentype.parse(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
      expect(font.hasChar('H')).toBe(true);
      expect(font.hasChar('Q')).toBe(false);
    }
    expect(svg).toMatch(/^<svg [^>]*font-family="'Chart Sans', 'Source Sans 3'/u);
  });

  it('subsets exactly the characters drawn in each weight, read back from escaped text', () => {
    const chars = charactersByWeight(
      '<text font-size="12">A&amp;b</text><text font-weight="600">7 %</text>',
    );
    expect([...chars[400]].sort()).toEqual(['&', 'A', 'b']);
    expect([...chars[600]].sort()).toEqual([' ', '%', '7']);
  });
});

import { describe, expect, it } from 'vitest';
import { fileSvg, highlightSet } from '../../../src/charts/document';
import { ogImageSvg } from '../../../src/charts/ogImage';
import { FILE_WIDTH } from '../../../src/charts/palette';
import { CHARTS, EDITOR_VARIANTS } from '../../../src/charts/registry';
import { FIXTURE } from '../fixtures/dataset';
import { WORDING_FIXTURE } from './wordingFixture';

/**
 * One standalone SVG file per chart over the fixture dataset, as a reader downloads it: open a
 * changed file to see the change (Observable Plot's habit). Coordinates are rounded to 0.1 by the
 * chart code, so a file changes only when the drawing does. `vitest -u` rewrites them.
 */
const input = {
  agreements: FIXTURE.agreements,
  norms: FIXTURE.norms,
  // The charts of the measure need measured cells; the fixture's norms carry no GGE text.
  wording: WORDING_FIXTURE,
  documents: FIXTURE.documents,
};
const options = {
  width: FILE_WIDTH,
  highlight: highlightSet(),
  href: (path: string) => `https://example.org${path}`,
};
const CREDIT = {
  sourceLines: ['Source: the fixture report.', 'Chart: Cyber Norms Explorer.'],
  licence: { short: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
// One element a line, so that a diff points at the mark that changed.
const lines = (svg: string) => `${svg.replaceAll('><', '>\n<')}\n`;

describe('chart files over the fixture dataset', () => {
  it.each([...CHARTS, ...Object.values(EDITOR_VARIANTS)].map((c) => [c.id, c] as const))(
    '%s.svg',
    async (id, chart) => {
      const svg = fileSvg(chart, chart.build(input), options, CREDIT);
      await expect(lines(svg)).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
    },
  );

  it('og-image.svg', async () => {
    const svg = ogImageSvg({ ...input, meta: FIXTURE.meta, report: FIXTURE.report }, 'example.org');
    await expect(lines(svg)).toMatchFileSnapshot('./__snapshots__/og-image.svg');
  });
});

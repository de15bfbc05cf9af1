import { formatPercent, listOf, plural } from '../lib/format';
import { reflects } from '../lib/frequencies';
import { agreementNormPath, agreementPath, normPath, wordingMeasurePath } from '../lib/urls';
import { classCounts } from '../lib/wording/counts';
import { wordingFor } from '../lib/wording/datasetWording';
import { PALETTE, TYPE, WIDTHS } from './palette';
import { highlightMarker, markState, MARKER_GUTTER } from './rows';
import { el, link, text } from './svg';
import type { ChartDefinition, ChartInput, RenderOptions } from './types';
import { stateShort, wordingCell, wordingLegend } from './wordingMarks';
import type { WordingCellState } from './wordingMarks';

/** One row: an agreement and, norm by norm, how closely its quotes follow the GGE wording. */
export interface WordingByNormRow {
  slug: string;
  shortName: string;
  cells: { norm: number; state: WordingCellState; share: number | null }[];
}

/** The rows in report order; the measure is read from the dataset's, never recomputed. */
export function wordingByNormData({ agreements, norms, wording }: ChartInput): WordingByNormRow[] {
  return [...agreements]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      slug: a.slug,
      shortName: a.shortName,
      cells: norms.map((n) => {
        const result = wordingFor(wording.agreements, a.slug, n.id);
        if (result) return { norm: n.id, state: result.class, share: result.share };
        return {
          norm: n.id,
          state: reflects(a, n.id) ? ('not-measured' as const) : ('not-reflected' as const),
          share: null,
        };
      }),
    }));
}

/** A table cell: the class with its symbol, and the share of the GGE words when some are shared. */
function cellText({ state, share }: WordingByNormRow['cells'][number]): string {
  return share !== null && share > 0
    ? `${stateShort(state)}, ${formatPercent(share)}`
    : stateShort(state);
}

/** The text alternative: the classes' counts, which agreements restate, and what went unmeasured. */
function wordingSummary(rows: readonly WordingByNormRow[], input: ChartInput): string {
  const counts = classCounts(input.wording.agreements);
  const measured = counts.restates + counts['borrows-phrases'] + counts['own-words'];
  const restating = rows.filter((r) => r.cells.some((c) => c.state === 'restates'));
  const where = restating.length
    ? ` (${counts.restates === 1 ? '' : 'all '}in ${listOf(restating.map((r) => r.shortName))})`
    : '';
  const unmeasured = rows.flatMap((r) => r.cells).filter((c) => c.state === 'not-measured').length;
  return (
    `Of ${plural(measured, 'measured cell')}, ${counts.restates} ${counts.restates === 1 ? 'restates' : 'restate'} the GGE wording${where}, ` +
    `${counts['borrows-phrases']} ${counts['borrows-phrases'] === 1 ? 'borrows' : 'borrow'} phrases and ${counts['own-words']} ${counts['own-words'] === 1 ? 'is' : 'are'} in the agreements’ own words; ` +
    `${plural(unmeasured, 'reflected cell')} ${unmeasured === 1 ? 'has' : 'have'} no quote to measure. ` +
    'The measure is this site’s, not the report’s.'
  );
}

/** Layout: row labels in a column when wide, above their row of cells on phones. */
function layout(width: number, columns: number) {
  const narrow = width < (WIDTHS.medium + WIDTHS.narrow) / 2;
  const labelWidth = narrow ? MARKER_GUTTER : 240;
  const size = Math.min(40, Math.floor((width - labelWidth) / columns));
  return { narrow, labelWidth, size, labelRoom: narrow ? 18 : 0 };
}

function render(rows: readonly WordingByNormRow[], input: ChartInput, options: RenderOptions) {
  const ids = input.norms.map((n) => n.id);
  const g = layout(options.width, ids.length);
  const legend = wordingLegend(options.width);
  const head = legend.height + 26;
  const rowHeight = g.size + g.labelRoom;
  const gridHeight = rows.length * rowHeight;
  const normMarks = input.norms.map((n, j) => {
    const state = markState(`norm:${n.id}`, options);
    return el(
      'g',
      { class: state.className, 'data-key': `norm:${n.id}` },
      link(
        options.href(normPath(n.slug)),
        text(
          {
            class: 'label',
            x: g.labelWidth + (j + 0.5) * g.size,
            y: head - 6,
            'text-anchor': 'middle',
            'font-size': TYPE.small,
            'font-weight': 600,
            fill: PALETTE.ink,
          },
          n.id,
        ),
      ),
      el('rect', {
        class: 'hl-outline',
        x: g.labelWidth + j * g.size,
        y: head,
        width: g.size,
        height: gridHeight,
        fill: 'none',
        stroke: PALETTE.highlight,
        'stroke-width': 3,
        visibility: state.highlighted ? 'visible' : 'hidden',
      }),
    );
  });
  const rowMarks = rows.map((r, i) => {
    const state = markState(`agreement:${r.slug}`, options);
    const labelY = g.narrow ? 13 : g.size / 2 + 5;
    const cells = r.cells.map((c, j) =>
      link(
        options.href(agreementNormPath(r.slug, c.norm)),
        wordingCell(c.state, { x: g.labelWidth + j * g.size, y: g.labelRoom, size: g.size }),
      ),
    );
    return el(
      'g',
      {
        class: state.className,
        'data-key': `agreement:${r.slug}`,
        transform: `translate(0,${head + i * rowHeight})`,
      },
      highlightMarker(labelY, state.highlighted),
      link(
        options.href(agreementPath(r.slug)),
        text(
          {
            class: 'label',
            x: MARKER_GUTTER,
            y: labelY,
            'font-size': g.narrow ? TYPE.small : TYPE.label,
            'font-weight': state.highlighted ? 600 : undefined,
            fill: PALETTE.ink,
          },
          r.shortName,
        ),
      ),
      ...cells,
      el('rect', {
        class: 'hl-outline',
        x: g.labelWidth,
        y: g.labelRoom,
        width: ids.length * g.size,
        height: g.size,
        fill: 'none',
        stroke: PALETTE.highlight,
        'stroke-width': 3,
        visibility: state.highlighted ? 'visible' : 'hidden',
      }),
    );
  });
  const axisTitle = text(
    {
      class: 'axis-title',
      x: g.labelWidth,
      y: legend.height + 2,
      'font-size': TYPE.small,
      'font-weight': 600,
      fill: PALETTE.inkSoft,
    },
    'Norm',
  );
  return {
    width: options.width,
    height: head + gridHeight + 4,
    body: legend.body + axisTitle + normMarks.join('') + rowMarks.join(''),
  };
}

export const wordingByNormChart: ChartDefinition = {
  id: 'wording-by-norm',
  title: 'How closely each agreement follows the 2015 GGE wording, by norm: this site’s measure',
  description:
    'For each agreement and norm, whether the report’s quotes of the agreement restate the norm’s 2015 UN GGE text, borrow phrases from it or use their own words: a measure of shared runs of words computed by this site, not the report’s coding.',
  measure: {
    line: 'Measure: Cyber Norms Explorer (shared runs of words with the 2015 GGE text), from the quotes in the report; this site’s measure, not the report’s coding.',
    path: wordingMeasurePath,
  },
  build(input) {
    const rows = wordingByNormData(input);
    return {
      summary: wordingSummary(rows, input),
      table: {
        columns: ['Agreement', ...input.norms.map((n) => `Norm ${n.id}`)],
        rows: rows.map((r) => ({
          cells: [r.shortName, ...r.cells.map(cellText)],
          href: agreementPath(r.slug),
        })),
      },
      render: (options) => render(rows, input, options),
    };
  },
};

/**
 * The grid the wording charts draw: one row per record (agreement or coded document), one column
 * per norm, each cell a wording mark (src/charts/wordingMarks.ts), the legend with each state's
 * count above. Row labels sit in a column when wide and above their row on phones, so 11 columns
 * keep cells of 27 units at 320.
 */
import type { Norm } from '../schemas/norm';
import { normPath } from '../lib/urls';
import { PALETTE, TYPE, WIDTHS } from './palette';
import { highlightMarker, markState, MARKER_GUTTER } from './rows';
import { el, link, text } from './svg';
import type { MarkKey, RenderedChart, RenderOptions } from './types';
import type { WordingState } from '../lib/wording/states';
import { wordingCell, wordingLegend } from './wordingMarks';

/** One row: a record and, norm by norm, how closely its quotes follow the GGE wording. */
export interface WordingGridRow {
  /** The agreement's slug or the coded document's id. */
  record: string;
  shortName: string;
  /** The record's page, and each cell's place on it. */
  href: string;
  cellHref: (norm: number) => string;
  /** The highlight key (agreements only: documents are never highlighted). */
  key?: MarkKey;
  cells: { norm: number; state: WordingState; share: number | null }[];
}

function layout(width: number, columns: number) {
  const narrow = width < (WIDTHS.medium + WIDTHS.narrow) / 2;
  const labelWidth = narrow ? MARKER_GUTTER : 240;
  const size = Math.min(40, Math.floor((width - labelWidth) / columns));
  return { narrow, labelWidth, size, labelRoom: narrow ? 18 : 0 };
}

/** An outline round a row or a column, shown when it is highlighted (a shape, not colour alone). */
function outline(box: { x: number; y: number; width: number; height: number }, shown: boolean) {
  return el('rect', {
    class: 'hl-outline',
    ...box,
    fill: 'none',
    stroke: PALETTE.highlight,
    'stroke-width': 3,
    visibility: shown ? 'visible' : 'hidden',
  });
}

export function renderWordingGrid(
  rows: readonly WordingGridRow[],
  norms: readonly Pick<Norm, 'id' | 'slug'>[],
  counts: Record<WordingState, number>,
  options: RenderOptions,
): RenderedChart {
  const g = layout(options.width, norms.length);
  const legend = wordingLegend(options.width, counts);
  const head = legend.height + 26;
  const rowHeight = g.size + g.labelRoom;
  const gridHeight = rows.length * rowHeight;
  const columns = norms.map((n, j) => {
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
      outline(
        { x: g.labelWidth + j * g.size, y: head, width: g.size, height: gridHeight },
        state.highlighted,
      ),
    );
  });
  const labelY = g.narrow ? 13 : g.size / 2 + 5;
  const rowMarks = rows.map((r, i) => {
    const state = r.key ? markState(r.key, options) : { highlighted: false, className: 'mark' };
    return el(
      'g',
      {
        class: state.className,
        'data-key': r.key,
        transform: `translate(0,${head + i * rowHeight})`,
      },
      highlightMarker(labelY, state.highlighted),
      link(
        options.href(r.href),
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
      ...r.cells.map((c, j) =>
        link(
          options.href(r.cellHref(c.norm)),
          wordingCell(c.state, { x: g.labelWidth + j * g.size, y: g.labelRoom, size: g.size }),
        ),
      ),
      outline(
        { x: g.labelWidth, y: g.labelRoom, width: norms.length * g.size, height: g.size },
        state.highlighted,
      ),
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
    body: legend.body + axisTitle + columns.join('') + rowMarks.join(''),
  };
}

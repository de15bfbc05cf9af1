import type { MatrixAgreement } from '../matrix';
import { FILTERS, type FilterContext } from './filters';
import { formatInteger, plural } from '../format';
import { sortRows } from './sort';
import type { MatrixView } from './state';
import { CELL_SHADINGS, type CellShading } from './wordingLook';

/** The rows a view shows, in its sort order. */
export function visibleRows(
  rows: readonly MatrixAgreement[],
  view: MatrixView,
  context: FilterContext,
): MatrixAgreement[] {
  const kept = rows.filter((row) => FILTERS.every((filter) => filter.passes(row, view, context)));
  return sortRows(kept, view.sort);
}

/**
 * The status line: how many rows are shown, in the words of every filter that is on, then each
 * filter's note on rows it hides for a reason of their own, e.g.
 * "Showing 3 of 22 agreements in the category UN launched in 2015 or later. 2 agreements without a
 * launch date are left out by the year filter."
 */
export function describeView(
  view: MatrixView,
  shown: number,
  rows: readonly MatrixAgreement[],
): string {
  const words = FILTERS.map((filter) => filter.describe(view));
  const notes = FILTERS.map((filter) => filter.note?.(view, rows) ?? null);
  const sentence = [`Showing ${shown} of ${rows.length} agreements`, ...words]
    .filter((part) => part !== null)
    .join(' ');
  const shading = view.shading === 'wording' ? [WORDING_SHADING_NOTE] : [];
  return [`${sentence}.`, ...notes.filter((note) => note !== null), ...shading].join(' ');
}

/**
 * What the status line adds in the wording view, so the reader knows whose shades they see: the
 * switch's own words, kept short so that a phone's first card stays in view (the legend and the
 * caption say the rest).
 */
export const WORDING_SHADING_NOTE = `Shaded by ${CELL_SHADINGS.wording.label}.`;

/**
 * The table's caption: the rows shown by the norms the view is about, e.g. "8 agreements × 2 norms"
 * when two norms are chosen (their columns are highlighted; the others stay, so it says so), and,
 * in the wording view, what the cells are shaded by.
 */
export function matrixCaption(
  shown: number,
  chosenNorms: number,
  allNorms: number,
  shading: CellShading = 'report',
): string {
  const size = `${plural(shown, 'agreement')} × ${plural(chosenNorms || allNorms, 'norm')}`;
  const caption =
    chosenNorms === 0 ? size : `${size} (highlighted among all ${formatInteger(allNorms)})`;
  return shading === 'wording'
    ? `${caption}, shaded by how closely the quotes follow the GGE wording (this site’s measure)`
    : caption;
}

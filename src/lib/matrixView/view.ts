import type { MatrixAgreement } from '../matrix';
import { FILTERS, type FilterContext } from './filters';
import { formatInteger, plural } from '../format';
import { sortRows } from './sort';
import type { MatrixView } from './state';

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
  return [`${sentence}.`, ...notes.filter((note) => note !== null)].join(' ');
}

/**
 * The table's caption: the rows shown by the norms the view is about, e.g. "8 agreements × 2 norms"
 * when two norms are chosen (their columns are highlighted; the others stay, so it says so).
 */
export function matrixCaption(shown: number, chosenNorms: number, allNorms: number): string {
  const size = `${plural(shown, 'agreement')} × ${plural(chosenNorms || allNorms, 'norm')}`;
  return chosenNorms === 0 ? size : `${size} (highlighted among all ${formatInteger(allNorms)})`;
}

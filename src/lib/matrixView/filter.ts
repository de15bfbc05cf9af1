import { launchYear, type ViewRow } from './rows';
import type { MatrixView, SortKey } from './state';

/**
 * The rows a view shows, in its sort order. `matches` is the set of agreement slugs the search text
 * matched, or null when there is no search.
 */
export function visibleRows(
  rows: readonly ViewRow[],
  view: MatrixView,
  matches: Pick<ReadonlySet<string>, 'has'> | null,
): ViewRow[] {
  return sortRows(
    rows.filter((row) => rowPasses(row, view, matches)),
    view.sort,
  );
}

/** Whether one row passes every filter of the view. */
export function rowPasses(
  row: ViewRow,
  view: MatrixView,
  matches: Pick<ReadonlySet<string>, 'has'> | null,
): boolean {
  if (matches && !matches.has(row.slug)) return false;
  if (view.category && row.category !== view.category) return false;
  if (view.stakeholder && row.stakeholder !== view.stakeholder) return false;
  if (view.from !== null || view.to !== null) {
    // An undated agreement cannot be placed in a year range, so a year filter leaves it out.
    const year = launchYear(row);
    if (year === null) return false;
    if (view.from !== null && year < view.from) return false;
    if (view.to !== null && year > view.to) return false;
  }
  const reflected = new Set(row.cells.filter((c) => c.state !== 'no').map((c) => c.norm));
  if (!view.norms.every((n) => reflected.has(n))) return false;
  if (view.unlabeled && !row.cells.some((c) => c.label === 'unlabeled')) return false;
  return true;
}

const byOrder = (a: ViewRow, b: ViewRow) => a.order - b.order;

const COMPARATORS: Record<SortKey, (a: ViewRow, b: ViewRow) => number> = {
  report: byOrder,
  name: (a, b) =>
    a.shortName.localeCompare(b.shortName, 'en', { sensitivity: 'base' }) || byOrder(a, b),
  // Earliest first; undated agreements last, in report order.
  date: (a, b) => {
    if (a.launched === b.launched) return byOrder(a, b);
    if (a.launched === null) return 1;
    if (b.launched === null) return -1;
    return a.launched.localeCompare(b.launched) || byOrder(a, b);
  },
  reflected: (a, b) => b.total - a.total || byOrder(a, b),
};

/** A sorted copy of the rows; ties keep report order. */
export function sortRows(rows: readonly ViewRow[], sort: SortKey): ViewRow[] {
  return [...rows].sort(COMPARATORS[sort]);
}

/** How many rows a year filter hides only because they carry no date. */
export function undatedHidden(rows: readonly ViewRow[], view: MatrixView): number {
  if (view.from === null && view.to === null) return 0;
  return rows.filter((row) => launchYear(row) === null).length;
}

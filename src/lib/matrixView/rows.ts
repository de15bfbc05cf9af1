import type { Category, CellState, Label, NormId, StakeholderType } from '../../schemas/values';
import { CELL_ISSUE_LABELS } from '../cellIssues';
import { cellState, type Matrix } from '../matrix';

/**
 * The matrix as the interactive view needs it: plain, serialisable rows (they travel to the browser as
 * island props), with everything filters and sorting look at already worked out at build time.
 */
export interface ViewCell {
  norm: NormId;
  label: Label;
  /** The report's exact marker when it qualifies it, e.g. "Yes (indirectly)". */
  labelWording: string | null;
  state: CellState;
  evidenceCount: number;
  /** Short wording of each issue of the cell (`CELL_ISSUE_LABELS`). */
  issues: string[];
}

export interface ViewRow {
  slug: string;
  order: number;
  numeral: string;
  shortName: string;
  title: string;
  category: Category;
  stakeholder: StakeholderType;
  /** The normalised launch date (ISO year or year-month), null when the report gives none. */
  launched: string | null;
  /** The report's wording of the launch date. */
  launchedWording: string;
  /** Norms reflected. */
  total: number;
  cells: ViewCell[];
}

export interface ViewColumn {
  id: NormId;
  slug: string;
  title: string;
}

/** Rows and columns of the interactive matrix, from the library's matrix. */
export function toViewData(matrix: Matrix): { rows: ViewRow[]; columns: ViewColumn[] } {
  const columns = matrix.columns.map(({ norm }) => ({
    id: norm.id as NormId,
    slug: norm.slug,
    title: norm.title,
  }));
  const rows = matrix.rows.map(({ agreement: a, cells, total }) => ({
    slug: a.slug,
    order: a.order,
    numeral: a.numeral,
    shortName: a.shortName,
    title: a.title.replace(/\.\s*$/u, ''),
    category: a.category.value,
    stakeholder: a.stakeholders.type,
    launched: a.launched.value,
    launchedWording: a.launched.wording,
    total,
    cells: cells.map((cell) => {
      const source = a.norms.find((c) => c.norm === cell.norm);
      return {
        norm: cell.norm as NormId,
        label: cell.label,
        labelWording: source?.labelWording ?? null,
        state: cellState(cell),
        evidenceCount: cell.evidenceCount,
        issues: cell.issues.map((issue) => CELL_ISSUE_LABELS[issue.kind]),
      };
    }),
  }));
  return { rows, columns };
}

/** The launch year of a row, or null when undated. */
export function launchYear(row: Pick<ViewRow, 'launched'>): number | null {
  return row.launched === null ? null : Number(row.launched.slice(0, 4));
}

/** The years the rows span, for the year filter's bounds; null when no row is dated. */
export function yearBounds(rows: readonly ViewRow[]): { min: number; max: number } | null {
  const years = rows.map(launchYear).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** How many of `rows` reflect each norm, in column order. */
export function columnTotals(rows: readonly ViewRow[], columns: readonly ViewColumn[]): number[] {
  return columns.map(
    (column) =>
      rows.filter((row) => row.cells.some((c) => c.norm === column.id && c.state !== 'no')).length,
  );
}

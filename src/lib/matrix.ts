import type { Agreement, NormCell } from '../schemas/agreement';
import type { Norm } from '../schemas/norm';
import { cellIssues, type CellIssue } from './cellIssues';
import { normFrequency } from './frequencies';
import type { CellState } from '../schemas/values';

/** One cell of the agreement-by-norm matrix. */
export interface MatrixCell {
  norm: number;
  label: NormCell['label'];
  reflected: boolean;
  evidenceCount: number;
  issues: CellIssue[];
}

/** One agreement's row: its 11 cells and how many norms it reflects. */
export interface MatrixRow {
  agreement: Agreement;
  cells: MatrixCell[];
  total: number;
}

/** One norm's column header: the norm and how many of the rows reflect it. */
export interface MatrixColumn {
  norm: Norm;
  total: number;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** The agreement-by-norm matrix, rows in the order given, columns in norm order. */
export function buildMatrix(agreements: readonly Agreement[], norms: readonly Norm[]): Matrix {
  const columns = normFrequency(agreements, norms).map(({ norm, count }) => ({
    norm,
    total: count,
  }));
  const rows = agreements.map((agreement) => {
    const cells = norms.map((norm) => {
      const cell = agreement.norms.find((c) => c.norm === norm.id);
      if (!cell) throw new Error(`buildMatrix: ${agreement.slug} has no cell for norm ${norm.id}`);
      return {
        norm: norm.id,
        label: cell.label,
        reflected: cell.reflected,
        evidenceCount: cell.evidence.length,
        issues: cellIssues(cell, agreement),
      };
    });
    return { agreement, cells, total: cells.filter((c) => c.reflected).length };
  });
  return { columns, rows };
}

/** How a cell reads in the matrix: see `CELL_STATES`. */
export function cellState(cell: Pick<NormCell, 'label' | 'reflected'>): CellState {
  if (!cell.reflected) return 'no';
  return cell.label === 'unlabeled' ? 'unlabeled' : 'yes';
}

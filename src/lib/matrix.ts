import type { Agreement, NormCell } from '../schemas/agreement';
import type { CodedDocument } from '../schemas/document';
import type { Norm } from '../schemas/norm';
import type { CellState } from '../schemas/values';
import { cellIssues, type CellIssue } from './cellIssues';
import { reflectedNormIds } from './frequencies';
import type { CellWordingSummary } from './matrixView/wordingLook';

/**
 * The cell as the islands get it in their props: the schema's `NormCell` without its passages (the
 * evidence panel fetches those from `agreements.json` when a cell is opened, so the page stays light),
 * with the issues that need the passages and the record's other cells already worked out.
 */
export type CellSummary = Pick<NormCell, 'norm' | 'label' | 'labelWording' | 'reflected'> & {
  issues: CellIssue[];
  /** The wording measure of a measured cell (this site's, not the report's); see `withWording`. */
  wording?: CellWordingSummary;
};

/** The agreement fields the matrix shows, filters or sorts by: add one here to show it. */
const MATRIX_FIELDS = [
  'slug',
  'order',
  'shortName',
  'category',
  'stakeholders',
  'launched',
] as const;

/** An agreement as the matrix island gets it: those fields of the record, as the record has them. */
export type MatrixAgreement = Pick<Agreement, (typeof MATRIX_FIELDS)[number]> & {
  norms: CellSummary[];
};

/** A document coded by the site's editors, as the matrix shows it in a row of its own. */
export type MatrixDocument = Pick<CodedDocument, 'id' | 'shortName'> & { norms: CellSummary[] };

/**
 * A norm as a matrix column needs it: the heading, and the 2015 GGE wording, which the evidence
 * sheet shows with the runs a measured cell shares with it marked (null when the report quotes none).
 */
export type MatrixNorm = Pick<Norm, 'id' | 'slug' | 'title'> & Partial<Pick<Norm, 'gge'>>;

/** The island props of one norm. */
export function matrixNorm({ id, slug, title, gge }: Norm): MatrixNorm {
  return { id, slug, title, gge };
}

/** The cells of a record, summarised for island props, in the record's (norm) order. */
export function summariseCells(record: Pick<Agreement, 'norms'>): CellSummary[] {
  return record.norms.map((cell) => ({
    norm: cell.norm,
    label: cell.label,
    ...(cell.labelWording === undefined ? {} : { labelWording: cell.labelWording }),
    reflected: cell.reflected,
    issues: cellIssues(cell, record),
  }));
}

/** The island props of one agreement. */
export function matrixAgreement(agreement: Agreement): MatrixAgreement {
  const fields = Object.fromEntries(MATRIX_FIELDS.map((key) => [key, agreement[key]]));
  return {
    ...(fields as Pick<Agreement, (typeof MATRIX_FIELDS)[number]>),
    norms: summariseCells(agreement),
  };
}

/** The island props of one coded document. */
export function matrixDocument(document: CodedDocument): MatrixDocument {
  return { id: document.id, shortName: document.shortName, norms: summariseCells(document) };
}

/** How many norms a record reflects: its row total. */
export function reflectedCount(record: Parameters<typeof reflectedNormIds>[0]): number {
  return reflectedNormIds(record).length;
}

/** How a cell reads in the matrix: see `CELL_STATES`. */
export function cellState(cell: Pick<NormCell, 'label' | 'reflected'>): CellState {
  if (!cell.reflected) return 'no';
  return cell.label === 'unlabeled' ? 'unlabeled' : 'yes';
}

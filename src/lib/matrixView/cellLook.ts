import { CELL_STATES } from '../../schemas/values';
import { CELL_ISSUE_LABELS } from '../cellIssues';
import { cellState, type CellSummary, type MatrixNorm } from '../matrix';
import { cellStyle, cellStyleClasses } from './cellStyles';
import { describeWording, wordingLook, wordingLookClasses, type CellShading } from './wordingLook';
import { WORDING_STATES } from '../wording/states';

/** How a matrix cell is drawn and what it says, in one shading. */
export interface CellLook {
  /** The classes of src/styles/cells.css that draw it. */
  classes: string;
  /** The symbol in the cell, so its look never rests on colour alone. */
  symbol: string;
  /** What it says after the cell's name, e.g. "reflected" or "restates the GGE wording, 92% …". */
  words: string;
}

/** The report's coding in words: reflected or not, and whether the report printed a marker. */
function reportWords(cell: CellSummary): string {
  const state = cellState(cell);
  if (state === 'no')
    return `not reflected${cell.label === 'unlabeled' ? ', no marker in the report' : ''}`;
  return `reflected${state === 'unlabeled' ? ' (counted without a marker in the report)' : ''}`;
}

/** How a cell looks and reads when the matrix is shaded by `shading`. */
export function cellLook(cell: CellSummary, shading: CellShading): CellLook {
  if (shading === 'wording') {
    const look = wordingLook(cell);
    return {
      classes: wordingLookClasses(look),
      symbol: WORDING_STATES[look].symbol,
      words: describeWording(cell),
    };
  }
  return {
    classes: cellStyleClasses(cellStyle(cell)),
    symbol: CELL_STATES[cellState(cell)].symbol,
    words: reportWords(cell),
  };
}

/**
 * What a screen reader hears for an agreement's cell, which also names the cell link on its own:
 * "Paris Call, norm 3 (No proliferation): borrows GGE phrases, 13% of the GGE words shared", then
 * the cell's notes.
 */
export function cellName(
  row: { shortName: string },
  column: Pick<MatrixNorm, 'id' | 'title'>,
  cell: CellSummary,
  shading: CellShading,
): string {
  const issues = cell.issues.map((issue) => CELL_ISSUE_LABELS[issue.kind]);
  const notes = issues.length > 0 ? `; ${issues.join('; ')}` : '';
  const { words } = cellLook(cell, shading);
  return `${row.shortName}, norm ${column.id} (${column.title}): ${words}${notes}`;
}

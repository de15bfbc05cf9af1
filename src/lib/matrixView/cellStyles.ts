import type { NormCell } from '../../schemas/agreement';
import type { CellState } from '../../schemas/values';
import { cellState } from '../matrix';

/**
 * The four looks a matrix cell can have, with the legend's words for each (the report's label, then
 * whether the cell counts), in the legend's order. `CELL_STATES` has three states (counted yes,
 * counted without a marker, not counted); a cell that is not counted is drawn two ways, because a
 * missing marker stays visible even when there is no evidence to count.
 */
export const CELL_STYLES = {
  yes: { state: 'yes', noMarker: false, label: 'Yes: reflected' },
  no: { state: 'no', noMarker: false, label: 'N/A: not reflected' },
  unlabeled: { state: 'unlabeled', noMarker: true, label: 'No marker, evidence: reflected' },
  'no-marker': { state: 'no', noMarker: true, label: 'No marker, no evidence: not reflected' },
} as const satisfies Record<string, { state: CellState; noMarker: boolean; label: string }>;
export type CellStyle = keyof typeof CELL_STYLES;

/** Which of the four looks a cell has. */
export function cellStyle(cell: Pick<NormCell, 'label' | 'reflected'>): CellStyle {
  const state = cellState(cell);
  return state === 'no' && cell.label === 'unlabeled' ? 'no-marker' : state;
}

/** The classes that draw a look (src/styles/cells.css), for the legend and the cells alike. */
export function cellStyleClasses(style: CellStyle): string {
  const { state, noMarker } = CELL_STYLES[style];
  return `cell-mark is-${state}${noMarker ? ' has-no-marker' : ''}`;
}

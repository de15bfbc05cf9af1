/** A cell's place in the visible grid: row index and column index, from 0. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where an arrow key, Home/End or Page Up/Down moves the focus from `at` in a grid of `size`, as in the
 * WAI-ARIA grid pattern; null for any other key. Ctrl+Home/End go to the first/last cell.
 */
export function nextPosition(
  event: { key: string; ctrlKey: boolean; metaKey: boolean },
  at: GridPosition,
  size: { rows: number; cols: number },
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const jump = event.ctrlKey || event.metaKey;
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(lastRow, row)),
    col: Math.max(0, Math.min(lastCol, col)),
  });
  switch (event.key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return jump ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return jump ? clamp(lastRow, lastCol) : clamp(at.row, lastCol);
    case 'PageDown':
      return clamp(at.row + 5, at.col);
    case 'PageUp':
      return clamp(at.row - 5, at.col);
    default:
      return null;
  }
}

import { cellFor } from '../agreements';
import type { CellSummary, MatrixAgreement, MatrixNorm } from '../matrix';
import { wordingFor, type CellWording } from '../wording/datasetWording';
import { summariseWording } from './wordingLook';

/** The launch year of an agreement, or null when the report gives no date. */
export function launchYear(row: Pick<MatrixAgreement, 'launched'>): number | null {
  return row.launched.value === null ? null : Number(row.launched.value.slice(0, 4));
}

/** The years the rows span, for the year filter's bounds; null when no row is dated. */
export function yearBounds(rows: readonly MatrixAgreement[]): { min: number; max: number } | null {
  const years = rows.map(launchYear).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}

/** How many of `rows` reflect each norm, in column order. */
export function columnTotals(
  rows: readonly MatrixAgreement[],
  columns: readonly MatrixNorm[],
): number[] {
  return columns.map((column) => rows.filter((row) => cellFor(row, column.id).reflected).length);
}

/**
 * A row with the wording measure on each of its measured cells, from the dataset's measure
 * (`data.wording.agreements` for an agreement, `.documents` for a coded document, by `id`).
 * Cells the measure leaves out get no field, so the props carry only what the island shows.
 */
export function withWording<T extends { norms: CellSummary[] }>(
  row: T,
  id: string,
  measured: readonly CellWording[],
): T {
  const norms = row.norms.map((cell) => {
    const result = wordingFor(measured, id, cell.norm);
    return result ? { ...cell, wording: summariseWording(result) } : cell;
  });
  return { ...row, norms };
}

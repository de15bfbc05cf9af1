import type { NormCell } from '../../schemas/agreement';
import type { Dataset } from '../dataset/dataset';
import { measureWording, type WordingResult } from './measure';

/** The wording measure of one cell: an agreement's (by slug) or a coded document's (by id). */
export interface CellWording {
  /** The agreement's slug, or the coded document's id. */
  record: string;
  norm: number;
  result: WordingResult;
}

/** The measure over the whole dataset, the report's agreements and the editors' coding apart. */
export interface DatasetWording {
  /** The report's agreements, in report order, then by norm. */
  agreements: CellWording[];
  /** The editors' coded documents (never the report's coding), by id, then by norm. */
  documents: CellWording[];
}

/**
 * Measures every reflected cell that quotes the agreement (a cell whose only evidence is the
 * report's comment or a placeholder has no wording to measure) against its norm's GGE wording,
 * for norms that have one.
 */
export function wordingOfDataset(
  data: Pick<Dataset, 'norms' | 'agreements' | 'documents'>,
): DatasetWording {
  const ggeText = new Map(data.norms.flatMap((n) => (n.gge ? [[n.id, n.gge.text] as const] : [])));
  const measure = (record: string, cells: readonly NormCell[]): CellWording[] =>
    cells
      .filter((cell) => cell.reflected && cell.evidence.some((e) => e.kind === 'quote'))
      .flatMap((cell) => {
        const gge = ggeText.get(cell.norm);
        return gge === undefined
          ? []
          : [{ record, norm: cell.norm, result: measureWording(cell.evidence, gge) }];
      })
      .sort((x, y) => x.norm - y.norm);
  return {
    agreements: [...data.agreements]
      .sort((x, y) => x.order - y.order)
      .flatMap((a) => measure(a.slug, a.norms)),
    documents: [...data.documents]
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .flatMap((d) => measure(d.id, d.norms)),
  };
}

/**
 * The measure of one cell (`record` is an agreement's slug or a coded document's id), or undefined
 * when the cell is not measured: not reflected, no quote of the agreement, or a norm without GGE
 * wording.
 */
export function wordingFor(
  cells: readonly CellWording[],
  record: string,
  norm: number,
): WordingResult | undefined {
  return cells.find((cell) => cell.record === record && cell.norm === norm)?.result;
}

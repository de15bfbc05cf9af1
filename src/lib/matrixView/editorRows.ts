import type { CodedDocument } from '../../schemas/document';
import type { Norm } from '../../schemas/norm';
import type { CellState, NormId } from '../../schemas/values';
import { reflectedNormIds } from '../frequencies';
import { cellState } from '../matrix';
import { documentPath, normBlockId } from '../urls';

/**
 * A row of the matrix for a document coded by the site's editors (not by the report): shown only
 * when the reader switches them on, below the report's table, never counted in its totals.
 */
export interface EditorRow {
  id: string;
  shortName: string;
  /** The document's page, where our coding and its evidence are. */
  href: string;
  cells: { norm: NormId; state: CellState; href: string }[];
  /** Norms reflected in our coding. */
  total: number;
}

/** The editors' rows, one per coded document, with cells in the norms' order. */
export function toEditorRows(
  documents: readonly CodedDocument[],
  norms: readonly Pick<Norm, 'id'>[],
): EditorRow[] {
  return documents.map((d) => {
    const href = documentPath(d.id);
    const cells = norms.flatMap((norm) => {
      const cell = d.norms.find((c) => c.norm === norm.id);
      return cell
        ? [
            {
              norm: norm.id as NormId,
              state: cellState(cell),
              href: `${href}#${normBlockId(norm.id)}`,
            },
          ]
        : [];
    });
    return {
      id: d.id,
      shortName: d.shortName,
      href,
      cells,
      total: reflectedNormIds(d).length,
    };
  });
}

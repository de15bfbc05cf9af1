import { withBase } from '../../lib/base';
import { cellFor } from '../../lib/agreements';
import { cellState, reflectedCount, type MatrixDocument, type MatrixNorm } from '../../lib/matrix';
import { cellLook } from '../../lib/matrixView/cellLook';
import type { CellShading } from '../../lib/matrixView/wordingLook';
import { documentPath, normBlockId, paths } from '../../lib/urls';
import { MatrixHead } from './MatrixHead';

interface Props {
  documents: readonly MatrixDocument[];
  columns: readonly MatrixNorm[];
  /** What the cells are shaded by; in the wording view, by the measure of the editors' own quotes. */
  shading: CellShading;
}

/**
 * The documents our editors coded, as rows of their own under the report's table: same columns,
 * styled apart, never part of the report's filters or totals. Each cell links to our evidence.
 */
export function EditorRowsTable({ documents, columns, shading }: Props) {
  return (
    <table className="matrix-table editor-rows">
      <caption>
        Coded by the Cyber Norms Explorer editors, not by the BPF report: {documents.length} related
        documents. They are not counted in the report’s figures or in the totals above (
        <a href={withBase(paths.documents)}>about this coding</a>).
        {shading === 'wording' &&
          ' Shaded by this site’s wording measure of the quotes our editors chose.'}
      </caption>
      <MatrixHead corner="Document (our coding)" columns={columns} numbersOnly />
      <tbody>
        {documents.map((document) => {
          const href = documentPath(document.id);
          return (
            <tr key={document.id}>
              <th scope="row" className="agreement-head">
                <a href={withBase(href)}>{document.shortName}</a>
              </th>
              {columns.map((column) => {
                const cell = cellFor(document, column.id);
                const look = cellLook(cell, shading);
                // The report's looks read plainly here: the editors' coding has no missing markers.
                const words =
                  shading === 'wording'
                    ? `${look.words},`
                    : cellState(cell) === 'no'
                      ? 'not reflected'
                      : 'reflected';
                return (
                  <td key={column.id}>
                    <a
                      className={`${look.classes} matrix-cell`}
                      href={withBase(`${href}#${normBlockId(column.id)}`)}
                    >
                      <span aria-hidden="true">{look.symbol}</span>
                      <span className="visually-hidden">
                        {`${document.shortName}, norm ${column.id} (${column.title}): ${words} in our coding`}
                      </span>
                    </a>
                  </td>
                );
              })}
              <td className="row-total">{reflectedCount(document)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

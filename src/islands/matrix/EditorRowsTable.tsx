import { CELL_STATES } from '../../schemas/values';
import { withBase } from '../../lib/base';
import { paths } from '../../lib/urls';
import type { EditorRow } from '../../lib/matrixView/editorRows';
import { MatrixHead } from './MatrixHead';
import type { ViewColumn } from '../../lib/matrixView/rows';

interface Props {
  rows: readonly EditorRow[];
  columns: readonly ViewColumn[];
}

/**
 * The documents our editors coded, as rows of their own under the report's table: same columns,
 * styled apart, never part of the report's filters or totals. Each cell links to our evidence.
 */
export function EditorRowsTable({ rows, columns }: Props) {
  return (
    <table className="matrix-table editor-rows">
      <caption>
        Coded by the Cyber Norms Explorer editors, not by the BPF report: {rows.length} related
        documents. They are not counted in the report’s figures or in the totals above (
        <a href={withBase(paths.documents)}>about this coding</a>).
      </caption>
      <MatrixHead corner="Document (our coding)" columns={columns} numbersOnly />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="agreement-head">
              <a href={withBase(row.href)}>{row.shortName}</a>
            </th>
            {columns.map((column) => {
              const cell = row.cells.find((c) => c.norm === column.id);
              return (
                <td key={column.id}>
                  {cell && (
                    <a
                      className={`cell-mark matrix-cell is-${cell.state}`}
                      href={withBase(cell.href)}
                    >
                      <span aria-hidden="true">{CELL_STATES[cell.state].symbol}</span>
                      <span className="visually-hidden">
                        {`${row.shortName}, norm ${column.id} (${column.title}): ${
                          cell.state === 'no' ? 'not reflected' : 'reflected'
                        } in our coding`}
                      </span>
                    </a>
                  )}
                </td>
              );
            })}
            <td className="row-total">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

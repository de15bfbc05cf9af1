import { withBase } from '../../lib/base';
import { normPath } from '../../lib/urls';
import type { MatrixNorm } from '../../lib/matrix';

interface Props {
  /** What the rows are, e.g. "Agreement". */
  corner: string;
  columns: readonly MatrixNorm[];
  /** Norm numbers only (a table right under the full one), instead of linked titles. */
  numbersOnly?: boolean;
  /** Norms whose columns are highlighted (the norms the view filters by). */
  highlighted?: readonly number[];
}

/** The header row shared by the report's matrix and the editors' rows: the norms, then the total. */
export function MatrixHead({ corner, columns, numbersOnly = false, highlighted = [] }: Props) {
  return (
    <thead>
      <tr>
        <th scope="col" className="corner">
          {corner}
        </th>
        {columns.map((column) => (
          <th
            scope="col"
            key={column.id}
            className={`norm-head${highlighted.includes(column.id) ? ' is-chosen' : ''}`}
            abbr={`Norm ${column.id}`}
          >
            {numbersOnly ? (
              <span className="norm-number">{column.id}</span>
            ) : (
              <a href={withBase(normPath(column.slug))}>
                <span className="norm-number">{column.id}</span>
                <span className="norm-title">{column.title}</span>
              </a>
            )}
          </th>
        ))}
        <th scope="col" className="total-head">
          Norms reflected
        </th>
      </tr>
    </thead>
  );
}

import type { Agreement } from '../../schemas/agreement';
import { withBase } from '../../lib/base';
import { agreementPath } from '../../lib/urls';

interface Props {
  /** What the first column holds, for screen readers. */
  corner: string;
  agreements: readonly Agreement[];
  onRemove: (slug: string) => void;
}

/** The head row of a comparison table: one column per agreement, each with a way out. */
export function ColumnHeads({ corner, agreements, onRemove }: Props) {
  return (
    <thead>
      <tr>
        <td className="corner">
          <span className="visually-hidden">{corner}</span>
        </td>
        {agreements.map((a) => (
          <th scope="col" key={a.slug}>
            <a href={withBase(agreementPath(a.slug))}>
              <bdi>{a.shortName}</bdi>
            </a>
            {agreements.length > 1 && (
              <button
                type="button"
                className="remove"
                onClick={() => {
                  onRemove(a.slug);
                }}
              >
                Remove{' '}
                <span className="visually-hidden">
                  <bdi>{a.shortName}</bdi> from the comparison
                </span>
              </button>
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The agreement's name inside a cell, shown only when the table is stacked into cards (phones). */
export function CardName({ agreement }: { agreement: Agreement }) {
  return <bdi className="card-name">{agreement.shortName}</bdi>;
}

import type { ReactNode } from 'react';
import { withBase } from '../../lib/base';
import { shareWording, type Comparison, type NormComparison } from '../../lib/compare';
import { normPath } from '../../lib/urls';
import { NameList } from './NameList';
import type { CompareNorm } from './types';

type Row = NormComparison<CompareNorm>;

interface Props {
  comparison: Comparison<CompareNorm>;
  nameOf: (slug: string) => string;
}

function SummaryBox({
  share,
  count,
  rows,
  detail,
}: {
  share: Row['share'];
  count: number;
  rows: readonly Row[];
  detail?: (row: Row) => ReactNode;
}) {
  const { symbol, text } = shareWording(share, count);
  return (
    <section className={`summary-box share-${share}`} aria-labelledby={`share-${share}-title`}>
      <h3 id={`share-${share}-title`}>
        <span aria-hidden="true">{symbol} </span>
        {text} <span className="count">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted">No norm.</p>
      ) : (
        <ul role="list">
          {rows.map((row) => (
            <li key={row.norm.id}>
              <a href={withBase(normPath(row.norm.slug))}>
                Norm {row.norm.id}: {row.norm.title}
              </a>
              {detail?.(row)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The three summaries: norms all reflect, norms none reflects, norms only some reflect (and which). */
export function CompareSummary({ comparison, nameOf }: Props) {
  const [first] = comparison.rows;
  const count = first ? first.reflectedBy.length + first.notReflectedBy.length : 0;
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <h2 id="compare-summary-title">What they share</h2>
      <div className="summary-boxes">
        <SummaryBox share="all" count={count} rows={comparison.all} />
        <SummaryBox share="none" count={count} rows={comparison.none} />
        <SummaryBox
          share="some"
          count={count}
          rows={comparison.some}
          detail={(row) => (
            <span className="which small">
              {' '}
              — reflected by <NameList names={row.reflectedBy.map(nameOf)} />; not by{' '}
              <NameList names={row.notReflectedBy.map(nameOf)} />
            </span>
          )}
        />
      </div>
    </section>
  );
}

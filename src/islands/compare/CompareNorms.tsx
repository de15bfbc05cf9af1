import type { Agreement } from '../../schemas/agreement';
import { withBase } from '../../lib/base';
import { plural } from '../../lib/format';
import { cellFor } from '../../lib/agreements';
import { shareWording, type NormComparison } from '../../lib/compare';
import { agreementNormPath, agreementPath, normPath } from '../../lib/urls';
import { EvidenceItems, normQuotes } from '../../components/evidence/EvidenceItems';
import { ReportLabel } from '../../components/evidence/ReportLabel';
import { reportCellHrefs } from '../../components/evidence/sourceHrefs';
import { CardName, ColumnHeads } from './ColumnHeads';
import type { CompareNorm } from './types';

/** Passages shown at once in a cell; more open on request, so that one long cell does not bury a row. */
const SHOWN_PASSAGES = 2;

interface Props {
  agreements: readonly Agreement[];
  /** The norms the view keeps, in norm order. */
  rows: readonly NormComparison<CompareNorm>[];
  /** The report's source id, for links into the source reader. */
  reportId: string;
  onRemove: (slug: string) => void;
}

/** One cell: the report's label, whether it counts, the evidence, and the way to the full block. */
function NormCellView({
  agreement,
  norm,
  reportId,
}: {
  agreement: Agreement;
  norm: CompareNorm;
  reportId: string;
}) {
  const cell = cellFor(agreement, norm.id);
  const hrefs = reportCellHrefs(reportId, agreement.slug, norm.id, cell.evidence.length);
  const shown = cell.evidence.slice(0, SHOWN_PASSAGES);
  const more = cell.evidence.slice(SHOWN_PASSAGES);
  const quotesFrom = (index: number) =>
    normQuotes(
      { pagePath: agreementPath(agreement.slug), name: agreement.shortName },
      norm,
      {},
      index,
    );
  return (
    <td className={cell.reflected ? 'is-reflected' : 'is-not-reflected'}>
      <CardName agreement={agreement} />
      <p className="cell-line">
        <ReportLabel label={cell.label} wording={cell.labelWording} />{' '}
        <span className="counted">{cell.reflected ? 'Counted as reflected' : 'Not reflected'}</span>
      </p>
      {shown.length > 0 && (
        <EvidenceItems items={shown} sourceHrefs={hrefs} quotes={quotesFrom(0)} />
      )}
      {more.length > 0 && (
        <details className="more-evidence">
          <summary>{plural(more.length, 'more passage', 'more passages')}</summary>
          <EvidenceItems
            items={more}
            sourceHrefs={hrefs.slice(SHOWN_PASSAGES)}
            quotes={quotesFrom(SHOWN_PASSAGES)}
          />
        </details>
      )}
      <p className="small cell-link">
        <a href={withBase(agreementNormPath(agreement.slug, norm.id))}>
          Norm {norm.id} on the <bdi>{agreement.shortName}</bdi> page
        </a>
      </p>
    </td>
  );
}

/** The norms, one row each, every agreement's label and evidence in its own column. */
export function CompareNorms({ agreements, rows, reportId, onRemove }: Props) {
  return (
    <section aria-labelledby="compare-norms-title">
      <h2 id="compare-norms-title">The norms side by side</h2>
      <div className="compare-scroll">
        <table className="compare-table compare-norms">
          <caption className="visually-hidden">
            Each norm: the report’s label and evidence for each compared agreement
          </caption>
          <ColumnHeads corner="Norm" agreements={agreements} onRemove={onRemove} />
          <tbody>
            {rows.map((row) => {
              const { symbol, text } = shareWording(row.share, agreements.length);
              return (
                <tr
                  key={row.norm.id}
                  className={`share-${row.share}`}
                  id={`compare-norm-${row.norm.id}`}
                >
                  <th scope="row">
                    <span className="num">Norm {row.norm.id}</span>
                    <a href={withBase(normPath(row.norm.slug))}>{row.norm.title}</a>
                    <span className="share-tag">
                      <span aria-hidden="true">{symbol} </span>
                      {text}
                    </span>
                  </th>
                  {agreements.map((a) => (
                    <NormCellView key={a.slug} agreement={a} norm={row.norm} reportId={reportId} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

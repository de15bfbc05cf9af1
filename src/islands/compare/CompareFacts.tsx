import type { Agreement } from '../../schemas/agreement';
import { agreementFacts } from '../../lib/agreementFacts';
import { reflectedNormIds } from '../../lib/frequencies';
import { formatOutOf } from '../../lib/format';
import { CardName, ColumnHeads } from './ColumnHeads';

interface Props {
  agreements: readonly Agreement[];
  normCount: number;
  onRemove: (slug: string) => void;
}

/** The agreements' facts, one row per field, our normalised value above the report's wording. */
export function CompareFacts({ agreements, normCount, onRemove }: Props) {
  const facts = agreements.map(agreementFacts);
  const fields = facts[0]?.map((f) => f.field) ?? [];
  return (
    <section aria-labelledby="compare-facts-title">
      <h2 id="compare-facts-title">Facts side by side</h2>
      <div className="compare-scroll">
        <table className="compare-table compare-facts">
          <caption className="visually-hidden">
            Facts about the compared agreements: our normalised value and the report’s wording
          </caption>
          <ColumnHeads corner="Field" agreements={agreements} onRemove={onRemove} />
          <tbody>
            <tr>
              <th scope="row">Norms reflected</th>
              {agreements.map((a) => (
                <td key={a.slug}>
                  <CardName agreement={a} />
                  <strong>{formatOutOf(reflectedNormIds(a).length, normCount)}</strong>
                </td>
              ))}
            </tr>
            {fields.map((field, row) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                {agreements.map((a, column) => {
                  const fact = facts[column]?.[row];
                  return (
                    <td key={a.slug}>
                      <CardName agreement={a} />
                      {fact?.value}
                      {fact?.wording && (
                        <span className="wording small">
                          The report: <q>{fact.wording}</q>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

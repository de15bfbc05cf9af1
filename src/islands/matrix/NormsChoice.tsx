import type { NormId } from '../../schemas/values';
import { listOf } from '../../lib/format';
import type { MatrixNorm } from '../../lib/matrix';
import { NORM_MATCHES, type NormMatch } from '../../lib/matrixView/filters';
import type { MatrixView } from '../../lib/matrixView/state';
import { Disclosure } from './Disclosure';

interface Props {
  view: Pick<MatrixView, 'norms' | 'normMatch'>;
  columns: readonly MatrixNorm[];
  update: (change: Partial<MatrixView>) => void;
}

/** The summary of the norms filter in plain words: "Norms: any", "Norms: 5 and 6", "Norms: 5 or 6". */
function summaryText({ norms, normMatch }: Props['view']): string {
  if (norms.length === 0) return 'Norms: any';
  return `Norms: ${listOf(norms.map(String), normMatch === 'any' ? 'or' : 'and')}`;
}

/** Which norms an agreement must reflect to be shown, and whether all of them or any one. */
export function NormsChoice({ view, columns, update }: Props) {
  const toggle = (id: NormId, on: boolean) => {
    const norms = on
      ? [...view.norms, id].sort((a, b) => a - b)
      : view.norms.filter((n) => n !== id);
    update({ norms });
  };
  return (
    <Disclosure className="field-norms" summary={summaryText(view)}>
      <fieldset className="norm-match">
        <legend>Show agreements that reflect</legend>
        {(Object.keys(NORM_MATCHES) as NormMatch[]).map((match) => (
          <label key={match} className="check">
            <input
              type="radio"
              name="matrix-norm-match"
              value={match}
              checked={view.normMatch === match}
              onChange={() => {
                update({ normMatch: match });
              }}
            />
            {NORM_MATCHES[match].label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Chosen norms</legend>
        <div className="norm-choices">
          {columns.map((column) => {
            const id = column.id as NormId;
            return (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  checked={view.norms.includes(id)}
                  onChange={(event) => {
                    toggle(id, event.target.checked);
                  }}
                />
                <span className="num">{id}</span> {column.title}
              </label>
            );
          })}
        </div>
      </fieldset>
    </Disclosure>
  );
}

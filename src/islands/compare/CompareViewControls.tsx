import { FULL_VIEW, viewStatus, type CompareView } from '../../lib/compareView';
import type { CompareNorm } from './types';
import './compareTools.css';

interface Props {
  norms: readonly CompareNorm[];
  view: CompareView;
  /** How many norms the view keeps, for the status line. */
  shown: number;
  onChange: (view: CompareView) => void;
}

/**
 * Narrows the norms table: a switch for the norms where the agreements differ, and one toggle per
 * norm (none ticked: every norm). The status line after them says what the table now shows.
 */
export function CompareViewControls({ norms, view, shown, onChange }: Props) {
  const toggleNorm = (id: number, on: boolean) => {
    const ids = new Set(view.norms);
    if (on) ids.add(id);
    else ids.delete(id);
    onChange({ ...view, norms: norms.map((n) => n.id).filter((n) => ids.has(n)) });
  };
  return (
    <div className="compare-view">
      <div className="view-controls">
        <label className="differ-switch">
          <input
            type="checkbox"
            role="switch"
            checked={view.differ}
            onChange={(event) => {
              onChange({ ...view, differ: event.target.checked });
            }}
          />
          Only where they differ
        </label>
        <fieldset className="norm-filter">
          <legend>Norms</legend>
          {norms.map((norm) => (
            <label key={norm.id} className="norm-chip" title={norm.title}>
              <input
                type="checkbox"
                checked={view.norms.includes(norm.id)}
                onChange={(event) => {
                  toggleNorm(norm.id, event.target.checked);
                }}
              />
              <span className="visually-hidden">Norm </span>
              {norm.id}
            </label>
          ))}
          {view.norms.length > 0 && (
            <button
              type="button"
              className="all-norms"
              onClick={() => {
                onChange({ ...view, norms: FULL_VIEW.norms });
              }}
            >
              All norms
            </button>
          )}
        </fieldset>
      </div>
      <p className="view-status" role="status">
        {viewStatus(view, shown, norms.length)}
      </p>
    </div>
  );
}

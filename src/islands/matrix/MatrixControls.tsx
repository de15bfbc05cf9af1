import {
  CATEGORIES,
  STAKEHOLDER_TYPES,
  type Category,
  type NormId,
  type StakeholderType,
} from '../../schemas/values';
import { editorsSwitchLabel } from '../../lib/editorsSwitch';
import { MAX_QUERY_LENGTH } from '../../lib/search/limits';
import type { MatrixNorm } from '../../lib/matrix';
import { SORT_KEYS, type SortKey } from '../../lib/matrixView/sort';
import type { MatrixView } from '../../lib/matrixView/state';
import type { HistoryMode } from '../shared/queryString';

interface Props {
  view: MatrixView;
  columns: readonly MatrixNorm[];
  /** The years a launch-year filter can choose from. */
  years: readonly number[];
  /** Controls stay disabled until the island runs (the static table works without them). */
  enabled: boolean;
  update: (change: Partial<MatrixView>, mode?: HistoryMode) => void;
  onReset: () => void;
  /** How many documents the editors coded (the `docs` switch adds them below the table). */
  editorDocuments: number;
}

/** Options of a select: value and wording, with "any" first. */
function options(record: Record<string, { label: string }>) {
  return Object.entries(record).map(([value, { label }]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

const yearOrNull = (value: string) => (value === '' ? null : Number(value));

/** Search, filters and sort of the matrix. Every change lands in the URL through `update`. */
export function MatrixControls({
  view,
  columns,
  years,
  enabled,
  update,
  onReset,
  editorDocuments,
}: Props) {
  const toggleNorm = (id: NormId, on: boolean) => {
    const norms = on
      ? [...view.norms, id].sort((a, b) => a - b)
      : view.norms.filter((n) => n !== id);
    update({ norms });
  };
  return (
    <form
      className="matrix-controls"
      role="search"
      aria-label="Search and filter the matrix"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <fieldset disabled={!enabled} className="controls-set">
        <legend className="visually-hidden">Search, filter and sort</legend>
        <div className="field field-search">
          <label htmlFor="matrix-q">Search names, organisations, descriptions and evidence</label>
          <input
            id="matrix-q"
            type="search"
            value={view.q}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            onChange={(event) => {
              update({ q: event.target.value }, 'replace');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="matrix-category">Category</label>
          <select
            id="matrix-category"
            value={view.category ?? ''}
            onChange={(event) => {
              update({ category: (event.target.value || null) as Category | null });
            }}
          >
            <option value="">All categories</option>
            {options(CATEGORIES)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-stakeholder">Stakeholders</label>
          <select
            id="matrix-stakeholder"
            value={view.stakeholder ?? ''}
            onChange={(event) => {
              update({ stakeholder: (event.target.value || null) as StakeholderType | null });
            }}
          >
            <option value="">All stakeholder types</option>
            {options(STAKEHOLDER_TYPES)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-from">Launched from</label>
          <select
            id="matrix-from"
            value={view.from ?? ''}
            onChange={(event) => {
              update({ from: yearOrNull(event.target.value) });
            }}
          >
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y} value={y} disabled={view.to !== null && y > view.to}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-to">to</label>
          <select
            id="matrix-to"
            value={view.to ?? ''}
            onChange={(event) => {
              update({ to: yearOrNull(event.target.value) });
            }}
          >
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y} value={y} disabled={view.from !== null && y < view.from}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="matrix-sort">Sort by</label>
          <select
            id="matrix-sort"
            value={view.sort}
            onChange={(event) => {
              update({ sort: event.target.value as SortKey });
            }}
          >
            {options(SORT_KEYS)}
          </select>
        </div>
        <details className="field field-norms">
          <summary>
            Reflects all of these norms
            {view.norms.length > 0 ? ` (${view.norms.join(', ')})` : ' (any)'}
          </summary>
          <fieldset>
            <legend className="visually-hidden">Show only agreements that reflect all of</legend>
            <div className="norm-choices">
              {columns.map((column) => {
                const id = column.id as NormId;
                return (
                  <label key={id} className="check">
                    <input
                      type="checkbox"
                      checked={view.norms.includes(id)}
                      onChange={(event) => {
                        toggleNorm(id, event.target.checked);
                      }}
                    />
                    <span className="num">{id}</span> {column.title}
                  </label>
                );
              })}
            </div>
          </fieldset>
        </details>
        <div className="field field-end">
          <label className="check">
            <input
              type="checkbox"
              checked={view.unlabeled}
              onChange={(event) => {
                update({ unlabeled: event.target.checked });
              }}
            />
            Only cells the report left unlabeled
          </label>
          {editorDocuments > 0 && (
            <label className="check">
              <input
                type="checkbox"
                checked={view.docs}
                onChange={(event) => {
                  update({ docs: event.target.checked });
                }}
              />
              {editorsSwitchLabel(editorDocuments)}
            </label>
          )}
          <button type="button" className="button" onClick={onReset}>
            Reset the view
          </button>
        </div>
      </fieldset>
    </form>
  );
}

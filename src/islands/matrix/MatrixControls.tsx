import { CATEGORIES, type Category } from '../../schemas/values';
import { MAX_QUERY_LENGTH } from '../../lib/search/limits';
import type { MatrixNorm } from '../../lib/matrix';
import { SORT_KEYS } from '../../lib/matrixView/sort';
import { CELL_SHADINGS } from '../../lib/matrixView/wordingLook';
import type { MatrixView } from '../../lib/matrixView/state';
import type { HistoryMode } from '../shared/queryString';
import { MoreFilters } from './MoreFilters';
import { NormsChoice } from './NormsChoice';
import { SelectField, choiceOptions } from './SelectField';

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

/**
 * Search, filters and sort of the matrix in one compact bar, so the grid is in view on arrival:
 * search, category, norms and sort are on the bar, the rest behind "More filters". Every change
 * lands in the URL through `update`.
 */
export function MatrixControls({
  view,
  columns,
  years,
  enabled,
  update,
  onReset,
  editorDocuments,
}: Props) {
  /** A select of the bar that sets one key of the view to one of `choices`. */
  const viewChoice = <K extends 'sort' | 'shading'>(
    key: K,
    id: string,
    label: string,
    choices: Record<MatrixView[K], { label: string }>,
    className?: string,
  ) => (
    <SelectField
      id={id}
      label={label}
      {...(className === undefined ? {} : { className })}
      value={view[key]}
      onChange={(value) => {
        update({ [key]: value as MatrixView[K] });
      }}
    >
      {choiceOptions(choices)}
    </SelectField>
  );
  return (
    <form
      className="matrix-controls"
      role="search"
      aria-label="Search and filter the matrix"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <fieldset disabled={!enabled} className="controls-bar">
        <legend className="visually-hidden">Search, filter and sort</legend>
        <div className="field field-search">
          <label htmlFor="matrix-q">Search agreements and evidence</label>
          <input
            id="matrix-q"
            type="search"
            value={view.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Search agreements and evidence"
            autoComplete="off"
            onChange={(event) => {
              update({ q: event.target.value }, 'replace');
            }}
          />
        </div>
        <SelectField
          id="matrix-category"
          label="Category"
          className="field-category"
          value={view.category ?? ''}
          onChange={(value) => {
            update({ category: (value || null) as Category | null });
          }}
        >
          <option value="">All categories</option>
          {choiceOptions(CATEGORIES)}
        </SelectField>
        {viewChoice('sort', 'matrix-sort', 'Sort by', SORT_KEYS)}
        {viewChoice('shading', 'matrix-shading', 'Shade cells by', CELL_SHADINGS, 'field-shading')}
        <div className="bar-buttons">
          <NormsChoice view={view} columns={columns} update={update} />
          <MoreFilters
            view={view}
            years={years}
            update={update}
            editorDocuments={editorDocuments}
          />
          <button type="button" className="button reset" onClick={onReset}>
            Reset
          </button>
        </div>
      </fieldset>
    </form>
  );
}

import { STAKEHOLDER_TYPES, type StakeholderType } from '../../schemas/values';
import { editorsSwitchLabel } from '../../lib/editorsSwitch';
import type { MatrixView } from '../../lib/matrixView/state';
import { Disclosure } from './Disclosure';
import { SelectField, choiceOptions } from './SelectField';

interface Props {
  view: MatrixView;
  /** The years a launch-year filter can choose from. */
  years: readonly number[];
  update: (change: Partial<MatrixView>) => void;
  /** How many documents the editors coded (the `docs` switch adds them below the table). */
  editorDocuments: number;
}

const yearOrNull = (value: string) => (value === '' ? null : Number(value));

/** How many of the settings behind "More filters" are on, so the closed button can say so. */
export function hiddenFiltersOn(view: MatrixView): number {
  const on = [
    view.stakeholder !== null,
    view.from !== null || view.to !== null,
    view.unlabeled,
    view.docs,
  ];
  return on.filter(Boolean).length;
}

/** The filters used less often, behind one button of the bar. */
export function MoreFilters({ view, years, update, editorDocuments }: Props) {
  const on = hiddenFiltersOn(view);
  const yearOptions = (disabled: (year: number) => boolean) =>
    years.map((y) => (
      <option key={y} value={y} disabled={disabled(y)}>
        {y}
      </option>
    ));
  return (
    <Disclosure
      className="more-filters"
      summary={
        <>
          More filters
          {on > 0 && <span className="badge">{` (${String(on)} on)`}</span>}
        </>
      }
    >
      <div className="more-grid">
        <SelectField
          id="matrix-stakeholder"
          label="Stakeholders"
          value={view.stakeholder ?? ''}
          onChange={(value) => {
            update({ stakeholder: (value || null) as StakeholderType | null });
          }}
        >
          <option value="">All stakeholder types</option>
          {choiceOptions(STAKEHOLDER_TYPES)}
        </SelectField>
        <SelectField
          id="matrix-from"
          label="Launched from"
          value={view.from === null ? '' : String(view.from)}
          onChange={(value) => {
            update({ from: yearOrNull(value) });
          }}
        >
          <option value="">Any year</option>
          {yearOptions((y) => view.to !== null && y > view.to)}
        </SelectField>
        <SelectField
          id="matrix-to"
          label="to"
          value={view.to === null ? '' : String(view.to)}
          onChange={(value) => {
            update({ to: yearOrNull(value) });
          }}
        >
          <option value="">Any year</option>
          {yearOptions((y) => view.from !== null && y < view.from)}
        </SelectField>
      </div>
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
    </Disclosure>
  );
}

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
  /** One end of the launch-year range; a year past the other end cannot be chosen. */
  const yearField = (
    end: 'from' | 'to',
    label: string,
    pastOtherEnd: (year: number) => boolean,
  ) => (
    <SelectField
      id={`matrix-${end}`}
      label={label}
      value={view[end] === null ? '' : String(view[end])}
      onChange={(value) => {
        update({ [end]: yearOrNull(value) });
      }}
    >
      <option value="">Any year</option>
      {years.map((y) => (
        <option key={y} value={y} disabled={pastOtherEnd(y)}>
          {y}
        </option>
      ))}
    </SelectField>
  );
  /** A setting of the view that is on or off. */
  const switchField = (key: 'unlabeled' | 'docs', label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={view[key]}
        onChange={(event) => {
          update({ [key]: event.target.checked });
        }}
      />
      {label}
    </label>
  );
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
        {yearField('from', 'Launched from', (y) => view.to !== null && y > view.to)}
        {yearField('to', 'to', (y) => view.from !== null && y < view.from)}
      </div>
      {switchField('unlabeled', 'Only cells the report left unlabeled')}
      {editorDocuments > 0 && switchField('docs', editorsSwitchLabel(editorDocuments))}
    </Disclosure>
  );
}

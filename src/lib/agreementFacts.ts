import type { Agreement } from '../schemas/agreement';
import { CATEGORIES, STAKEHOLDER_TYPES } from '../schemas/values';
import { formatInteger, formatYearMonth } from './format';

/** One row of an agreement's facts: the report's wording beside our normalised value. */
export interface AgreementFact {
  field: string;
  /** The report's own wording; undefined where the value comes from its classification lists. */
  wording: string | undefined;
  /** Our normalised value, or "not given". */
  value: string;
  /** Editors' note on how the value was read. */
  note: string | undefined;
}

const NONE = 'not given';

/** The facts the report gives about an agreement (its answers A–D, and its category), in order. */
export function agreementFacts(a: Agreement): AgreementFact[] {
  return [
    {
      field: 'Launched',
      wording: a.launched.wording,
      value: a.launched.value === null ? NONE : formatYearMonth(a.launched.value),
      note: a.launched.note,
    },
    {
      field: 'Stakeholders',
      wording: a.stakeholders.wording,
      value: STAKEHOLDER_TYPES[a.stakeholders.type].label,
      note: a.stakeholders.note,
    },
    {
      field: 'Signatories / supporters',
      wording: a.signatories.wording,
      value: a.signatories.count === null ? NONE : formatInteger(a.signatories.count),
      note: a.signatories.note,
    },
    {
      field: 'Responsible organisation',
      wording: a.organisation.wording,
      value: a.organisation.name ?? NONE,
      note: a.organisation.note,
    },
    {
      field: 'Category',
      wording: undefined,
      value: CATEGORIES[a.category.value].long,
      note: a.category.note,
    },
  ];
}

/**
 * Allowed values shared by the zod schemas, the library and the pages.
 * Each is a record from value to its human wording, so the enum and its label live in one place.
 */

/** The 11 norms of the 2015 UN GGE report, by number. */
export const NORM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export type NormId = (typeof NORM_IDS)[number];

/** The report's three headings for agreements ("Classification of agreements", p. 5). */
export const CATEGORIES = {
  un: { label: 'UN', long: 'Agreements within the UN First Committee' },
  'single-stakeholder-group': {
    label: 'Single stakeholder group',
    long: 'Agreements within a single stakeholder group',
  },
  multistakeholder: {
    label: 'Multistakeholder',
    long: 'Agreements across stakeholder groups (multistakeholder)',
  },
} as const;
export type Category = keyof typeof CATEGORIES;

/** How the report marks a norm for an agreement: "Yes", "N/A", or no marker at all. */
export const LABELS = {
  yes: { label: 'Yes', symbol: '✓' },
  'n/a': { label: 'N/A', symbol: '–' },
  unlabeled: { label: 'Unlabeled', symbol: '?' },
} as const;
export type Label = keyof typeof LABELS;

/**
 * How a cell reads in the matrix and the charts, from its label and the counting rule: reflected with
 * the report's "Yes", counted as reflected although the report prints no marker, or not reflected.
 */
export const CELL_STATES = {
  yes: { label: 'Reflected (the report says Yes)', symbol: '✓' },
  unlabeled: {
    label: 'Counted as reflected: no marker in the report, but evidence given',
    symbol: '?',
  },
  no: { label: 'Not reflected', symbol: '' },
} as const;
export type CellState = keyof typeof CELL_STATES;

/** Our normalisation of the report's "Stakeholders who are party to the agreement". */
export const STAKEHOLDER_TYPES = {
  governments: { label: 'Governments' },
  industry: { label: 'Industry' },
  'technical-community': { label: 'Technical community' },
  multistakeholder: { label: 'Multistakeholder' },
} as const;
export type StakeholderType = keyof typeof STAKEHOLDER_TYPES;

/** What a piece of evidence is: the agreement quoted, the report's own comment, or a placeholder. */
export const EVIDENCE_KINDS = {
  quote: { label: 'Quote from the agreement' },
  'report-comment': { label: 'Comment by the report' },
  placeholder: { label: 'Placeholder left in the report' },
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/**
 * Editorial judgments on a cell that cannot be read off the data itself (our reading, not the report's).
 * Problems that can be derived — no evidence, a placeholder, evidence shared with another norm, a
 * qualified label — are computed by `cellIssues` in `src/lib/cellIssues.ts`, never stored.
 */
export const CELL_FLAGS = {
  'questionable-fit': { label: 'Evidence does not obviously fit the norm' },
  'fragmentary-evidence': { label: 'Evidence is cut off mid-sentence' },
} as const;
export type CellFlag = keyof typeof CELL_FLAGS;

/** What a source text is to the project. */
export const SOURCE_KINDS = {
  report: { label: 'Primary source (the report)' },
  'primary-text': { label: 'Primary text of a related agreement' },
  context: { label: 'Context' },
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

/** Keys of a value record as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends Record<string, unknown>>(
  record: T,
): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(record) as (keyof T & string)[];
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('keysOf: empty record');
  return [first, ...rest];
}

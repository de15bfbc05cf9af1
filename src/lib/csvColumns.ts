import { MIN_EVIDENCE_WORDS } from '../schemas/evidence';
import type { Norm } from '../schemas/norm';
import { listOf } from './format';
import { CATEGORIES, EVIDENCE_KINDS, LABELS } from '../schemas/values';

/**
 * What each column of the CSV downloads means, for the data page. A column written `norm_<n>_…`
 * stands for one column per norm. A unit test holds these lists to the files' real headers.
 */
export interface ColumnDoc {
  name: string;
  meaning: string;
}

/** "a, b or c": the allowed values of a field, from its shared constant, each explained if asked. */
function values<T extends object>(record: T, explain?: (entry: T[keyof T]) => string): string {
  const items = (Object.entries(record) as [string, T[keyof T]][]).map(([key, entry]) =>
    explain ? `${key} (${explain(entry)})` : key,
  );
  return listOf(items, 'or');
}

const shared = {
  agreement: 'The agreement’s slug, also its address on this site: /agreements/<slug>/.',
  short_name: 'The agreement’s short name.',
  dataset_version: 'The dataset version the file was built from (see the changelog).',
} as const;

export const MATRIX_COLUMN_DOCS: readonly ColumnDoc[] = [
  { name: 'agreement', meaning: shared.agreement },
  { name: 'short_name', meaning: shared.short_name },
  {
    name: 'category',
    meaning: `Who made the agreement: ${values(CATEGORIES, (c) => c.label.toLowerCase())}.`,
  },
  {
    name: 'norm_<n>_label',
    meaning: `The report’s label for norm <n>: ${values(LABELS)} (unlabeled: the report prints no marker).`,
  },
  {
    name: 'norm_<n>_reflected',
    meaning: 'true when norm <n> counts as reflected under the counting rule, else false.',
  },
  { name: 'norms_reflected', meaning: 'How many of the norms count as reflected.' },
  { name: 'dataset_version', meaning: shared.dataset_version },
];

export const EVIDENCE_COLUMN_DOCS: readonly ColumnDoc[] = [
  { name: 'agreement', meaning: shared.agreement },
  { name: 'short_name', meaning: shared.short_name },
  {
    name: 'part',
    meaning:
      'Where the passage sits in the report’s entry: norm (evidence for one norm), commentary (the report’s framing before the norms) or additional (its “additional norms”).',
  },
  { name: 'norm', meaning: 'The norm’s number when part is norm; empty otherwise.' },
  { name: 'position', meaning: 'The passage’s place in its list, from 1, in the report’s order.' },
  {
    name: 'quote',
    meaning:
      'The passage, verbatim (with an apostrophe in front if it would start a spreadsheet formula; see above).',
  },
  { name: 'heading', meaning: 'The report’s own heading over the passage, if it gives one.' },
  { name: 'locator', meaning: 'Where the passage sits in the agreement, when the report says.' },
  {
    name: 'kind',
    meaning: `What the passage is: ${values(EVIDENCE_KINDS, (k) => k.label.toLowerCase())}.`,
  },
  {
    name: 'fragment',
    meaning: `Why a passage of fewer than ${MIN_EVIDENCE_WORDS} words still counts as evidence; empty for every other passage.`,
  },
  { name: 'source_url', meaning: 'The address of the passage, highlighted, in the report reader.' },
  { name: 'dataset_version', meaning: shared.dataset_version },
];

/**
 * The concrete column names a documented list stands for. A run of `<n>` columns repeats once per
 * norm, in norm order, as the files write them: norm_1_label, norm_1_reflected, norm_2_label, …
 */
export function expandColumns(docs: readonly ColumnDoc[], norms: readonly Norm[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    out.push(...norms.flatMap((n) => run.map((name) => name.replace('<n>', String(n.id)))));
    run = [];
  };
  for (const { name } of docs) {
    if (name.includes('<n>')) run.push(name);
    else {
      flush();
      out.push(name);
    }
  }
  flush();
  return out;
}

/** Column documentation by download path, for the files that have columns. */
export const COLUMN_DOCS: Readonly<Record<string, readonly ColumnDoc[]>> = {
  '/data/matrix.csv': MATRIX_COLUMN_DOCS,
  '/data/evidence.csv': EVIDENCE_COLUMN_DOCS,
};

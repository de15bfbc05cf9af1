import { MIN_EVIDENCE_WORDS } from '../schemas/evidence';
import type { Norm } from '../schemas/norm';
import { listOf } from './format';
import { CATEGORIES, EVIDENCE_KINDS, LABELS } from '../schemas/values';
import { WORDING_FIELD_DOCS } from './wordingExport';

/**
 * Each column of the CSV downloads: its name, what it means (for the data page) and its Table Schema
 * type (for datapackage.json). A column written `norm_<n>_…` stands for one column per norm. The
 * CSV writers take their headers from these lists, so the files, the data page and the data
 * package cannot disagree.
 */
export interface ColumnDoc {
  name: string;
  meaning: string;
  /** The Table Schema type of every value (an empty cell is a missing value). */
  type: 'string' | 'integer' | 'number' | 'boolean';
}

/** "a, b or c": the allowed values of a field, from its shared constant, each explained if asked. */
function values<T extends object>(record: T, explain?: (entry: T[keyof T]) => string): string {
  const items = (Object.entries(record) as [string, T[keyof T]][]).map(([key, entry]) =>
    explain ? `${key} (${explain(entry)})` : key,
  );
  return listOf(items, 'or');
}

/** Between the runs of one passage in evidence.csv's `shared_runs`. */
export const SHARED_RUNS_SEPARATOR = ' | ';

/** Opens the meaning of every column of the wording measure, so none passes for the report's. */
const measureOf = (what: string) =>
  `This site’s wording measure of ${what}, not the report’s coding.`;

const shared = {
  agreement: {
    name: 'agreement',
    meaning: 'The agreement’s slug, also its address on this site: /agreements/<slug>/.',
    type: 'string',
  },
  short_name: { name: 'short_name', meaning: 'The agreement’s short name.', type: 'string' },
  dataset_version: {
    name: 'dataset_version',
    meaning: 'The dataset version the file was built from (see the changelog).',
    type: 'string',
  },
} as const satisfies Record<string, ColumnDoc>;

export const MATRIX_COLUMN_DOCS: readonly ColumnDoc[] = [
  shared.agreement,
  shared.short_name,
  {
    name: 'category',
    meaning: `Who made the agreement: ${values(CATEGORIES, (c) => c.label.toLowerCase())}.`,
    type: 'string',
  },
  {
    name: 'norm_<n>_label',
    meaning: `The report’s label for norm <n>: ${values(LABELS)} (unlabeled: the report prints no marker).`,
    type: 'string',
  },
  {
    name: 'norm_<n>_reflected',
    meaning: 'true when norm <n> counts as reflected under the counting rule, else false.',
    type: 'boolean',
  },
  {
    name: 'norms_reflected',
    meaning: 'How many of the norms count as reflected.',
    type: 'integer',
  },
  // This site's measure comes after the report's coding, so that its columns keep their places.
  {
    name: 'norm_<n>_wording_class',
    meaning: `${measureOf('norm <n>’s cell')} ${WORDING_FIELD_DOCS.class} Empty when the cell is not measured (not reflected, or no quote of the agreement).`,
    type: 'string',
  },
  {
    name: 'norm_<n>_wording_share',
    meaning: `${measureOf('norm <n>’s cell')} ${WORDING_FIELD_DOCS.share} Empty when the cell is not measured.`,
    type: 'number',
  },
  shared.dataset_version,
];

export const EVIDENCE_COLUMN_DOCS: readonly ColumnDoc[] = [
  shared.agreement,
  shared.short_name,
  {
    name: 'part',
    meaning:
      'Where the passage sits in the report’s entry: norm (evidence for one norm), commentary (the report’s framing before the norms) or additional (its “additional norms”).',
    type: 'string',
  },
  {
    name: 'norm',
    meaning: 'The norm’s number when part is norm; empty otherwise.',
    type: 'integer',
  },
  {
    name: 'position',
    meaning: 'The passage’s place in its list, from 1, in the report’s order.',
    type: 'integer',
  },
  {
    name: 'quote',
    meaning:
      'The passage, verbatim (with an apostrophe in front if it would start a spreadsheet formula; see above).',
    type: 'string',
  },
  {
    name: 'heading',
    meaning: 'The report’s own heading over the passage, if it gives one.',
    type: 'string',
  },
  {
    name: 'locator',
    meaning: 'Where the passage sits in the agreement, when the report says.',
    type: 'string',
  },
  {
    name: 'kind',
    meaning: `What the passage is: ${values(EVIDENCE_KINDS, (k) => k.label.toLowerCase())}.`,
    type: 'string',
  },
  {
    name: 'fragment',
    meaning: `Why a passage of fewer than ${MIN_EVIDENCE_WORDS} words still counts as evidence; empty for every other passage.`,
    type: 'string',
  },
  {
    name: 'source_url',
    meaning: 'The address of the passage, highlighted, in the report reader.',
    type: 'string',
  },
  {
    name: 'shared_runs',
    meaning: `${measureOf('the passage')} The runs of words it shares with its norm’s 2015 GGE wording that count, each as the passage prints it, joined by “${SHARED_RUNS_SEPARATOR}” (agreements.json gives each run’s exact place). Empty when the passage shares none, or its cell is not measured (then matrix.csv’s norm_<n>_wording_class is empty too).`,
    type: 'string',
  },
  shared.dataset_version,
];

/**
 * The concrete columns a documented list stands for. A run of `<n>` columns repeats once per norm,
 * in norm order, as the files write them: norm_1_label, norm_1_reflected, norm_2_label, …
 */
export function expandColumnDocs(docs: readonly ColumnDoc[], norms: readonly Norm[]): ColumnDoc[] {
  const out: ColumnDoc[] = [];
  let run: ColumnDoc[] = [];
  const flush = () => {
    const id = (n: Norm) => String(n.id);
    out.push(
      ...norms.flatMap((n) =>
        run.map((doc) => ({
          ...doc,
          name: doc.name.replace('<n>', id(n)),
          meaning: doc.meaning.replaceAll('<n>', id(n)),
        })),
      ),
    );
    run = [];
  };
  for (const doc of docs) {
    if (doc.name.includes('<n>')) run.push(doc);
    else {
      flush();
      out.push(doc);
    }
  }
  flush();
  return out;
}

/** The concrete column names of a documented list: a CSV file's header. */
export function expandColumns(docs: readonly ColumnDoc[], norms: readonly Norm[]): string[] {
  return expandColumnDocs(docs, norms).map((doc) => doc.name);
}

/** Column documentation by download path, for the files that have columns. */
export const COLUMN_DOCS: Readonly<Record<string, readonly ColumnDoc[]>> = {
  '/data/matrix.csv': MATRIX_COLUMN_DOCS,
  '/data/evidence.csv': EVIDENCE_COLUMN_DOCS,
};

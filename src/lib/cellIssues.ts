import type { Agreement, NormCell } from '../schemas/agreement';
import { CELL_FLAGS, type CellFlag } from '../schemas/values';
import { stripWhitespace } from './text/verbatim';

/** Something a reader should know about a cell before trusting it. */
export type CellIssue =
  | { kind: 'unlabeled' }
  | { kind: 'qualified-label'; wording: string }
  | { kind: 'no-evidence' }
  | { kind: 'placeholder-evidence' }
  | { kind: 'shared-evidence'; norms: number[] }
  | { kind: CellFlag };

/** Short wording for each kind of issue, for badges and legends. */
export const CELL_ISSUE_LABELS: Record<CellIssue['kind'], string> = {
  unlabeled: 'The report prints no Yes/N/A marker',
  'qualified-label': 'The report qualifies its label',
  'no-evidence': 'Counted as reflected without evidence',
  'placeholder-evidence': 'The report left a placeholder instead of evidence',
  'shared-evidence': 'Same evidence as another norm',
  ...Object.fromEntries(Object.entries(CELL_FLAGS).map(([key, value]) => [key, value.label])),
} as Record<CellIssue['kind'], string>;

/**
 * The issues of one cell: those derived from the data (no marker, a qualified label, no evidence, a
 * placeholder, the same passage given for another norm of the agreement) followed by the editors' flags.
 */
export function cellIssues(cell: NormCell, agreement: Pick<Agreement, 'norms'>): CellIssue[] {
  const issues: CellIssue[] = [];
  if (cell.label === 'unlabeled') issues.push({ kind: 'unlabeled' });
  if (cell.labelWording) issues.push({ kind: 'qualified-label', wording: cell.labelWording });
  if (cell.reflected && cell.evidence.length === 0) issues.push({ kind: 'no-evidence' });
  if (cell.evidence.some((e) => e.kind === 'placeholder'))
    issues.push({ kind: 'placeholder-evidence' });
  const shared = sharedEvidenceNorms(cell, agreement);
  if (shared.length > 0) issues.push({ kind: 'shared-evidence', norms: shared });
  for (const flag of cell.flags) issues.push({ kind: flag });
  return issues;
}

/** Other norms of the same agreement whose evidence repeats a quote of this cell. */
function sharedEvidenceNorms(cell: NormCell, agreement: Pick<Agreement, 'norms'>): number[] {
  const quotes = new Set(
    cell.evidence.filter((e) => e.kind === 'quote').map((e) => stripWhitespace(e.text)),
  );
  if (quotes.size === 0) return [];
  return agreement.norms
    .filter((other) => other.norm !== cell.norm)
    .filter((other) => other.evidence.some((e) => quotes.has(stripWhitespace(e.text))))
    .map((other) => other.norm);
}

/** How an agreement's reflected norms were counted: marked "Yes" by the report, or from evidence. */
export interface ReflectedTally {
  reflected: number;
  /** Marked "Yes" by the report. */
  marked: number;
  /** Left without a marker by the report, counted because it quotes evidence under them. */
  fromEvidence: number;
  /** The report's table marks none of the agreement's cells (every cell is unlabeled). */
  marksNone: boolean;
}

export function reflectedTally(agreement: Pick<Agreement, 'norms'>): ReflectedTally {
  const reflected = agreement.norms.filter((c) => c.reflected);
  return {
    reflected: reflected.length,
    marked: reflected.filter((c) => c.label === 'yes').length,
    fromEvidence: reflected.filter((c) => c.label === 'unlabeled').length,
    marksNone: agreement.norms.every((c) => c.label === 'unlabeled'),
  };
}

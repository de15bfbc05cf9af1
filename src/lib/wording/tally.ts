import type { NormCell } from '../../schemas/agreement';
import { WORDING_CLASSES, type WordingClass } from './classes';
import { classCounts, type ClassCounts } from './counts';
import type { CellWording } from './datasetWording';

/**
 * The methodology's counts of the wording measure, read from `Dataset.wording` (never measured
 * again): per record, what its reflected cells came out as, and the checks the measure must pass
 * on the texts whose answer is known before measuring.
 */

/** The classes from the closest to the GGE wording, for tables and lists. */
export const CLASS_ORDER = Object.keys(WORDING_CLASSES) as WordingClass[];

/** Each class with its wording, in that order. */
export const CLASS_ENTRIES = CLASS_ORDER.map((key) => [key, WORDING_CLASSES[key]] as const);

/** What one record's reflected cells came out as. */
export interface WordingTally {
  /** The agreement's slug or the coded document's id. */
  record: string;
  /** The measured cells by class, every class present. */
  counts: ClassCounts;
  measured: number;
  /**
   * Reflected cells with no measure: only the report's comment or a placeholder as evidence, or a
   * norm without GGE wording. Their own state, never counted as "own words".
   */
  notMeasured: number;
}

/** The tally of one record (`cells`: its 11 cells) from the measured cells of its kind. */
export function wordingTally(
  record: string,
  cells: readonly NormCell[],
  wording: readonly CellWording[],
): WordingTally {
  const measured = wording.filter((cell) => cell.record === record);
  const reflected = cells.filter((cell) => cell.reflected).length;
  return {
    record,
    counts: classCounts(measured),
    measured: measured.length,
    notMeasured: reflected - measured.length,
  };
}

/** The sum of some tallies: a table's total row. */
export function totalOf(tallies: readonly WordingTally[]): Omit<WordingTally, 'record'> {
  const counts = classCounts([]);
  for (const tally of tallies) for (const key of CLASS_ORDER) counts[key] += tally.counts[key];
  const sum = (pick: (t: WordingTally) => number) => tallies.reduce((n, t) => n + pick(t), 0);
  return { counts, measured: sum((t) => t.measured), notMeasured: sum((t) => t.notMeasured) };
}

/**
 * Agreements whose every norm the measure must find restated before it is trusted on the rest: the
 * GGE report itself, and the declaration the report says restates all its norms. Slugs of
 * data/agreements/; a missing one stops the build (`sanityCheck`).
 */
export const SANITY_RECORDS = [
  {
    record: 'un-gge-2015',
    why: 'It is the 2015 GGE report: each cell quotes the norm’s own wording.',
  },
  {
    record: 'g7-lucca-declaration',
    why: 'The report says the declaration “restates all 2015 GGE norms”, and each cell quotes it doing so.',
  },
] as const;

/** How one sanity check came out: how many cells restate, against how many should. */
export interface SanityResult {
  record: string;
  why: string;
  restates: number;
  expected: number;
  holds: boolean;
}

/**
 * The sanity checks over the measured agreements: each record should restate `expected` norms
 * (every norm with a GGE wording). Throws, in one line, when a record is not in `slugs`.
 */
export function sanityCheck(
  wording: readonly CellWording[],
  slugs: readonly string[],
  expected: number,
  checks: readonly { record: string; why: string }[] = SANITY_RECORDS,
): SanityResult[] {
  return checks.map(({ record, why }) => {
    if (!slugs.includes(record))
      throw new Error(`wording sanity check: no agreement with the slug ${record}`);
    const restates = classCounts(wording.filter((cell) => cell.record === record)).restates;
    return { record, why, restates, expected, holds: restates === expected };
  });
}

import { listOf, plural } from '../format';
import type { WordingClass } from './classes';
import { classCounts } from './counts';
import type { CellWording } from './datasetWording';

/**
 * Each class as the predicate of a sentence whose subject is a count of agreements: singular and
 * plural verb forms, so that `plural` picks the one `Intl.PluralRules` calls for.
 */
const PREDICATES: Record<WordingClass, readonly [one: string, other: string]> = {
  restates: ['restates the GGE wording', 'restate the GGE wording'],
  'borrows-phrases': ['borrows GGE phrases', 'borrow GGE phrases'],
  'own-words': ['is in its own words', 'are in their own words'],
};

/**
 * One sentence on how a norm's measured cells split between the classes, e.g. "Of the 16
 * agreements whose quotes are measured, 1 restates the GGE wording, 1 borrows GGE phrases and 14
 * are in their own words." Classes no cell falls in are left out; undefined when no cell is measured.
 */
export function wordingTallySentence(
  cells: readonly CellWording[],
  noun = 'agreement',
): string | undefined {
  if (cells.length === 0) return undefined;
  const counts = classCounts(cells);
  const parts = (Object.keys(PREDICATES) as WordingClass[])
    .filter((key) => counts[key] > 0)
    .map((key) => plural(counts[key], ...PREDICATES[key]));
  return `Of the ${plural(cells.length, noun)} whose quotes are measured, ${listOf(parts)}.`;
}

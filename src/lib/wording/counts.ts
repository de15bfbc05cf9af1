import { WORDING_CLASSES, type WordingClass } from './classes';
import type { CellWording } from './datasetWording';

/** How many measured cells fall in each class, every class present (zero when none). */
export type ClassCounts = Record<WordingClass, number>;

/** The class counts of some measured cells (for a norm, an agreement or the whole dataset). */
export function classCounts(cells: readonly CellWording[]): ClassCounts {
  const counts = Object.fromEntries(
    Object.keys(WORDING_CLASSES).map((key) => [key, 0]),
  ) as ClassCounts;
  for (const cell of cells) counts[cell.result.class] += 1;
  return counts;
}

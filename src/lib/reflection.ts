import type { NormCell } from '../schemas/agreement';

/**
 * The counting rule: a norm counts as reflected in an agreement when the report marks it "Yes", or
 * prints no marker but gives evidence under it. A cell marked "N/A", or left unmarked with nothing
 * under it, does not count. Under this rule the data reproduces the report's own figures
 * (norm 6 in 77% of agreements, norm 5 in 68%, norm 1 least often): see `reportFigureCheck`.
 */
export function countsAsReflected(cell: Pick<NormCell, 'label' | 'evidence'>): boolean {
  if (cell.label === 'yes') return true;
  if (cell.label === 'unlabeled') return cell.evidence.length > 0;
  return false;
}

/** The rule in one sentence, for the methodology page and the verifier's messages. */
export const REFLECTION_RULE =
  'a norm counts as reflected when the report marks it “Yes”, or prints no marker but gives evidence under it';

/** A rule that decides whether a cell counts as reflected. */
export type ReflectionRule = (cell: Pick<NormCell, 'label' | 'evidence'>) => boolean;

/** The stricter reading, for comparison only: only cells the report marks "Yes" count. */
export const yesOnly: ReflectionRule = (cell) => cell.label === 'yes';

/** The agreements with every cell's `reflected` recomputed under `rule`. */
export function applyRule<T extends { norms: NormCell[] }>(
  agreements: readonly T[],
  rule: ReflectionRule,
): T[] {
  return agreements.map((a) => ({
    ...a,
    norms: a.norms.map((cell) => ({ ...cell, reflected: rule(cell) })),
  }));
}

/** How the report labels the cells of `agreements`, split by whether the label comes with evidence. */
export function labelTally(agreements: readonly { norms: NormCell[] }[]): {
  yes: number;
  na: number;
  unlabeledWithEvidence: number;
  unlabeledWithout: number;
  yesWithoutEvidence: number;
} {
  const cells = agreements.flatMap((a) => a.norms);
  return {
    yes: cells.filter((c) => c.label === 'yes').length,
    na: cells.filter((c) => c.label === 'n/a').length,
    unlabeledWithEvidence: cells.filter((c) => c.label === 'unlabeled' && c.evidence.length > 0)
      .length,
    unlabeledWithout: cells.filter((c) => c.label === 'unlabeled' && c.evidence.length === 0)
      .length,
    yesWithoutEvidence: cells.filter((c) => c.label === 'yes' && c.evidence.length === 0).length,
  };
}

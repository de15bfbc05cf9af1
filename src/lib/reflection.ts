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

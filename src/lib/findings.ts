import type { Agreement } from '../schemas/agreement';
import type { Norm } from '../schemas/norm';
import { agreementNormCounts, extremes, normFrequency, type NormFrequency } from './frequencies';

/** The headline numbers of the dataset, computed, never typed into a page. */
export interface Findings {
  agreements: number;
  norms: number;
  /** Norms by frequency, most frequent first (ties in norm order). */
  ranked: NormFrequency[];
  most: NormFrequency[];
  least: NormFrequency[];
  /** Mean number of norms an agreement reflects. */
  meanNormsPerAgreement: number;
  /** Agreements reflecting every norm, and those reflecting exactly one. */
  reflectingAll: Agreement[];
  reflectingOne: Agreement[];
  /** Cells the report left without a Yes/N/A marker, and how many of them count as reflected. */
  unlabeledCells: number;
  unlabeledCounted: number;
  /** Agreements with at least one unlabeled cell. */
  agreementsWithUnlabeled: number;
}

export function findings(agreements: readonly Agreement[], norms: readonly Norm[]): Findings {
  const frequencies = normFrequency(agreements, norms);
  const counts = agreementNormCounts(agreements);
  const unlabeled = agreements.flatMap((a) => a.norms.filter((c) => c.label === 'unlabeled'));
  const { most, least } = extremes(frequencies);
  return {
    agreements: agreements.length,
    norms: norms.length,
    ranked: [...frequencies].sort((a, b) => b.count - a.count || a.norm.id - b.norm.id),
    most,
    least,
    meanNormsPerAgreement:
      counts.length === 0 ? 0 : counts.reduce((sum, c) => sum + c.count, 0) / counts.length,
    reflectingAll: counts.filter((c) => c.count === norms.length).map((c) => c.agreement),
    reflectingOne: counts.filter((c) => c.count === 1).map((c) => c.agreement),
    unlabeledCells: unlabeled.length,
    unlabeledCounted: unlabeled.filter((c) => c.reflected).length,
    agreementsWithUnlabeled: agreements.filter((a) => a.norms.some((c) => c.label === 'unlabeled'))
      .length,
  };
}

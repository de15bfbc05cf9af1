import type { Agreement, NormCell } from '../schemas/agreement';
import { cellFor } from './agreements';
import type { Norm } from '../schemas/norm';
import { CATEGORIES, type Category, type NormId } from '../schemas/values';

/** How many agreements reflect one norm. */
export interface NormFrequency {
  norm: Norm;
  /** Agreements that reflect the norm. */
  count: number;
  /** Agreements considered. */
  total: number;
  /** count / total, 0–1 (0 when there are no agreements). */
  share: number;
  /** Slugs of the agreements that reflect it, in report order. */
  agreements: string[];
}

/** The ids of the norms a record (an agreement, a document, or their island props) reflects, in norm order. */
export function reflectedNormIds(agreement: {
  readonly norms: readonly Pick<NormCell, 'norm' | 'reflected'>[];
}): NormId[] {
  return agreement.norms.filter((cell) => cell.reflected).map((cell) => cell.norm as NormId);
}

/** Whether `agreement` reflects norm `normId`. */
export function reflects(agreement: Agreement, normId: number): boolean {
  return cellFor(agreement, normId).reflected;
}

/** For each norm, in norm order, how many of `agreements` reflect it: the report's Chart I. */
export function normFrequency(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
): NormFrequency[] {
  return norms.map((norm) => {
    const reflecting = agreements.filter((a) => reflects(a, norm.id)).map((a) => a.slug);
    return {
      norm,
      count: reflecting.length,
      total: agreements.length,
      share: agreements.length === 0 ? 0 : reflecting.length / agreements.length,
      agreements: reflecting,
    };
  });
}

/** How many norms one agreement reflects: the report's Chart II. */
export interface AgreementNormCount {
  agreement: Agreement;
  count: number;
  norms: NormId[];
}

/** For each agreement, in the order given, which and how many norms it reflects. */
export function agreementNormCounts(agreements: readonly Agreement[]): AgreementNormCount[] {
  return agreements.map((agreement) => {
    const norms = reflectedNormIds(agreement);
    return { agreement, count: norms.length, norms };
  });
}

/** The norms reflected most and least often (ties included), from a `normFrequency` result. */
export function extremes(frequencies: readonly NormFrequency[]): {
  most: NormFrequency[];
  least: NormFrequency[];
} {
  if (frequencies.length === 0) return { most: [], least: [] };
  const counts = frequencies.map((f) => f.count);
  const max = Math.max(...counts);
  const min = Math.min(...counts);
  return {
    most: frequencies.filter((f) => f.count === max),
    least: frequencies.filter((f) => f.count === min),
  };
}

/**
 * The fewest agreements a group needs for its share to mean anything: one agreement is 0 % or 100 %
 * of its group whatever it says, so a group of one is shown as that agreement's answer, never as a
 * share, and no takeaway is drawn from it.
 */
export const MIN_SHARE_GROUP = 2;

/** Whether a group of `total` agreements is large enough to show a share. */
export function hasShare(total: number): boolean {
  return total >= MIN_SHARE_GROUP;
}

/** One norm's frequency within each category of agreement. */
export interface NormCategoryShare {
  norm: Norm;
  byCategory: { category: Category; count: number; total: number; share: number }[];
}

/** For each norm, the share of agreements in each category that reflect it. */
export function normFrequencyByCategory(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
): NormCategoryShare[] {
  const categories = Object.keys(CATEGORIES) as Category[];
  return norms.map((norm) => ({
    norm,
    byCategory: categories.map((category) => {
      const inCategory = agreements.filter((a) => a.category.value === category);
      const count = inCategory.filter((a) => reflects(a, norm.id)).length;
      const total = inCategory.length;
      return { category, count, total, share: total === 0 ? 0 : count / total };
    }),
  }));
}

/**
 * An n × n matrix (n = norms.length, in norm order): cell [i][j] counts the agreements that reflect
 * both norm i and norm j; the diagonal is each norm's own frequency.
 */
export function normCoOccurrence(
  agreements: readonly Agreement[],
  norms: readonly Norm[],
): number[][] {
  return norms.map((a) =>
    norms.map((b) => agreements.filter((agr) => reflects(agr, a.id) && reflects(agr, b.id)).length),
  );
}

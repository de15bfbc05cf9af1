import { describe, expect, it } from 'vitest';
import { findings } from '../../../src/lib/findings';
import { NORMS, agreement, cell } from '../fixtures/records';

const all = Object.fromEntries(NORMS.map((n) => [n.id, 'yes' as const]));
const agreements = [
  agreement('a', all),
  agreement('b', { 6: 'yes' }),
  agreement('c', { 6: 'unlabeled', 5: cell(5, 'unlabeled') }),
];
const result = findings(agreements, NORMS);

describe('findings', () => {
  it('ranks norms by frequency, ties in norm order', () => {
    expect(result.ranked.slice(0, 3).map((f) => [f.norm.id, f.count])).toEqual([
      [6, 3],
      [1, 1],
      [2, 1],
    ]);
  });

  it('finds the agreements reflecting all norms and exactly one', () => {
    expect(result.reflectingAll.map((a) => a.slug)).toEqual(['a']);
    expect(result.reflectingOne.map((a) => a.slug)).toEqual(['b', 'c']);
  });

  it('averages the norms per agreement', () => {
    expect(result.meanNormsPerAgreement).toBeCloseTo(13 / 3);
  });

  it('counts unlabeled cells and how many of them are counted as reflected', () => {
    expect(result).toMatchObject({
      unlabeledCells: 2,
      unlabeledCounted: 1,
      agreementsWithUnlabeled: 1,
    });
  });
});

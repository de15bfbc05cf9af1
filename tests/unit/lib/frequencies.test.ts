import { describe, expect, it } from 'vitest';
import {
  agreementNormCounts,
  extremes,
  normCoOccurrence,
  normFrequency,
  normFrequencyByCategory,
} from '../../../src/lib/frequencies';
import { NORMS, agreement, cell } from '../fixtures/records';

const agreements = [
  agreement('a', { 5: 'yes', 6: 'yes' }, { category: 'un' }),
  agreement('b', { 6: 'unlabeled', 1: 'yes' }),
  agreement('c', { 6: 'yes', 4: cell(4, 'unlabeled') }, { category: 'multistakeholder' }),
  agreement('d', {}, { category: 'multistakeholder' }),
];

describe('normFrequency', () => {
  const frequency = normFrequency(agreements, NORMS);

  it('counts, for each norm, the agreements that reflect it', () => {
    expect(frequency.map((f) => f.count)).toEqual([1, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0]);
  });

  it('counts an unlabeled cell with a quote, but not an unlabeled cell without one', () => {
    expect(frequency[5]?.agreements).toEqual(['a', 'b', 'c']);
    expect(frequency[3]?.count).toBe(0);
  });

  it('gives shares of all agreements considered', () => {
    expect(frequency[5]?.share).toBe(0.75);
    expect(frequency[5]?.total).toBe(4);
  });

  it('gives a share of 0 when there are no agreements', () => {
    expect(normFrequency([], NORMS)[0]).toMatchObject({ count: 0, total: 0, share: 0 });
  });
});

describe('extremes', () => {
  it('returns the most and least frequent norms, ties included', () => {
    const { most, least } = extremes(normFrequency(agreements, NORMS));
    expect(most.map((f) => f.norm.id)).toEqual([6]);
    expect(least.map((f) => f.norm.id)).toEqual([2, 3, 4, 7, 8, 9, 10, 11]);
  });
});

describe('agreementNormCounts', () => {
  it('lists which and how many norms each agreement reflects', () => {
    expect(
      agreementNormCounts(agreements).map((c) => [c.agreement.slug, c.count, c.norms]),
    ).toEqual([
      ['a', 2, [5, 6]],
      ['b', 2, [1, 6]],
      ['c', 1, [6]],
      ['d', 0, []],
    ]);
  });
});

describe('normFrequencyByCategory', () => {
  it('gives each norm’s share within each category', () => {
    const norm6 = normFrequencyByCategory(agreements, NORMS)[5];
    expect(norm6?.byCategory).toEqual([
      { category: 'un', count: 1, total: 1, share: 1 },
      { category: 'single-stakeholder-group', count: 1, total: 1, share: 1 },
      { category: 'multistakeholder', count: 1, total: 2, share: 0.5 },
    ]);
  });
});

describe('normCoOccurrence', () => {
  const matrix = normCoOccurrence(agreements, NORMS);

  it('has each norm’s frequency on the diagonal', () => {
    expect(matrix.map((row, i) => row[i])).toEqual(
      normFrequency(agreements, NORMS).map((f) => f.count),
    );
  });

  it('counts agreements that reflect both norms, symmetrically', () => {
    expect(matrix[4]?.[5]).toBe(1);
    expect(matrix[5]?.[4]).toBe(1);
    expect(matrix[0]?.[4]).toBe(0);
  });
});

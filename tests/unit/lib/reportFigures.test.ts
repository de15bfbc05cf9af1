import { describe, expect, it } from 'vitest';
import { normFrequency } from '../../../src/lib/frequencies';
import { checkReportFigures } from '../../../src/lib/reportFigures';
import { NORMS, agreement } from '../fixtures/records';

// Norm 6 in 3 of 4 agreements (75%), norm 5 in 2, norm 1 in none.
const agreements = [
  agreement('a', { 6: 'yes', 5: 'yes' }),
  agreement('b', { 6: 'yes', 5: 'unlabeled' }),
  agreement('c', { 6: 'yes' }),
  agreement('d', {}),
];
const frequencies = normFrequency(agreements, NORMS);

describe('checkReportFigures', () => {
  it('agrees when the norm ranks as claimed and the rounded percentage matches', () => {
    const [check] = checkReportFigures(
      [{ claim: 'most-frequent', norm: 6, percent: 75, quote: 'q' }],
      frequencies,
    );
    expect(check).toMatchObject({ percent: 75, rank: 1, agrees: true });
  });

  it('disagrees when the percentage differs', () => {
    const [check] = checkReportFigures(
      [{ claim: 'most-frequent', norm: 6, percent: 77, quote: 'q' }],
      frequencies,
    );
    expect(check?.agrees).toBe(false);
  });

  it('disagrees when the norm does not hold the claimed rank', () => {
    const [check] = checkReportFigures(
      [{ claim: 'most-frequent', norm: 5, quote: 'q' }],
      frequencies,
    );
    expect(check).toMatchObject({ rank: 2, agrees: false });
  });

  it('accepts a least-frequent claim shared with other norms at the lowest count', () => {
    const [check] = checkReportFigures(
      [{ claim: 'least-frequent', norm: 1, quote: 'q' }],
      frequencies,
    );
    expect(check?.agrees).toBe(true);
  });

  it('counts an unlabeled cell with evidence towards the figures', () => {
    const [check] = checkReportFigures(
      [{ claim: 'second-most-frequent', norm: 5, percent: 50, quote: 'q' }],
      frequencies,
    );
    expect(check?.agrees).toBe(true);
  });
});

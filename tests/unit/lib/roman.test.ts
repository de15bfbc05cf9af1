import { describe, expect, it } from 'vitest';
import { toRoman } from '../../../src/lib/roman';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [19, 'XIX'],
    [22, 'XXII'],
    [40, 'XL'],
    [89, 'LXXXIX'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [3999, 'MMMCMXCIX'],
    [4000, 'MMMM'],
  ])('writes %i as %s', (n, numeral) => {
    expect(toRoman(n)).toBe(numeral);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'has no numeral for %d, without throwing',
    (n) => {
      expect(toRoman(n)).toBeUndefined();
    },
  );
});

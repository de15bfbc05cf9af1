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
  ])('writes %i as %s', (n, numeral) => {
    expect(toRoman(n)).toBe(numeral);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
  });
});

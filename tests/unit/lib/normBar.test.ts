import { describe, expect, it } from 'vitest';
import { normBarPaths, normBarSummary } from '../../../src/lib/normBar';

describe('normBarSummary', () => {
  it.each([
    [[1, 2, 5], 11, 'Reflects norms 1, 2 and 5 of 11'],
    [[6], 11, 'Reflects norm 6 of 11'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 11, 'Reflects all 11 norms'],
    [[], 11, 'Reflects none of the 11 norms'],
  ])('says %j of %i as “%s”', (reflected, total, expected) => {
    expect(normBarSummary(reflected, total)).toBe(expected);
  });
});

describe('normBarPaths', () => {
  it('draws one path per state present, one rectangle per norm in its place', () => {
    expect(normBarPaths(['yes', 'no', 'unlabeled', 'yes'])).toEqual({
      width: 46,
      height: 10,
      paths: [
        { state: 'yes', d: 'M0 0h10v10h-10z M36 0h10v10h-10z' },
        { state: 'unlabeled', d: 'M24 0h10v10h-10z' },
        { state: 'no', d: 'M12 0h10v10h-10z' },
      ],
    });
  });
});

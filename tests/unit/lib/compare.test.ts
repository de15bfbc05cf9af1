import { describe, expect, it } from 'vitest';
import { compareQuery, compareSummary, parseCompareSelection } from '../../../src/lib/compare';

const known = new Set(['a', 'b', 'c', 'd', 'e']);

describe('parseCompareSelection', () => {
  it.each([
    ['a comma list', 'a=a,b', ['a', 'b'], [], []],
    ['repeated keys, as the plain form sends them', 'a=a&a=c', ['a', 'c'], [], []],
    ['both at once, duplicates once', 'a=a,b&a=b&a=c', ['a', 'b', 'c'], [], []],
    ['an unknown slug, dropped and reported', 'a=a,zz,b', ['a', 'b'], ['zz'], []],
    ['more than four', 'a=a,b,c,d,e', ['a', 'b', 'c', 'd'], [], ['e']],
    ['markup', 'a=<img src=x>,a', ['a'], ['<img src=x>'], []],
    ['nothing', '', [], [], []],
  ])('reads %s', (_, query, slugs, unknown, overflow) => {
    expect(parseCompareSelection(query, known)).toEqual({ slugs, unknown, overflow });
  });
});

describe('compareQuery', () => {
  it('writes a readable comma list, or nothing', () => {
    expect(compareQuery(['paris-call', 'un-gge-2015'])).toBe('?a=paris-call,un-gge-2015');
    expect(compareQuery([])).toBe('');
  });
});

describe('compareSummary', () => {
  const chosen = [
    { slug: 'x', reflected: new Set([1, 2, 3]) },
    { slug: 'y', reflected: new Set([2, 3, 4]) },
  ];

  it('splits norms into all, some (with who) and none', () => {
    expect(compareSummary(chosen, [1, 2, 3, 4, 5])).toEqual({
      all: [2, 3],
      some: [
        { norm: 1, reflectedBy: ['x'] },
        { norm: 4, reflectedBy: ['y'] },
      ],
      none: [5],
    });
  });

  it('is empty for no agreements', () => {
    expect(compareSummary([], [1, 2])).toEqual({ all: [], some: [], none: [] });
  });
});

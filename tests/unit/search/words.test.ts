import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords, queryWords } from '../../../src/lib/search/words';

describe('queryWords', () => {
  it('keeps words of two letters or more, lower case, once each', () => {
    expect(queryWords('The G7 and the (UN) a — état état')).toEqual([
      'the',
      'g7',
      'and',
      'un',
      'état',
    ]);
  });

  it('drops markup and search operators, keeping only the words', () => {
    expect(queryWords("<img src=x> 'exact | !not ^pre$")).toEqual([
      'img',
      'src',
      'exact',
      'not',
      'pre',
    ]);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['infrastucture', 'infrastructure', 1],
    ['cyebr', 'cyber', 1],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('gives up past the maximum', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('nearestWords', () => {
  const words = ['infrastructure', 'information', 'cyber', 'cybercrime', 'privacy'];

  it('finds the word a typo stands for', () => {
    expect(nearestWords('infrastucture', words)).toEqual(['infrastructure']);
    expect(nearestWords('privcy', words)).toEqual(['privacy']);
  });

  it('allows one edit in short words, so that short words do not match everything', () => {
    expect(nearestWords('cyb', words)).toEqual([]);
    expect(nearestWords('cybr', words)).toEqual(['cyber']);
  });

  it('finds nothing for a word far from every known word', () => {
    expect(nearestWords('budapest', words)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { greedyTiles } from '../../../src/lib/wording/tiling';

const words = (text: string): string[] => text.split(' ');
const any = (): boolean => true;

describe('greedyTiles', () => {
  it('finds runs that come in a different order in each text', () => {
    expect(greedyTiles(words('p q r x y z'), words('x y z p q r'), any)).toEqual([
      { aStart: 0, bStart: 3, length: 3 },
      { aStart: 3, bStart: 0, length: 3 },
    ]);
  });

  it('takes the longest run first, so a shorter one cannot claim its words', () => {
    // Read in order, "x y" comes first and would take b's first x y, leaving "w" alone.
    expect(greedyTiles(words('x y w x y z'), words('w x y z . x y'), any)).toEqual([
      { aStart: 0, bStart: 5, length: 2 },
      { aStart: 2, bStart: 0, length: 4 },
    ]);
  });

  it('breaks ties by the earliest start in the first text, then in the second', () => {
    expect(greedyTiles(words('x y . x y'), words('x y , x y'), any)).toEqual([
      { aStart: 0, bStart: 0, length: 2 },
      { aStart: 3, bStart: 3, length: 2 },
    ]);
    expect(greedyTiles(words('x y'), words('x y . x y'), any)).toEqual([
      { aStart: 0, bStart: 0, length: 2 },
    ]);
  });

  it('does not cut a run that does not count into parts that would', () => {
    expect(greedyTiles(words('x y z'), words('x y z'), (t) => t.length === 2)).toEqual([]);
  });

  it('finds nothing when the texts share no word', () => {
    expect(greedyTiles(words('a b'), words('c d'), any)).toEqual([]);
  });
});

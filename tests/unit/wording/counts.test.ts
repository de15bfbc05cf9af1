import { describe, expect, it } from 'vitest';
import { classCounts } from '../../../src/lib/wording/counts';
import type { CellWording } from '../../../src/lib/wording/datasetWording';
import type { WordingClass } from '../../../src/lib/wording/classes';

const cell = (norm: number, wordingClass: WordingClass): CellWording => ({
  record: 'x',
  norm,
  result: { class: wordingClass, share: 0, runs: [] },
});

describe('classCounts', () => {
  it('counts each class, naming every class even when none falls in it', () => {
    expect(classCounts([cell(1, 'restates'), cell(2, 'own-words'), cell(3, 'own-words')])).toEqual({
      restates: 1,
      'borrows-phrases': 0,
      'own-words': 2,
    });
  });

  it('counts nothing as zeros', () => {
    expect(classCounts([])).toEqual({ restates: 0, 'borrows-phrases': 0, 'own-words': 0 });
  });
});

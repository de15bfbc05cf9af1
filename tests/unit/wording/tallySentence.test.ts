import { describe, expect, it } from 'vitest';
import type { WordingClass } from '../../../src/lib/wording/classes';
import type { CellWording } from '../../../src/lib/wording/datasetWording';
import { wordingTallySentence } from '../../../src/lib/wording/tallySentence';

const cell = (record: string, wordingClass: WordingClass): CellWording => ({
  record,
  norm: 3,
  result: { class: wordingClass, share: 0, runs: [] },
});

describe('wordingTallySentence', () => {
  it('names every class a cell falls in, plural verbs for counts above one', () => {
    expect(
      wordingTallySentence([
        cell('a', 'own-words'),
        cell('b', 'restates'),
        cell('c', 'own-words'),
        cell('d', 'borrows-phrases'),
        cell('e', 'restates'),
      ]),
    ).toBe(
      'Of the 5 agreements whose quotes are measured, 2 restate the GGE wording, 1 borrows GGE phrases and 2 are in their own words.',
    );
  });

  it('leaves out the classes no cell falls in, singular verbs for one', () => {
    expect(wordingTallySentence([cell('a', 'own-words'), cell('b', 'restates')])).toBe(
      'Of the 2 agreements whose quotes are measured, 1 restates the GGE wording and 1 is in its own words.',
    );
  });

  it('counts one cell, with the noun given', () => {
    expect(wordingTallySentence([cell('a', 'borrows-phrases')], 'document')).toBe(
      'Of the 1 document whose quotes are measured, 1 borrows GGE phrases.',
    );
  });

  it('says nothing when no cell is measured', () => {
    expect(wordingTallySentence([])).toBeUndefined();
  });
});

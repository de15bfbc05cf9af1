import { describe, expect, it } from 'vitest';
import { matrixAgreement } from '../../../src/lib/matrix';
import { cellLook, cellName } from '../../../src/lib/matrixView/cellLook';
import { withWording } from '../../../src/lib/matrixView/rows';
import { expandWording, wordingLook } from '../../../src/lib/matrixView/wordingLook';
import { GGE_TEXT_2, WORDING_AGREEMENT, WORDING_CELLS } from '../fixtures/matrixWording';

const row = withWording(matrixAgreement(WORDING_AGREEMENT), 'a', WORDING_CELLS);
const cellOf = (norm: number) => {
  const found = row.norms.find((c) => c.norm === norm);
  if (!found) throw new Error(`no cell ${String(norm)}`);
  return found;
};
const column = (id: number) => ({ id, title: `Norm ${String(id)}` });

describe('withWording', () => {
  it('puts the measure on measured cells only, own words as the bare class, runs as spans', () => {
    expect(row.norms.map((c) => c.wording)).toEqual([
      { class: 'restates', share: 0.92, runs: [] },
      { class: 'borrows-phrases', share: 0.375, runs: [[0, 7, 45, 22, 60]] },
      'own-words',
      undefined,
      ...Array.from({ length: 7 }, () => undefined),
    ]);
    expect(Object.hasOwn(cellOf(4), 'wording')).toBe(false);
  });
});

describe('expandWording', () => {
  it('gives back the measure, each run with its text sliced from the GGE wording', () => {
    const summary = cellOf(2).wording;
    if (summary === undefined) throw new Error('norm 2 is measured');
    expect(expandWording(summary, GGE_TEXT_2)).toEqual(WORDING_CELLS[1]?.result);
    expect(expandWording('own-words', GGE_TEXT_2)).toEqual({
      class: 'own-words',
      share: 0,
      runs: [],
    });
  });
});

describe('cellLook and cellName in the wording view', () => {
  it.each([
    [
      1,
      'restates',
      '●',
      'Agreement A, norm 1 (Norm 1): restates the GGE wording, 92% of the GGE words shared',
    ],
    [
      2,
      'borrows-phrases',
      '◐',
      'Agreement A, norm 2 (Norm 2): borrows GGE phrases, 38% of the GGE words shared',
    ],
    [
      3,
      'own-words',
      '○',
      'Agreement A, norm 3 (Norm 3): in its own words, 0% of the GGE words shared',
    ],
    [4, 'not-measured', '–', 'Agreement A, norm 4 (Norm 4): reflected, no quote to measure'],
    [5, 'not-reflected', '', 'Agreement A, norm 5 (Norm 5): not reflected'],
  ] as const)('draws and names norm %i as %s', (norm, look, symbol, name) => {
    const summary = cellOf(norm);
    expect(wordingLook(summary)).toBe(look);
    expect(cellLook(summary, 'wording')).toEqual({
      classes: `cell-mark wording-mark is-${look}`,
      symbol,
      words: name.slice(name.indexOf(': ') + 2),
    });
    expect(cellName(row, column(norm), summary, 'wording')).toBe(name);
  });
});

describe('cellLook and cellName in the report view', () => {
  it('keeps the report looks and words whatever the measure', () => {
    expect(cellLook(cellOf(2), 'report')).toEqual({
      classes: 'cell-mark is-yes',
      symbol: '✓',
      words: 'reflected',
    });
    expect(cellName(row, column(5), cellOf(5), 'report')).toBe(
      'Agreement A, norm 5 (Norm 5): not reflected',
    );
  });
});

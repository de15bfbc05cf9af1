import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { wordingOfDataset } from '../../../src/lib/wording/datasetWording';

const data = requireDataset();
const wording = wordingOfDataset(data);

/** The measured cells of one agreement, in norm order. */
function cellsOf(slug: string) {
  return wording.agreements.filter((cell) => cell.record === slug);
}

describe('the wording measure over the real data', () => {
  it('finds every reflected cell of the UN GGE 2015 report restating its own norm', () => {
    const gge = cellsOf('un-gge-2015');
    expect(gge.map((cell) => cell.norm)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const cell of gge) {
      expect({ norm: cell.norm, class: cell.result.class }).toEqual({
        norm: cell.norm,
        class: 'restates',
      });
      expect(cell.result.share).toBe(1);
    }
  });

  // Written down before the measure was first run on this agreement, from reading its cells in
  // data/agreements/g7-lucca-declaration.yaml: the report says the declaration "restates all 2015
  // GGE norms", and every one of its 11 cells holds a passage that is the GGE norm word for word
  // (under norms 5 and 6 beside a passage from elsewhere in the declaration, under norm 7 after the
  // text of norm 8). So we expect all 11 cells to come out `restates`, each with the whole GGE
  // wording covered (share 1): extra passages in a cell add runs but never lower the share.
  it('finds the G7 Lucca Declaration restating all 11 norms, as the report says it does', () => {
    const lucca = cellsOf('g7-lucca-declaration');
    expect(lucca.map((cell) => [cell.norm, cell.result.class, cell.result.share])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((norm) => [norm, 'restates', 1]),
    );
  });
});

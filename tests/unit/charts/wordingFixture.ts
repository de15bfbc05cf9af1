import type { CellWording } from '../../../src/lib/wording/datasetWording';
import type { WordingClass } from '../../../src/lib/wording/classes';
import { FIXTURE } from '../fixtures/dataset';

/**
 * A hand-set wording measure over the fixture's quoted cells (the fixture's norms carry no GGE text,
 * so its own measure is empty): the chart reads classes and shares, not runs.
 *
 * | norm | G7 Lucca       | Paris Call     | MANRS          | UN GGE 2015          |
 * | ---- | -------------- | -------------- | -------------- | -------------------- |
 * | 1    | restates 90%   |                |                |                      |
 * | 5    |                | borrows 40%    |                |                      |
 * | 6    | own words      | own words      | borrows 25%    |                      |
 * | 9    |                | own words      | own words      |                      |
 * | 10   |                |                |                | restates 100%        |
 * | 11   |                |                |                | (placeholder: none)  |
 *
 * The coded document `sco-code`: norm 6 own words, norm 10 borrows 50%.
 */
const measured = (record: string, norm: number, cls: WordingClass, share: number): CellWording => ({
  record,
  norm,
  result: { class: cls, share, runs: [] },
});

export const WORDING_FIXTURE: typeof FIXTURE.wording = {
  agreements: [
    measured('g7-lucca', 1, 'restates', 0.9),
    measured('g7-lucca', 6, 'own-words', 0),
    measured('paris-call', 5, 'borrows-phrases', 0.4),
    measured('paris-call', 6, 'own-words', 0),
    measured('paris-call', 9, 'own-words', 0),
    measured('manrs', 6, 'borrows-phrases', 0.25),
    measured('manrs', 9, 'own-words', 0),
    measured('un-gge-2015', 10, 'restates', 1),
  ],
  documents: [
    measured('sco-code', 6, 'own-words', 0),
    measured('sco-code', 10, 'borrows-phrases', 0.5),
  ],
};

/** The chart input over the fixture with the measure above. */
export const WORDING_INPUT = {
  agreements: FIXTURE.agreements,
  norms: FIXTURE.norms,
  documents: FIXTURE.documents,
  wording: WORDING_FIXTURE,
};

import { describe, expect, it } from 'vitest';
import type { CodedDocument } from '../../../src/schemas/document';
import { wordingOfDataset } from '../../../src/lib/wording/datasetWording';
import { NORMS, agreement, cell } from '../fixtures/records';

const GGE_1 = 'States should not knowingly allow their territory to be used for wrongful acts';
const GGE_2 = 'States should protect the public core of the internet';
// Norms 1 and 2 have a GGE wording; the others (as NORMS gives them) have none.
const norms = NORMS.map((norm) =>
  norm.id === 1
    ? { ...norm, gge: { text: GGE_1, section: 'XVII' } }
    : norm.id === 2
      ? { ...norm, gge: { text: GGE_2, section: 'XVII' } }
      : norm,
);

const restating = cell(1, 'yes', [GGE_1]);
const inOwnWords = cell(2, 'unlabeled', ['We keep the network running for everyone']);
const commentOnly = cell(2, 'yes', [], {
  evidence: [{ text: GGE_2, kind: 'report-comment' }],
});

function document(id: string, cells: ReturnType<typeof cell>[]): CodedDocument {
  const byNorm = new Map(cells.map((c) => [c.norm, c]));
  return {
    id,
    codedBy: 'editors',
    shortName: id,
    relation: 'A test text.',
    compareWith: ['second'],
    codingNote: 'A test coding.',
    norms: NORMS.map((n) => byNorm.get(n.id) ?? cell(n.id, 'n/a')),
  };
}

const data = {
  norms,
  // Listed out of report order, to show the result follows `order`.
  agreements: [
    agreement('second', { 1: restating, 2: commentOnly, 3: 'yes' }, { order: 2 }),
    agreement('first', { 2: inOwnWords, 1: cell(1, 'n/a', [GGE_1]) }, { order: 1 }),
  ],
  documents: [document('zeta-text', [restating]), document('alpha-text', [inOwnWords])],
};

describe('wordingOfDataset', () => {
  const wording = wordingOfDataset(data);
  const summary = (cells: typeof wording.agreements) =>
    cells.map((c) => [c.record, c.norm, c.result.class, c.result.share]);

  it('measures reflected cells that quote the agreement, in report order and then by norm', () => {
    // Left out: first's norm 1 (not reflected, though it has a quote), second's norm 2 (only the
    // report's comment) and second's norm 3 (no GGE wording to measure against).
    expect(summary(wording.agreements)).toEqual([
      ['first', 2, 'own-words', 0],
      ['second', 1, 'restates', 1],
    ]);
  });

  it('keeps the editors’ coded documents apart, by id', () => {
    expect(summary(wording.documents)).toEqual([
      ['alpha-text', 2, 'own-words', 0],
      ['zeta-text', 1, 'restates', 1],
    ]);
  });
});

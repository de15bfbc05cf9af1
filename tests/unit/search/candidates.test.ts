import Fuse, { type Expression } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import { FUSE_OPTIONS, SEARCH_KEYS } from '../../../src/lib/search/searcher';
import { candidateDocuments, documentsByWord } from '../../../src/lib/search/words';

const data = requireDataset();
const docs = buildSearchDocuments(data.agreements, data.norms);
const byWord = documentsByWord(docs);
// Fuse over every document, with no narrowing: what the narrowing must agree with.
const fullFuse = new Fuse(docs, FUSE_OPTIONS);

/** The positions of the documents plain Fuse matches for these word groups, ascending. */
function fuseMatches(groups: string[][]): number[] {
  const expression: Expression = {
    $and: groups.map((alternatives) => ({
      $or: SEARCH_KEYS.flatMap(({ name }) => alternatives.map((w) => ({ [name]: `'${w}` }))),
    })),
  };
  return fullFuse
    .search(expression)
    .map((r) => r.refIndex)
    .sort((a, b) => a - b);
}

describe('documentsByWord', () => {
  it('lists each document under every word of its text, short name and title', () => {
    const paris = docs.findIndex((d) => d.id === 'a:paris-call');
    expect(byWord.get('paris')).toContain(paris);
    expect(byWord.get('g7')?.length).toBeGreaterThan(0);
    for (const positions of byWord.values())
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('candidateDocuments', () => {
  it.each([
    ['one word', [['privacy']]],
    ['a word part', [['infrastruct']]],
    ['a name', [['manrs']]],
    ['two words, both required', [['human'], ['rights']]],
    ['common words', [['the'], ['of'], ['and']]],
    ['a typo’s alternatives, any of them', [['information', 'infrastructure']]],
    ['alternatives beside a required word', [['critical'], ['information', 'infrastructure']]],
    ['a word no document holds', [['zzqx']]],
    ['a held word and an unheld one', [['cyber'], ['zzqx']]],
  ])('finds exactly the documents plain Fuse matches: %s', (_, groups) => {
    expect(candidateDocuments(groups, byWord, docs.length)).toEqual(fuseMatches(groups));
  });

  it('finds nothing for no groups', () => {
    expect(candidateDocuments([], byWord, docs.length)).toEqual([]);
  });
});

import Fuse, { type Expression } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import { FUSE_OPTIONS, SEARCH_KEYS } from '../../../src/lib/search/searcher';
import { candidateDocuments, documentsByWord } from '../../../src/lib/search/words';
import { FIXTURE } from '../fixtures/dataset';

const docs = buildSearchDocuments(FIXTURE.agreements, FIXTURE.norms);
const byWord = documentsByWord(docs);
// Fuse over every document, with no narrowing: what the narrowing must agree with.
const fullFuse = new Fuse(docs, FUSE_OPTIONS);
const idsAt = (positions: readonly number[] = []) => positions.map((p) => docs[p]?.id);

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
    // Paris Call: its name, and every passage of it (each carries the short name); one names Paris.
    expect(idsAt(byWord.get('paris'))).toEqual([
      'a:paris-call',
      'q:paris-call:commentary:1',
      'q:paris-call:n5:1',
      'q:paris-call:n6:1',
      'q:paris-call:n9:1',
      'f:paris-call:additional:1',
    ]);
    expect(idsAt(byWord.get('privacy'))).toEqual(['n:5']);
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

  it('finds the documents holding a word, or a longer word it is part of', () => {
    const routing = ['a:manrs', 'q:manrs:n6:1', 'q:manrs:n9:1'];
    expect(idsAt(candidateDocuments([['routing']], byWord, docs.length))).toEqual(routing);
    expect(idsAt(candidateDocuments([['rout']], byWord, docs.length))).toEqual(routing);
  });

  it('finds nothing for no groups', () => {
    expect(candidateDocuments([], byWord, docs.length)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import {
  MAX_QUERY_LENGTH,
  buildSearchPayload,
  createSearcher,
} from '../../../src/lib/search/searcher';
import { FIXTURE } from '../fixtures/dataset';

const docs = buildSearchDocuments(FIXTURE.agreements, FIXTURE.norms);
// Round-trip through JSON, as the browser receives it.
const search = createSearcher(
  JSON.parse(JSON.stringify(buildSearchPayload(docs, FIXTURE.meta.version))) as ReturnType<
    typeof buildSearchPayload
  >,
);

describe('buildSearchDocuments', () => {
  it('indexes every agreement, every norm and every quoted passage except placeholders', () => {
    expect(docs.filter((d) => d.type === 'agreement')).toHaveLength(4);
    expect(docs.filter((d) => d.type === 'norm')).toHaveLength(11);
    // 8 quotes under norms and 1 framing passage; UN GGE 2015's placeholder under norm 11 is left out.
    expect(docs.filter((d) => d.type === 'quote')).toHaveLength(9);
    expect(docs.filter((d) => d.type === 'additional-norm').map((d) => d.id)).toEqual([
      'f:paris-call:additional:1',
    ]);
    expect(docs.some((d) => d.id.startsWith('q:un-gge-2015:n11'))).toBe(false);
  });

  it('gives every document a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});

describe('createSearcher', () => {
  it('finds a quote by a phrase from it, its agreement first', () => {
    const [first] = search('individuals and infrastructure from malicious');
    expect(first?.doc.type).toBe('quote');
    expect(first && 'slug' in first.doc ? first.doc.slug : '').toBe('paris-call');
    expect(first?.doc.href).toBe('/agreements/paris-call/#norm-5');
  });

  it('returns the ranges of the text that matched', () => {
    const [first] = search('filter routes');
    expect(first?.doc.id).toBe('q:manrs:n6:1');
    const [start, end] = first?.ranges[0] ?? [0, 0];
    expect(first?.doc.text.slice(start, end + 1)).toBe('filter');
  });

  it('finds an agreement by its short name', () => {
    expect(search('MANRS')[0]?.doc.id).toBe('a:manrs');
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['regular-expression characters', '.*+?^${}()|[]\\'],
    ['very long text', 'privacy '.repeat(5000)],
    ['a single character', 'a'],
    ['only spaces', '   '],
  ])('survives %s', (_, query) => {
    expect(() => search(query)).not.toThrow();
  });

  it('ignores a query of fewer than two characters', () => {
    expect(search('a')).toEqual([]);
  });

  it('cuts a long query to the maximum length', () => {
    const long = `${'x'.repeat(MAX_QUERY_LENGTH)}human rights`;
    expect(search(long)).toEqual(search('x'.repeat(MAX_QUERY_LENGTH)));
  });
});

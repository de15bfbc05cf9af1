import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import {
  MAX_QUERY_LENGTH,
  buildSearchPayload,
  createSearcher,
} from '../../../src/lib/search/searcher';

const data = requireDataset();
const docs = buildSearchDocuments(data.agreements, data.norms);
// Round-trip through JSON, as the browser receives it.
const search = createSearcher(
  JSON.parse(JSON.stringify(buildSearchPayload(docs, data.meta.version))) as ReturnType<
    typeof buildSearchPayload
  >,
);

describe('buildSearchDocuments', () => {
  it('indexes every agreement, every norm and every quoted passage except placeholders', () => {
    const quotes = data.agreements.flatMap((a) => [
      ...a.commentary,
      ...a.additionalNorms,
      ...a.norms.flatMap((c) => c.evidence),
    ]);
    const searchable = quotes.filter((e) => e.kind !== 'placeholder').length;
    expect(docs.filter((d) => d.type === 'agreement')).toHaveLength(data.agreements.length);
    expect(docs.filter((d) => d.type === 'norm')).toHaveLength(data.norms.length);
    expect(docs.filter((d) => d.type === 'quote' || d.type === 'additional-norm')).toHaveLength(
      searchable,
    );
  });

  it('gives every document a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});

describe('createSearcher', () => {
  it('finds a quote by a phrase from it, its agreement first', () => {
    const cell = data.agreements
      .find((a) => a.slug === 'paris-call')
      ?.norms.find((c) => c.norm === 5);
    const phrase = cell?.evidence[0]?.text.split(' ').slice(3, 10).join(' ') ?? '';
    const [first] = search(phrase);
    expect(first?.doc.type).toBe('quote');
    expect(first && 'slug' in first.doc ? first.doc.slug : '').toBe('paris-call');
    expect(first?.doc.href).toBe('/agreements/paris-call/#norm-5');
  });

  it('returns the ranges of the text that matched', () => {
    const [first] = search('Rapid Response Mechanism');
    expect(first?.ranges.length).toBeGreaterThan(0);
    const [start, end] = first?.ranges[0] ?? [0, 0];
    expect(first?.doc.text.slice(start, end + 1).toLowerCase()).toContain('rapid');
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

import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/documents';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import type { TextSegment } from '../../../src/lib/search/excerpt';
import {
  groupResults,
  matchTier,
  placeOf,
  rankHits,
  resultsSummary,
  type GroupLimits,
} from '../../../src/lib/search/groupResults';
import {
  buildSearchPayload,
  createSearcher,
  type SearchHit,
} from '../../../src/lib/search/searcher';
import { FIXTURE } from '../fixtures/dataset';

const docs = buildSearchDocuments(FIXTURE.agreements, FIXTURE.norms);
const search = createSearcher(buildSearchPayload(docs, FIXTURE.meta.version));
const ALL: GroupLimits = { agreements: 100, norms: 100, quotes: 1000 };
const results = (query: string, limits: GroupLimits = ALL) =>
  groupResults(search(query, 1000), query, docs, limits);
const plain = (segments: readonly TextSegment[]) => segments.map((s) => s.text).join('');
const groupOf = (query: string, key: string) => results(query).find((g) => g.key === key);
const hrefs = (query: string) => groupOf(query, 'quotes')?.items.map((item) => item.href);

/** For each fixture agreement, five words from one of its quotes that no other agreement has. */
const PHRASES = [
  ['g7-lucca', 'cooperate to increase stability and'],
  ['paris-call', 'general availability of the public'],
  ['manrs', 'filter routes to prevent the'],
  ['un-gge-2015', 'appropriate requests for assistance by'],
];

describe('groupResults on a fixed query table', () => {
  it.each(PHRASES)('finds %s first for “%s”', (slug, phrase) => {
    const [agreements, , quotes] = results(phrase);
    expect(agreements?.items[0]?.id).toBe(`a:${slug}`);
    const firstQuote = quotes?.items[0];
    expect(firstQuote?.href.startsWith(`/agreements/${slug}/#norm-`)).toBe(true);
    expect(plain(firstQuote?.excerpt ?? []).toLowerCase()).toContain(phrase);
  });

  it.each([
    ['G7 Lucca', 'g7-lucca'],
    ['Paris Call', 'paris-call'],
    ['MANRS', 'manrs'],
    ['UN GGE 2015', 'un-gge-2015'],
  ])('finds the agreement first by its short name, “%s”', (shortName, slug) => {
    expect(results(shortName)[0]?.items[0]?.id).toBe(`a:${slug}`);
  });

  it.each(FIXTURE.norms.map((n) => [n.title, n.id]))(
    'finds the norm first by its title, “%s”',
    (title, id) => {
      expect(groupOf(title, 'norms')?.items[0]?.id).toBe(`n:${id}`);
    },
  );
});

describe('groupResults', () => {
  it('returns the three groups in order, agreements, norms, quotes', () => {
    expect(results('security').map((g) => g.key)).toEqual(['agreements', 'norms', 'quotes']);
  });

  it('puts the norms first when a norm’s title, and no agreement’s name, holds the query', () => {
    const groups = results('vulnerability disclosure');
    expect(groups.map((g) => g.key)).toEqual(['norms', 'agreements', 'quotes']);
    expect(groups[0]?.items[0]?.id).toBe('n:11');
  });

  it('titles an agreement by its short name, its full title in the context', () => {
    const [first] =
      groupOf('Report of the Group of Governmental Experts', 'agreements')?.items ?? [];
    expect(plain(first?.title ?? [])).toBe('UN GGE 2015');
  });

  it('links each quote to the norm block or section that holds it', () => {
    expect(hrefs('infrastructure')).toEqual([
      '/agreements/paris-call/#norm-5',
      '/agreements/g7-lucca/#norm-6',
    ]);
    expect(hrefs('electoral')).toEqual(['/agreements/paris-call/#additional-norms']);
    expect(hrefs('announced')).toEqual(['/agreements/paris-call/#report-commentary']);
  });

  it('marks the query in titles and excerpts', () => {
    const [first] = groupOf('No harm to critical infrastructure', 'norms')?.items ?? [];
    expect(first?.title.filter((s) => s.match).map((s) => s.text)).toEqual([
      'No harm to critical infrastructure',
    ]);
  });

  it('leaves a passage out of the quotes when only its agreement’s name matched', () => {
    // Every MANRS passage carries the short name, but none says “MANRS”.
    expect(groupOf('MANRS', 'quotes')?.items).toEqual([]);
  });

  it('ranks an agreement by its best hit, on itself or on its passages', () => {
    const [agreements] = results('Report of the Group of Governmental Experts');
    expect(agreements?.items[0]?.id).toBe('a:un-gge-2015');
    expect(agreements?.items[0]?.context).toMatch(/ · Name/u);
  });

  it('cuts each group to its limit and still counts the whole group', () => {
    const cut = results('security', { agreements: 1, norms: 1, quotes: 1 });
    // “Security”: in the names of Paris Call and MANRS, in norm 3's title, and in two passages,
    // one of G7 Lucca's (so it is an agreement hit too) and one of Paris Call's.
    expect(cut.map((g) => [g.items.length, g.total])).toEqual([
      [1, 3],
      [1, 1],
      [1, 2],
    ]);
  });

  it.each(['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', 'a', '   ', 'zzzzqqqq'])(
    'survives “%s”',
    (query) => {
      expect(() => results(query)).not.toThrow();
    },
  );

  it('finds nothing for text that occurs nowhere, and says so', () => {
    const none = results('zzzzqqqq');
    expect(none.map((g) => g.total)).toEqual([0, 0, 0]);
    expect(resultsSummary(none)).toBe('No results');
  });

  it.each<[number[], string]>([
    [[3, 1, 12], '3 agreements, 1 norm and 12 passages'],
    [[1, 0, 0], '1 agreement'],
    [[0, 2, 1], '2 norms and 1 passage'],
  ])('sums up totals %j as “%s”', (totals, expected) => {
    const groups = results('security').map((g, i) => ({ ...g, total: totals[i] ?? 0 }));
    expect(resultsSummary(groups)).toBe(expected);
  });
});

describe('matchTier and rankHits', () => {
  const agreementDoc: SearchDocument = {
    type: 'agreement',
    id: 'a:x',
    slug: 'x',
    title: 'Accord on Routing Security',
    shortName: 'Routing Accord',
    text: 'An accord about filtering routes.',
    href: '/agreements/x/',
  };
  const quoteDoc: SearchDocument = {
    type: 'quote',
    id: 'q:y:n1:1',
    slug: 'y',
    shortName: 'Routing Security Pledge',
    normIds: [1],
    text: 'Operators shall secure routing between networks.',
    locator: null,
    href: '/agreements/y/#norm-1',
  };

  it.each<[string, SearchDocument, string, number]>([
    ['a name holding the whole query', agreementDoc, 'routing security', 0],
    ['a text holding the whole query', agreementDoc, 'filtering routes', 1],
    ['a field holding every word, apart', quoteDoc, 'routing operators', 2],
    ['no field holding every word', agreementDoc, 'routing privacy', 3],
    ['a passage whose agreement’s name alone holds the query', quoteDoc, 'security pledge', 3],
    ['an empty query', agreementDoc, '  ', 3],
  ])('gives %s tier %i', (_, doc, query, tier) => {
    expect(matchTier(doc, query)).toBe(tier);
  });

  const hit = (doc: SearchDocument, score: number): SearchHit => ({
    doc,
    score,
    ranges: [],
    field: 'text',
  });

  it('puts a better tier before a better fuzzy score', () => {
    const ranked = rankHits([hit(agreementDoc, 0.5), hit(quoteDoc, 0.1)], 'secure routing');
    expect(ranked.map((h) => h.doc.id)).toEqual(['q:y:n1:1']);
  });

  it('keeps fuzzy hits when nothing holds the query’s words', () => {
    const ranked = rankHits([hit(agreementDoc, 0.5), hit(quoteDoc, 0.1)], 'rooting');
    expect(ranked.map((h) => h.doc.id)).toEqual(['q:y:n1:1', 'a:x']);
  });
});

describe('passages shared by several norms', () => {
  const shared = 'States should protect the public core of the internet.';
  const paris = FIXTURE.agreements.find((a) => a.slug === 'paris-call');
  if (!paris) throw new Error('the fixture has Paris Call');
  const agreement = {
    ...paris,
    norms: paris.norms.map((c) =>
      [2, 9, 10].includes(c.norm)
        ? {
            ...c,
            label: 'yes' as const,
            reflected: true,
            evidence: [{ text: shared, kind: 'quote' as const }],
          }
        : c,
    ),
  };
  const sharedDocs = buildSearchDocuments([agreement], FIXTURE.norms);

  it('index one passage given under norms 2, 9 and 10 once, listing the three norms', () => {
    const passages = sharedDocs.filter((d) => d.type === 'quote' && d.text === shared);
    expect(passages.map((d) => ('normIds' in d ? d.normIds : []))).toEqual([[2, 9, 10]]);
    expect(passages.map((d) => d.href)).toEqual(['/agreements/paris-call/#norm-2']);
  });

  it('say where it is for every norm: “Evidence for norms 2, 9 and 10”', () => {
    const passage = sharedDocs.find((d) => d.type === 'quote' && d.text === shared);
    expect(passage && placeOf(passage)).toBe('Evidence for norms 2, 9 and 10');
  });
});

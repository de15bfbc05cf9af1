import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { displayTitle } from '../../../src/lib/agreements';
import { evidenceOf } from '../../../src/lib/quoteLocations';
import type { SearchDocument } from '../../../src/lib/search/documents';
import { buildSearchDocuments } from '../../../src/lib/search/documents';
import type { TextSegment } from '../../../src/lib/search/excerpt';
import {
  groupResults,
  matchTier,
  rankHits,
  resultsSummary,
  type GroupLimits,
} from '../../../src/lib/search/groupResults';
import {
  buildSearchPayload,
  createSearcher,
  type SearchHit,
} from '../../../src/lib/search/searcher';

const data = requireDataset();
const docs = buildSearchDocuments(data.agreements, data.norms);
const search = createSearcher(buildSearchPayload(docs, data.meta.version));
const ALL: GroupLimits = { agreements: 100, norms: 100, quotes: 1000 };
const results = (query: string, limits: GroupLimits = ALL) =>
  groupResults(search(query, 1000), query, docs, limits);
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
const plain = (segments: readonly TextSegment[]) => segments.map((s) => s.text).join('');

/**
 * The fixed query table: for each agreement, a phrase of five words from one of its quotes that no
 * other agreement's passages contain, read from the data files (never retyped here).
 */
const phraseTable = data.agreements.flatMap((a) => {
  const othersText = data.agreements
    .filter((other) => other.slug !== a.slug)
    .flatMap((other) => evidenceOf(other).map(({ evidence }) => squash(evidence.text)))
    .join('\n')
    .toLowerCase();
  for (const { place, evidence } of evidenceOf(a)) {
    if (evidence.kind !== 'quote' || place.part !== 'norm') continue;
    const words = squash(evidence.text).split(' ');
    if (words.length < 9) continue;
    const phrase = words.slice(2, 7).join(' ');
    if (!othersText.includes(phrase.toLowerCase())) return [{ slug: a.slug, phrase }];
  }
  return [];
});

describe('groupResults on a fixed query table', () => {
  it('has a phrase for most agreements', () => {
    expect(phraseTable.length).toBeGreaterThan(data.agreements.length / 2);
  });

  it.each(phraseTable)('finds $slug first for “$phrase”', ({ slug, phrase }) => {
    const [agreements, , quotes] = results(phrase);
    expect(agreements?.items[0]?.id).toBe(`a:${slug}`);
    const firstQuote = quotes?.items[0];
    expect(firstQuote?.href.startsWith(`/agreements/${slug}/#`)).toBe(true);
    expect(squash(plain(firstQuote?.excerpt ?? [])).toLowerCase()).toContain(phrase.toLowerCase());
  });

  it.each(data.agreements.map((a) => [a.shortName, a.slug]))(
    'finds the agreement first by its short name, “%s”',
    (shortName, slug) => {
      expect(results(shortName)[0]?.items[0]?.id).toBe(`a:${slug}`);
    },
  );

  it.each(data.norms.map((n) => [n.title, n.id]))(
    'finds the norm first by its title, “%s”',
    (title, id) => {
      expect(results(title)[1]?.items[0]?.id).toBe(`n:${id}`);
    },
  );
});

describe('groupResults', () => {
  it('returns the three groups in order, agreements, norms, quotes', () => {
    expect(results('privacy').map((g) => g.key)).toEqual(['agreements', 'norms', 'quotes']);
  });

  it('links each quote to the norm block or section that holds it', () => {
    const quotes = results('privacy')[2]?.items ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const item of quotes)
      expect(item.href).toMatch(
        /^\/agreements\/[a-z0-9-]+\/#(norm-\d+|additional-norms|report-commentary)$/u,
      );
  });

  it('marks the query in titles and excerpts', () => {
    const norm = data.norms[5];
    if (!norm) throw new Error('no norm 6');
    const [first] = results(norm.title)[1]?.items ?? [];
    expect(first?.title.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain(
      norm.title.toLowerCase(),
    );
  });

  it('leaves a passage out of the quotes when only its agreement’s name matched', () => {
    const target = data.agreements.find((a) => a.shortName.split(' ').length === 1);
    if (!target) throw new Error('no one-word short name');
    const quotes = results(target.shortName)[2]?.items ?? [];
    for (const item of quotes)
      expect(plain(item.excerpt).toLowerCase()).toContain(target.shortName.toLowerCase());
  });

  it('ranks an agreement by its best hit, on itself or on its passages', () => {
    const a = data.agreements[3];
    if (!a) throw new Error('no fourth agreement');
    const [agreements] = results(displayTitle(a));
    expect(agreements?.items[0]?.id).toBe(`a:${a.slug}`);
    expect(agreements?.items[0]?.context).toMatch(/^Name/u);
  });

  it('cuts each group to its limit and still counts the whole group', () => {
    const limits = { agreements: 2, norms: 1, quotes: 3 };
    const all = results('cyber');
    const cut = results('cyber', limits);
    for (const [i, group] of cut.entries()) {
      expect(group.items.length).toBeLessThanOrEqual(limits[group.key]);
      expect(group.total).toBe(all[i]?.total);
    }
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
    const groups = results('privacy').map((g, i) => ({ ...g, total: totals[i] ?? 0 }));
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
    normId: 1,
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

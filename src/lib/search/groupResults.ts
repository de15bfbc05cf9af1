import { listOf, plural } from '../format';
import type { SearchDocument } from './documents';
import { excerptSegments, highlightRanges, type TextSegment } from './excerpt';
import type { SearchHit } from './searcher';

/** The three groups results are shown in, in this order. */
export const RESULT_GROUPS = {
  agreements: { label: 'Agreements', noun: 'agreement' },
  norms: { label: 'Norms', noun: 'norm' },
  quotes: { label: 'Quotes and additional norms', noun: 'passage' },
} as const;
export type ResultGroupKey = keyof typeof RESULT_GROUPS;

/** One result, ready to show: what it is, where it links, and its text with the matches marked. */
export interface ResultItem {
  /** The search document's id, unique across groups. */
  id: string;
  /** Site path (without the base) of the exact place: a page, a `#norm-<n>` block or a section. */
  href: string;
  title: TextSegment[];
  /** Where the match is, in words ("Evidence for norm 5, Article 3"); empty for a norm. */
  context: string;
  /** An excerpt of the matched text, matches marked; empty when only the title matched. */
  excerpt: TextSegment[];
}

export interface ResultGroup {
  key: ResultGroupKey;
  label: string;
  /** The best results, at most the group's limit. */
  items: ResultItem[];
  /** How many results the group has before the limit. */
  total: number;
}

/** How many results each group shows. */
export type GroupLimits = Record<ResultGroupKey, number>;

/** Characters of context either side of the first match in a long passage, unless told otherwise. */
const EXCERPT_RADIUS = 80;

/**
 * How well a document matches, before fuse's fuzzy score: 0 when its name holds the whole query, 1
 * when its text does, 2 when a field holds every word of the query, 3 for a fuzzy match. A phrase
 * copied from a quote must find that quote (and its agreement) first, even where a shorter passage
 * matches more loosely; a passage never matches by its agreement's name.
 */
export function matchTier(doc: SearchDocument, query: string): 0 | 1 | 2 | 3 {
  const q = normalise(query);
  const words = q.split(' ').filter((w) => w.length >= 2);
  const names = (
    doc.type === 'agreement' ? [doc.title, doc.shortName] : doc.type === 'norm' ? [doc.title] : []
  ).map(normalise);
  const text = normalise(doc.text);
  if (q === '') return 3;
  if (names.some((f) => f.includes(q))) return 0;
  if (text.includes(q)) return 1;
  if (words.length > 0 && [...names, text].some((f) => words.every((w) => f.includes(w)))) return 2;
  return 3;
}

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * Hits best first: by `matchTier`, then fuse's score, then the index's own order. When some hits hold
 * the query's words, the fuzzy ones are dropped: they are stray syllables ("enter-pris-es" for
 * "paris") that bury real results. A misspelt query, which nothing holds, keeps its fuzzy hits.
 */
export function rankHits(hits: readonly SearchHit[], query: string): SearchHit[] {
  const ranked = hits
    .map((hit, index) => ({ hit, index, tier: matchTier(hit.doc, query) }))
    .sort((a, b) => a.tier - b.tier || a.hit.score - b.hit.score || a.index - b.index);
  const exact = ranked.some((r) => r.tier < 3);
  return ranked.filter((r) => !exact || r.tier < 3).map(({ hit }) => hit);
}

/** Whether a hit is on a passage's own words (not only on its agreement's name). */
function isPassageMatch(hit: SearchHit): boolean {
  return (hit.doc.type === 'quote' || hit.doc.type === 'additional-norm') && hit.field === 'text';
}

/**
 * Groups search hits into agreements, norms and quotes, each ranked by `rankHits`. An agreement ranks
 * by its best hit, on itself or on any of its passages. `docs` (the whole index) names agreements that
 * only matched through a passage. `radius` sets how much of a long passage the excerpt keeps.
 */
export function groupResults(
  hits: readonly SearchHit[],
  query: string,
  docs: readonly SearchDocument[],
  limits: GroupLimits,
  radius = EXCERPT_RADIUS,
): ResultGroup[] {
  const ranked = rankHits(hits, query);
  const mark: Marker = (text, ranges = []) =>
    excerptSegments(text, highlightRanges(text, query, ranges), { radius });
  const agreementDocs = new Map(
    docs.flatMap((d) => (d.type === 'agreement' ? [[d.slug, d] as const] : [])),
  );
  const bySlug = new Map<string, SearchHit[]>();
  for (const hit of ranked) {
    if (hit.doc.type === 'norm') continue;
    if (hit.doc.type !== 'agreement' && !isPassageMatch(hit)) continue;
    bySlug.set(hit.doc.slug, [...(bySlug.get(hit.doc.slug) ?? []), hit]);
  }
  const agreements = [...bySlug.entries()].flatMap(([slug, slugHits]) => {
    const doc = agreementDocs.get(slug);
    return doc ? [agreementItem(doc, slugHits, mark)] : [];
  });
  const norms = ranked.filter((h) => h.doc.type === 'norm').map((h) => docItem(h, mark));
  const quotes = ranked.filter(isPassageMatch).map((h) => docItem(h, mark));
  const group = (key: ResultGroupKey, items: ResultItem[]): ResultGroup => ({
    key,
    label: RESULT_GROUPS[key].label,
    items: items.slice(0, limits[key]),
    total: items.length,
  });
  // A page the query names (norm 11 for "vulnerability disclosure") comes before pages and passages
  // that merely mention it: the group holding a name match moves to the front.
  const named = (type: SearchDocument['type']) =>
    ranked.some((h) => h.doc.type === type && matchTier(h.doc, query) === 0);
  const order: ResultGroupKey[] =
    named('norm') && !named('agreement')
      ? ['norms', 'agreements', 'quotes']
      : ['agreements', 'norms', 'quotes'];
  const items: Record<ResultGroupKey, ResultItem[]> = { agreements, norms, quotes };
  return order.map((key) => group(key, items[key]));
}

/** Text cut to an excerpt around its matches, the matches marked. */
type Marker = (text: string, ranges?: SearchHit['ranges']) => TextSegment[];

/** An agreement's result: its title, and what matched, on itself or in its passages. */
function agreementItem(
  doc: Extract<SearchDocument, { type: 'agreement' }>,
  hits: readonly SearchHit[],
  mark: Marker,
): ResultItem {
  const own = hits.find((h) => h.doc.type === 'agreement');
  const passages = hits.filter((h) => h.doc.type !== 'agreement');
  const ownText = own !== undefined && own.ranges.length > 0;
  const first = passages[0];
  const context = [
    doc.title !== doc.shortName && doc.title,
    own && (ownText ? 'Name, organisation or description' : 'Name'),
    first &&
      (passages.length === 1
        ? `One matching passage: ${lowerFirst(placeOf(first.doc))}`
        : `${passages.length} matching passages, the best: ${lowerFirst(placeOf(first.doc))}`),
  ];
  return {
    id: doc.id,
    href: doc.href,
    title: mark(doc.shortName),
    context: context.filter(Boolean).join(' · '),
    excerpt: ownText ? mark(doc.text, own.ranges) : [],
  };
}

/** A norm's or a passage's result. */
function docItem(hit: SearchHit, mark: Marker): ResultItem {
  const { doc } = hit;
  const title = doc.type === 'norm' ? `Norm ${doc.normId}: ${doc.title}` : doc.shortName;
  return {
    id: doc.id,
    href: doc.href,
    title: mark(title),
    context: placeOf(doc),
    excerpt: mark(doc.text, hit.ranges),
  };
}

/** Where in its agreement a passage sits, in words. */
export function placeOf(doc: SearchDocument): string {
  if (doc.type === 'agreement' || doc.type === 'norm') return '';
  const place =
    doc.type === 'additional-norm'
      ? 'An additional norm'
      : doc.normIds.length > 0
        ? `Evidence for ${doc.normIds.length === 1 ? 'norm' : 'norms'} ${listOf(doc.normIds.map(String))}`
        : 'The report’s framing';
  return doc.locator ? `${place}, ${doc.locator}` : place;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** What was found, in words: "3 agreements, 1 norm and 12 passages", or "No results". */
export function resultsSummary(groups: readonly ResultGroup[]): string {
  const parts = groups
    .filter((g) => g.total > 0)
    .map((g) => plural(g.total, RESULT_GROUPS[g.key].noun));
  return parts.length === 0 ? 'No results' : listOf(parts);
}

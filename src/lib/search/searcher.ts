import Fuse, { type Expression, type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchDocument } from './documents';
import { MAX_QUERY_LENGTH } from './limits';
import { nearestWords, queryWords, vocabulary } from './words';

export { MAX_QUERY_LENGTH };

/** The fields searched, with weights: names count more than long passages. */
export const SEARCH_KEYS = [
  { name: 'shortName', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'text', weight: 1 },
];

/**
 * Fuse options shared by the build (index) and the browser (search). Documents are matched with
 * fuse.js's extended search, word by word (`'word`: the text contains it), which is fast on long
 * passages; typos are forgiven per word, against the vocabulary of the documents (see `createSearcher`).
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: SEARCH_KEYS,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** What the build ships as `/search-index.json`: the documents, Fuse's prebuilt index, the words. */
export interface SearchPayload {
  /** Dataset version the index was built from. */
  version: string;
  docs: SearchDocument[];
  index: ReturnType<FuseIndex<SearchDocument>['toJSON']>;
  /** Every distinct word of the searched fields, lower case: what a mistyped word is matched to. */
  words: string[];
}

/** Builds the payload once, at build time. */
export function buildSearchPayload(docs: SearchDocument[], version: string): SearchPayload {
  const index = Fuse.createIndex(SEARCH_KEYS, docs);
  return { version, docs, index: index.toJSON(), words: vocabulary(docs) };
}

/** A match: the document, its score (0 = exact), and the character ranges that matched in `text`. */
export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** Ranges `[start, end]` (inclusive) of `doc.text` that matched, for highlighting. */
  ranges: [number, number][];
  /** Which field matched best. */
  field: string;
}

/** How many known words a mistyped word may stand for. */
const ALTERNATIVES = 3;

/** A search function over a payload, reusing its prebuilt index (no re-indexing in the browser). */
export function createSearcher(
  payload: SearchPayload,
): (query: string, limit?: number) => SearchHit[] {
  const fuse = new Fuse(payload.docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDocument>(payload.index));
  const words = payload.words;

  /** The words a query word stands for: itself when some word contains it, else its nearest words. */
  const meanings = (word: string): string[] =>
    words.some((w) => w.includes(word)) ? [word] : nearestWords(word, words, ALTERNATIVES);

  return (query, limit = 50) => {
    const q = query.trim().slice(0, MAX_QUERY_LENGTH);
    if (q.length < 2) return [];
    const groups = queryWords(q).map(meanings);
    if (groups.length === 0 || groups.some((g) => g.length === 0)) return [];
    // Every query word must match (AND); a mistyped word may match any of its alternatives (OR).
    const expression: Expression = {
      $and: groups.map((alternatives) => ({
        $or: SEARCH_KEYS.flatMap(({ name }) => alternatives.map((w) => ({ [name]: `'${w}` }))),
      })),
    };
    const phrase = q.toLowerCase().replace(/\s+/gu, ' ');
    return (
      fuse
        .search(expression, { limit: Math.max(limit, 200) })
        .map(toHit)
        .map((hit, rank) => ({ hit, rank, exact: containsPhrase(hit.doc, phrase) }))
        // The whole phrase, as typed, ranks first; fuse's order otherwise.
        .sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank)
        .slice(0, limit)
        .map(({ hit }) => hit)
    );
  };
}

function containsPhrase(doc: SearchDocument, phrase: string): boolean {
  const fields = [
    doc.text,
    'shortName' in doc ? doc.shortName : '',
    'title' in doc ? doc.title : '',
  ];
  return fields.some((f) => f.toLowerCase().replace(/\s+/gu, ' ').includes(phrase));
}

function toHit(result: FuseResult<SearchDocument>): SearchHit {
  const matches = result.matches ?? [];
  const textMatch = matches.find((m) => m.key === 'text');
  const best = textMatch ?? matches[0];
  return {
    doc: result.item,
    score: result.score ?? 1,
    ranges: (textMatch?.indices ?? []).map(([s, e]) => [s, e] as [number, number]),
    field: best?.key ?? 'text',
  };
}

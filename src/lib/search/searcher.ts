import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchDocument } from './documents';
import { MAX_QUERY_LENGTH } from './limits';

/** The fields searched, with weights: names count more than long passages. */
export const SEARCH_KEYS = [
  { name: 'shortName', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'text', weight: 1 },
];

/** Fuse options shared by the build (index) and the browser (search). */
export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: SEARCH_KEYS,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** What the build ships as `/search-index.json`: the documents and Fuse's prebuilt index. */
export interface SearchPayload {
  /** Dataset version the index was built from. */
  version: string;
  docs: SearchDocument[];
  index: ReturnType<FuseIndex<SearchDocument>['toJSON']>;
}

/** Builds the payload once, at build time. */
export function buildSearchPayload(docs: SearchDocument[], version: string): SearchPayload {
  const index = Fuse.createIndex(SEARCH_KEYS, docs);
  return { version, docs, index: index.toJSON() };
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

export { MAX_QUERY_LENGTH };

/** A search function over a payload, reusing its prebuilt index (no re-indexing in the browser). */
export function createSearcher(
  payload: SearchPayload,
): (query: string, limit?: number) => SearchHit[] {
  const fuse = new Fuse(payload.docs, FUSE_OPTIONS, Fuse.parseIndex<SearchDocument>(payload.index));
  return (query, limit = 50) => {
    const q = query.trim().slice(0, MAX_QUERY_LENGTH);
    if (q.length < 2) return [];
    return fuse.search(q, { limit }).map(toHit);
  };
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

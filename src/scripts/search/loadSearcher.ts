import { withBase } from '../../lib/base';
import type { SearchDocument } from '../../lib/search/documents';
import { createSearcher, type SearchHit, type SearchPayload } from '../../lib/search/searcher';

export type Search = (query: string, limit?: number) => SearchHit[];

/** The search and the documents it searches (to name an agreement found through its passages). */
export interface LoadedIndex {
  search: Search;
  docs: SearchDocument[];
}

let index: Promise<LoadedIndex> | null = null;

/**
 * fuse.js over the prebuilt index (`/search-index.json`), loaded once per page on first need and
 * shared by every search on it (matrix, header, search page). Import this module dynamically, so that
 * fuse.js stays out of the page's first load.
 */
export function loadIndex(): Promise<LoadedIndex> {
  index ??= fetch(withBase('/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then((payload) => ({ search: createSearcher(payload), docs: payload.docs }));
  index.catch(() => {
    index = null; // let a later attempt retry
  });
  return index;
}

/** The search function alone. */
export function loadSearcher(): Promise<Search> {
  return loadIndex().then(({ search }) => search);
}

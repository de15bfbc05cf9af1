import { withBase } from '../../lib/base';
import { createSearcher, type SearchHit, type SearchPayload } from '../../lib/search/searcher';

export type Search = (query: string, limit?: number) => SearchHit[];

let searcher: Promise<Search> | null = null;

/**
 * fuse.js over the prebuilt index (`/search-index.json`), loaded once per page on first need. Import
 * this module dynamically, so that fuse.js stays out of the page's first load.
 */
export function loadSearcher(): Promise<Search> {
  searcher ??= fetch(withBase('/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then(createSearcher);
  searcher.catch(() => {
    searcher = null; // let a later attempt retry
  });
  return searcher;
}

import { withBase } from '../../lib/base';
import type { SearchDocument } from '../../lib/search/documents';
import { createSearcher, type SearchHit, type SearchPayload } from '../../lib/search/searcher';

export interface LoadedIndex {
  search: (query: string, limit?: number) => SearchHit[];
  docs: SearchDocument[];
}

let loading: Promise<LoadedIndex> | null = null;

/** The prebuilt index (`/search-index.json`), fetched once per page and shared by every search box. */
export function loadIndex(): Promise<LoadedIndex> {
  loading ??= fetch(withBase('/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then((payload) => ({ search: createSearcher(payload), docs: payload.docs }));
  loading.catch(() => {
    loading = null; // let the next keystroke try again
  });
  return loading;
}

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { matchesByAgreement, type RowMatch } from '../../lib/matrixView/matches';
import type { Search } from '../../scripts/search/loadSearcher';

/** Enough hits to reach every agreement a query matches, not just the best few. */
const HIT_LIMIT = 1000;

/** fuse.js and the index, fetched on the first search (not with the page). */
const loadSearcher = () =>
  import('../../scripts/search/loadSearcher').then((module) => module.loadSearcher());

export type SearchState =
  | { status: 'idle'; matches: null }
  | { status: 'loading'; matches: null }
  | { status: 'error'; matches: null }
  | { status: 'ready'; matches: Map<string, RowMatch> };

/**
 * The agreements the search text matches, each with its best hit. The query is deferred so that
 * typing never waits for the table to re-render.
 */
export function useSearchMatches(query: string): SearchState {
  const deferred = useDeferredValue(query.trim());
  const [search, setSearch] = useState<Search | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (deferred === '' || search) return;
    let live = true;
    loadSearcher().then(
      (s) => {
        if (live) setSearch(() => s);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [deferred, search]);

  return useMemo((): SearchState => {
    if (deferred === '') return { status: 'idle', matches: null };
    if (failed) return { status: 'error', matches: null };
    if (!search) return { status: 'loading', matches: null };
    return { status: 'ready', matches: matchesByAgreement(search(deferred, HIT_LIMIT)) };
  }, [deferred, search, failed]);
}

import { useEffect } from 'react';

/** How a change reaches the browser history: a new entry, or replacing the current one (typing). */
export type HistoryMode = 'push' | 'replace';

/**
 * Puts `search` (with its leading `?`, or '' for none) into the address bar, keeping the path and
 * the hash; adds no history entry when the address would not change.
 */
export function writeQueryString(search: string, mode: HistoryMode = 'push'): void {
  const { pathname, hash } = window.location;
  const url = `${pathname}${search}${hash}`;
  if (url === `${pathname}${window.location.search}${hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * Calls `read` once mounted (the server renders without the query string) and again whenever back
 * or forward changes the address. Pass a stable function (`useCallback`).
 */
export function useQueryStringReader(read: () => void): void {
  useEffect(() => {
    read();
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('popstate', read);
    };
  }, [read]);
}

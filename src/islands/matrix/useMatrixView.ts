import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_VIEW,
  parseMatrixView,
  serialiseMatrixView,
  type MatrixView,
} from '../../lib/matrixView/state';

/** How a change reaches the browser history: a new entry, or replacing the current one (typing). */
export type HistoryMode = 'push' | 'replace';

/**
 * The matrix view, kept in the query string. The server renders the default view; on mount the view
 * is read from the URL, and back/forward restore earlier views.
 */
export function useMatrixView(
  knownSlugs: ReadonlySet<string>,
): [MatrixView, (change: Partial<MatrixView>, mode?: HistoryMode) => void] {
  const [view, setView] = useState<MatrixView>(DEFAULT_VIEW);

  useEffect(() => {
    const read = () => {
      setView(parseMatrixView(window.location.search, knownSlugs));
    };
    read();
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('popstate', read);
    };
  }, [knownSlugs]);

  const update = useCallback((change: Partial<MatrixView>, mode: HistoryMode = 'push') => {
    setView((current) => {
      const next = { ...current, ...change };
      const url = `${window.location.pathname}${serialiseMatrixView(next)}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);

  return [view, update];
}

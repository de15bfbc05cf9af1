import { useCallback, useState } from 'react';
import {
  DEFAULT_VIEW,
  parseMatrixView,
  serialiseMatrixView,
  type MatrixView,
} from '../../lib/matrixView/state';
import { useQueryStringReader, writeQueryString, type HistoryMode } from '../shared/queryString';

/**
 * The matrix view, kept in the query string. The server renders the default view; on mount the view
 * is read from the URL, and back/forward restore earlier views.
 */
export function useMatrixView(
  knownSlugs: ReadonlySet<string>,
): [MatrixView, (change: Partial<MatrixView>, mode?: HistoryMode) => void] {
  const [view, setView] = useState<MatrixView>(DEFAULT_VIEW);

  useQueryStringReader(
    useCallback(() => {
      setView(parseMatrixView(window.location.search, knownSlugs));
    }, [knownSlugs]),
  );

  const update = useCallback((change: Partial<MatrixView>, mode: HistoryMode = 'push') => {
    setView((current) => {
      const next = { ...current, ...change };
      writeQueryString(serialiseMatrixView(next), mode);
      return next;
    });
  }, []);

  return [view, update];
}

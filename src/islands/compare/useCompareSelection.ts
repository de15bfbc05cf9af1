import { useCallback, useState } from 'react';
import {
  COMPARE_KEY,
  compareSearch,
  parseCompareSelection,
  type CompareSelection,
} from '../../lib/compare';
import { useQueryStringReader, writeQueryString } from '../shared/queryString';

const EMPTY: CompareSelection = { slugs: [], unknown: [], leftOut: [] };

/**
 * The chosen agreements, kept in the query string (`?a=x,y`). The server renders an empty choice; on
 * mount the URL is read (and rewritten in the page's own form, so a checkbox form's `a=x&a=y` becomes
 * `a=x,y`), and back/forward restore earlier choices. What the URL named but could not be used stays
 * in `unknown` and `leftOut` until the reader changes the choice.
 */
export function useCompareSelection(
  knownSlugs: readonly string[],
  /** Called with each selection read from the URL (not with the reader's own changes). */
  onRead: (selection: CompareSelection) => void,
): [CompareSelection, (slugs: string[]) => void] {
  const [selection, setSelection] = useState<CompareSelection>(EMPTY);

  useQueryStringReader(
    useCallback(() => {
      const params = new URLSearchParams(window.location.search);
      const parsed = parseCompareSelection(params, knownSlugs);
      setSelection(parsed);
      onRead(parsed);
      if (params.has(COMPARE_KEY)) writeQueryString(compareSearch(parsed.slugs), 'replace');
    }, [knownSlugs, onRead]),
  );

  const choose = useCallback((slugs: string[]) => {
    setSelection({ slugs, unknown: [], leftOut: [] });
    writeQueryString(compareSearch(slugs));
  }, []);

  return [selection, choose];
}

import { useCallback, useRef, useState } from 'react';
import { COMPARE_KEY, parseCompareSelection, type CompareSelection } from '../../lib/compare';
import {
  FULL_VIEW,
  compareLinkSearch,
  parseCompareView,
  type CompareView,
} from '../../lib/compareView';
import { useQueryStringReader, writeQueryString } from '../shared/queryString';

const EMPTY: CompareSelection = { slugs: [], unknown: [], leftOut: [] };

/** The comparison's state as the URL holds it, and the two ways the reader changes it. */
export interface CompareState {
  selection: CompareSelection;
  view: CompareView;
  choose: (slugs: string[]) => void;
  show: (view: CompareView) => void;
}

/**
 * The chosen agreements and the norms table's view, kept in the query string
 * (`?a=x,y&differ=1&norms=5,6`). The server renders an empty choice; on mount the URL is read (and
 * rewritten in the page's own form, so a checkbox form's `a=x&a=y` becomes `a=x,y` and bad view
 * values drop out), and back/forward restore earlier states. What the URL named but could not be
 * used stays in `unknown` and `leftOut` until the reader changes the choice.
 */
export function useCompareSelection(
  knownSlugs: readonly string[],
  normIds: readonly number[],
  /** Called with each selection read from the URL (not with the reader's own changes). */
  onRead: (selection: CompareSelection) => void,
): CompareState {
  const [selection, setSelection] = useState<CompareSelection>(EMPTY);
  const [view, setView] = useState<CompareView>(FULL_VIEW);
  // The latest of both, for writing one without losing the other.
  const current = useRef({ slugs: EMPTY.slugs, view: FULL_VIEW });

  useQueryStringReader(
    useCallback(() => {
      const params = new URLSearchParams(window.location.search);
      const parsed = parseCompareSelection(params, knownSlugs);
      const readView = parseCompareView(params, normIds);
      current.current = { slugs: parsed.slugs, view: readView };
      setSelection(parsed);
      setView(readView);
      onRead(parsed);
      if (params.has(COMPARE_KEY))
        writeQueryString(compareLinkSearch(parsed.slugs, readView), 'replace');
    }, [knownSlugs, normIds, onRead]),
  );

  const choose = useCallback((slugs: string[]) => {
    current.current = { ...current.current, slugs };
    setSelection({ slugs, unknown: [], leftOut: [] });
    writeQueryString(compareLinkSearch(slugs, current.current.view));
  }, []);

  const show = useCallback((next: CompareView) => {
    current.current = { ...current.current, view: next };
    setView(next);
    writeQueryString(compareLinkSearch(current.current.slugs, next), 'replace');
  }, []);

  return { selection, view, choose, show };
}

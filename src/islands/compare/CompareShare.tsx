import { absoluteUrl, withBase } from '../../lib/base';
import { pageCitation } from '../../lib/cite';
import { listOf } from '../../lib/format';
import { paths } from '../../lib/urls';
import type { CompareCitation } from './types';
import './compareTools.css';

interface Props {
  /** The short names of the compared agreements, in order. */
  names: readonly string[];
  /** The page's query string for the selection and view (`?a=x,y&differ=1`). */
  search: string;
  citation: CompareCitation;
}

/**
 * "Copy link" and "Cite this comparison" for the current selection, the same two tools every reading
 * page has (CopyLink, CiteThis) and handled by the same script (src/scripts/copy.ts). Drawn only once
 * the island runs, so the absolute URL is this page's own origin and base.
 */
export function CompareShare({ names, search, citation }: Props) {
  const path = `${paths.compare}${search}`;
  const text = pageCitation({
    ...citation,
    title: `Comparison of ${listOf(names)}`,
    url: absoluteUrl(path, window.location.origin),
  });
  return (
    <div className="compare-share no-print">
      <span className="copy-link">
        <a href={withBase(path)} data-copy-link="">
          Copy link<span className="visually-hidden"> to this comparison</span>
        </a>
        <span className="status" data-copy-status="" role="status" />
      </span>
      <details className="cite">
        <summary>Cite this comparison</summary>
        <pre id="compare-citation">{text}</pre>
        <button type="button" className="button" data-copy-target="compare-citation">
          Copy citation
        </button>
        <p className="status small" data-copy-status="" role="status" />
      </details>
    </div>
  );
}

import type { Evidence } from '../../schemas/evidence';
import { EVIDENCE_KINDS } from '../../schemas/values';
import { withBase } from '../../lib/base';

interface Props {
  items: readonly Evidence[];
  /** For each item, the site path of its passage in the source reader (no link when missing). */
  sourceHrefs: readonly string[];
  /** How to name the source in links, e.g. "the report". */
  sourceName?: string;
}

/**
 * A list of evidence passages, each with its kind, heading, locator and a link to its place in the
 * source: one component for the reading pages (rendered to static HTML by Astro) and the islands.
 */
export function EvidenceItems({ items, sourceHrefs, sourceName = 'the report' }: Props) {
  return (
    <ol className="evidence-list" role="list">
      {items.map((item, i) => {
        const href = sourceHrefs[i];
        return (
          <li className={`evidence kind-${item.kind}`} key={i}>
            {item.kind !== 'quote' && <p className="kind">{EVIDENCE_KINDS[item.kind].label}</p>}
            {item.heading && <p className="heading">{item.heading}</p>}
            {item.kind === 'quote' ? (
              <blockquote>{item.text}</blockquote>
            ) : (
              <p className="text">{item.text}</p>
            )}
            <p className="meta">
              {item.locator && <span className="locator">{item.locator}</span>}
              {href && (
                <a href={withBase(href)} className="to-source">
                  {`See it in ${sourceName}`}
                </a>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

import type { Evidence } from '../../schemas/evidence';
import { EVIDENCE_KINDS } from '../../schemas/values';
import { withBase } from '../../lib/base';

interface Props {
  items: readonly Evidence[];
  /** For each item, the site path of its passage in the source reader. */
  sourceHref: (index: number) => string;
  /** Index of the first item, when a list continues another. */
  start?: number;
}

/** Evidence passages as EvidenceList.astro shows them (same classes, same look). */
export function EvidenceItems({ items, sourceHref, start = 0 }: Props) {
  return (
    <ol className="evidence-list" role="list">
      {items.map((item, i) => (
        <li className={`evidence kind-${item.kind}`} key={start + i}>
          {item.kind !== 'quote' && <p className="kind">{EVIDENCE_KINDS[item.kind].label}</p>}
          {item.heading && <p className="heading">{item.heading}</p>}
          {item.kind === 'quote' ? (
            <blockquote>{item.text}</blockquote>
          ) : (
            <p className="text">{item.text}</p>
          )}
          <p className="meta">
            {item.locator && <span className="locator">{item.locator}</span>}
            <a href={withBase(sourceHref(start + i))}>See it in the report</a>
          </p>
        </li>
      ))}
    </ol>
  );
}

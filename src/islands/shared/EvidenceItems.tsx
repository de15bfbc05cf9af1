import { EVIDENCE_KINDS, LABELS, type Label } from '../../schemas/values';
import type { Evidence } from '../../schemas/evidence';
import { withBase } from '../../lib/base';
import { quoteAnchor, sourcePath } from '../../lib/urls';

/** The report's label as a badge (the same look as the pages' ReportLabel component). */
export function LabelBadge({
  label,
  wording,
}: {
  label: Label;
  wording?: string | null | undefined;
}) {
  const text = label === 'unlabeled' ? 'No marker' : (wording ?? LABELS[label].label);
  return (
    <span className={`report-label is-${label === 'n/a' ? 'na' : label}`}>
      <span className="symbol" aria-hidden="true">
        {LABELS[label].symbol}
      </span>
      {text}
    </span>
  );
}

/** A cell's evidence, each passage linked to its place in the report reader. */
export function EvidenceItems({
  items,
  slug,
  normId,
  reportId,
  start = 0,
}: {
  items: readonly Evidence[];
  slug: string;
  normId: number;
  reportId: string;
  /** The position in the cell of the first item, when a list continues another. */
  start?: number;
}) {
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
            <a
              href={withBase(
                sourcePath(reportId, quoteAnchor(slug, { part: 'norm', normId, index: start + i })),
              )}
            >
              See it in the report
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}

import { LABELS, type Label } from '../../schemas/values';

/** The report's marker for a cell, with its symbol: the island twin of ReportLabel.astro. */
export function ReportLabelTag({ label, wording }: { label: Label; wording?: string | null }) {
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

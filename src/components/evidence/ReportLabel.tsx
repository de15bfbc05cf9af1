import { LABELS, type Label } from '../../schemas/values';

interface Props {
  label: Label;
  /** The report's exact wording when it qualifies the label, e.g. "Yes (indirectly)". */
  wording?: string | undefined;
}

/**
 * The report's label for a cell as a badge: one component for the reading pages (rendered to static
 * HTML by Astro) and the islands.
 */
export function ReportLabel({ label, wording }: Props) {
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

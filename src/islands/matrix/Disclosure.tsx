import { useRef, type ReactNode } from 'react';

interface Props {
  /** What the summary says, e.g. "More filters (2 on)". */
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A button of the filter bar that drops a panel over the page below the bar (CSS), so opening it
 * never pushes the matrix down. Disclosures of one bar share a `name`, so opening one closes the
 * other; Escape closes it and puts focus back on its summary.
 */
export function Disclosure({ summary, className, children }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={ref}
      name="matrix-filters"
      className={['disclosure', className].filter(Boolean).join(' ')}
      onKeyDown={(event) => {
        const details = ref.current;
        if (event.key !== 'Escape' || !details?.open) return;
        event.stopPropagation();
        details.open = false;
        details.querySelector('summary')?.focus();
      }}
    >
      <summary>{summary}</summary>
      <div className="disclosure-panel">{children}</div>
    </details>
  );
}

interface Props {
  /** The passage's permalink, already under the base path. */
  permalink: string;
  /** False for a placeholder the report left: there is nothing to quote. */
  copyable: boolean;
}

/**
 * A passage's two small actions: its permalink and "Copy with citation". The button stays hidden
 * until src/scripts/copyQuote.ts runs (it marks the page), so a page without JavaScript shows no
 * dead control; the status after it announces the result.
 */
export function QuoteActions({ permalink, copyable }: Props) {
  return (
    <span className="quote-actions no-print">
      <a href={permalink} className="permalink">
        Permalink<span className="visually-hidden"> to this passage</span>
      </a>
      {copyable && (
        <>
          <button type="button" className="quote-copy" data-copy-quote="">
            Copy with citation
          </button>
          <span className="quote-status" role="status" />
        </>
      )}
    </span>
  );
}

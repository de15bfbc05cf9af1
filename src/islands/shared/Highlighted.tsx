import type { TextSegment } from '../../lib/search/excerpt';

/** Text with its matched parts in <mark>; the text is rendered as text, never as markup. */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

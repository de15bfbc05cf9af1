/** A half-open span `[start, end)` of a text. */
export interface TextSpan {
  start: number;
  end: number;
}

interface Props {
  text: string;
  /** The runs to mark, as spans of `text`; they may come in any order and overlap. */
  spans: readonly TextSpan[];
}

/** The spans in order, overlapping or touching ones joined. */
export function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const merged: TextSpan[] = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * A text with the words it shares with the 2015 GGE wording marked: `<mark class="shared-run">`,
 * underlined as well as shaded so the mark never rests on colour alone. A screen reader hears where
 * each run starts and ends from the mark's generated text (src/styles/evidence.css), which copying
 * the text leaves out, so a copied quote stays verbatim. The text itself is never changed.
 */
export function SharedRunsText({ text, spans }: Props) {
  const parts: (string | { run: string })[] = [];
  let at = 0;
  for (const { start, end } of mergeSpans(spans)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ run: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark className="shared-run" key={i}>
            {part.run}
          </mark>
        ),
      )}
    </>
  );
}

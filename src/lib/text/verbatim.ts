/**
 * Whitespace-insensitive matching, the rule for "verbatim" in this project: a quote matches its source
 * when the two are equal once all whitespace is removed, so a line broken by the PDF extraction may be
 * joined with a space (or without one, after a hyphen) and still count as the same text.
 */

/** A text with its whitespace removed, and for each kept character its offset in the original. */
export interface CompactText {
  readonly original: string;
  readonly compact: string;
  readonly offsets: readonly number[];
}

const whitespace = /\s/u;

/** Removes all whitespace from `text`, remembering where each kept character came from. */
export function compactText(text: string): CompactText {
  let compact = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!whitespace.test(ch)) {
      compact += ch;
      offsets.push(i);
    }
  }
  return { original: text, compact, offsets };
}

/** `text` with all whitespace removed. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A half-open span `[start, end)` of offsets in an original text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Finds `needle` in `haystack` ignoring whitespace, within `within` (original offsets) when given.
 * Returns the span the match covers in the original text, or null when the needle is not there.
 */
export function findVerbatim(haystack: CompactText, needle: string, within?: Span): Span | null {
  const target = stripWhitespace(needle);
  if (target.length === 0) return null;
  const from = within ? firstCompactIndexAtOrAfter(haystack, within.start) : 0;
  const index = haystack.compact.indexOf(target, from);
  if (index < 0) return null;
  const start = haystack.offsets[index] as number;
  const end = (haystack.offsets[index + target.length - 1] as number) + 1;
  if (within && end > within.end) return null;
  return { start, end };
}

/** Finds the last whitespace-insensitive occurrence of `needle`, as an original span. */
export function findLastVerbatim(haystack: CompactText, needle: string): Span | null {
  const target = stripWhitespace(needle);
  const index = target.length === 0 ? -1 : haystack.compact.lastIndexOf(target);
  if (index < 0) return null;
  return {
    start: haystack.offsets[index] as number,
    end: (haystack.offsets[index + target.length - 1] as number) + 1,
  };
}

/** Index into `compact` of the first kept character at or after original offset `offset`. */
function firstCompactIndexAtOrAfter(text: CompactText, offset: number): number {
  let lo = 0;
  let hi = text.offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((text.offsets[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

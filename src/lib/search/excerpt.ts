/** A piece of text to show, marked when it matched the search. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched segments from inclusive `[start, end]` ranges (as fuse.js gives
 * them), cut to a window of about `radius` characters around the first long-enough match so that a
 * long quote shows where it matched. Ranges are sorted, clamped and merged first; shorter ranges
 * than `minLength` (stray single letters of a fuzzy match) are not marked.
 */
export function excerptSegments(
  text: string,
  ranges: readonly (readonly [number, number])[],
  { radius = Infinity, minLength = 2 }: { radius?: number; minLength?: number } = {},
): TextSegment[] {
  const marked = mergeRanges(ranges, text.length).filter(([s, e]) => e - s + 1 >= minLength);
  const first = marked[0];
  let from = 0;
  let to = text.length;
  if (first && Number.isFinite(radius)) {
    from = wordStart(text, Math.max(0, first[0] - radius));
    to = wordEnd(text, Math.min(text.length, first[1] + 1 + radius));
  } else if (!first && Number.isFinite(radius)) {
    to = wordEnd(text, Math.min(text.length, radius * 2));
  }
  const segments: TextSegment[] = [];
  let at = from;
  for (const [s, e] of marked) {
    const start = Math.max(s, from);
    const end = Math.min(e + 1, to);
    if (start >= end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  const [head] = segments;
  if (from > 0 && head) segments[0] = { ...head, text: `…${head.text}` };
  const tail = segments.at(-1);
  if (to < text.length && tail) segments[segments.length - 1] = { ...tail, text: `${tail.text}…` };
  return segments;
}

/** Sorted, clamped, non-overlapping ranges. */
function mergeRanges(
  ranges: readonly (readonly [number, number])[],
  length: number,
): [number, number][] {
  const sorted = ranges
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(length - 1, e)])
    .filter(([s, e]) => s <= e)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The start of the word at `i`, so that an excerpt does not begin mid-word. */
function wordStart(text: string, i: number): number {
  if (i === 0) return 0;
  const space = text.lastIndexOf(' ', i);
  return space < 0 ? 0 : space + 1;
}

/** The end of the word at `i`. */
function wordEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const space = text.indexOf(' ', i);
  return space < 0 ? text.length : space;
}

/** Words shorter than this are not marked on their own (they match everywhere). */
const MIN_WORD = 3;

/**
 * The ranges to mark for a query in a text: where the text contains the whole query and each of its
 * words, case-insensitively, merged; only when neither occurs (a fuzzy match) fuse.js's own ranges of at
 * least three characters. Fuzzy ranges alone mark stray syllables, which reads as noise.
 */
export function highlightRanges(
  text: string,
  query: string,
  fuzzyRanges: readonly (readonly [number, number])[],
): [number, number][] {
  const lower = text.toLowerCase();
  const q = query.trim().toLowerCase();
  // Lower-casing can change the length of a few scripts' text; then positions would not line up.
  if (q !== '' && lower.length === text.length) {
    // Every occurrence of the phrase and of each of its words, not only the first word's.
    const words = q.split(/\s+/u).filter((w) => w.length >= MIN_WORD);
    const found = [q, ...words].flatMap((w) => occurrences(lower, w));
    if (found.length > 0) return mergeRanges(found, text.length);
  }
  return fuzzyRanges
    .filter(([s, e]) => e - s + 1 >= MIN_WORD)
    .map(([s, e]): [number, number] => [s, e]);
}

/** Inclusive ranges of every occurrence of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
    found.push([i, i + needle.length - 1]);
  }
  return found;
}

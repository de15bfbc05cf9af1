/**
 * The words the wording measure compares, each with its place in the original text, so that a
 * shared run found between two normalised texts can be highlighted in the texts as printed.
 *
 * Normalisation, applied to each word on its own (so offsets never move):
 * - case is folded and accents are dropped (`État` and `etat` are one word);
 * - curly and straight apostrophes are one character (`State’s` = `State's`);
 * - punctuation, quotation marks, brackets, slashes and dashes (en and em) separate words and are
 *   never part of one: `20/8` is two words, `2010–2013` is two words;
 * - a hyphen inside a word joins its parts into one word (`ICT-dependent` → `ictdependent`), and so
 *   does a hyphen broken across a line (`infra- structure` → `infrastructure`, `non- interference` →
 *   `noninterference`, equal to `non-interference`), unless the part before it is a single letter
 *   (`a- any` is a list marker followed by a word) or the part after it is `and`, `or` or `to`
 *   (`short- and long-term`). So `ICT dependent`, written apart, is not `ICT-dependent`.
 */

/** A word of a text: its normalised form and its half-open span `[start, end)` in the original. */
export interface Word {
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

/** Letters (with their accents), digits and soft hyphens, joined by apostrophes or hyphens. */
const PIECE = /[\p{L}\p{M}\p{N}\u00AD]+(?:['’\u2010\u2011-][\p{L}\p{M}\p{N}\u00AD]+)*/gu;

/** A hyphen at the end of a line, then the line break (or the one space that joined the lines). */
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD]\s+$/u;

/** The words after a hyphen that show it is a suspended compound, not a broken word. */
const SUSPENDED_COMPOUND = new Set(['and', 'or', 'to']);

/** The normal form of a word as printed: see the module comment. */
function normalForm(printed: string): string {
  return printed
    .normalize('NFKD')
    .replace(/[\p{M}\u00AD\u2010\u2011\s-]/gu, '')
    .replace(/’/gu, "'")
    .toLowerCase();
}

/** Whether a word broken by `gap` (a hyphen and a line break) continues with `next`. */
function continuesBrokenWord(before: string, gap: string, next: string): boolean {
  if (!LINE_BREAK_HYPHEN.test(gap)) return false;
  const lastPart = before.split(/['’\u2010\u2011-]/u).at(-1) ?? '';
  if ((lastPart.match(/\p{L}/gu) ?? []).length < 2) return false;
  if (!/^\p{Ll}/u.test(next)) return false;
  const firstPart = next.split(/['’\u2010\u2011-]/u)[0] ?? '';
  return !SUSPENDED_COMPOUND.has(normalForm(firstPart));
}

/** The words of `text` in order, normalised, with their original spans. */
export function wordsOf(text: string): Word[] {
  const pieces = [...text.matchAll(PIECE)].map((m) => ({
    printed: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const merged: { printed: string; start: number; end: number }[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (
      previous &&
      continuesBrokenWord(previous.printed, text.slice(previous.end, piece.start), piece.printed)
    ) {
      previous.printed = text.slice(previous.start, piece.end);
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged.map(({ printed, start, end }) => ({ form: normalForm(printed), start, end }));
}

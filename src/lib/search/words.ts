import { searchedFields, type SearchDocument } from './documents';

/** Splits text into lower-case words of two characters or more (letters and digits only). */
export function queryWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
}

/**
 * Every distinct word of the searched fields, each with the positions (in `docs`, ascending) of the
 * documents that hold it. Its keys are the vocabulary a typo is corrected against; its lists tell
 * which documents a query word can match at all (see `candidateDocuments`).
 */
export function documentsByWord(docs: readonly SearchDocument[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  docs.forEach((doc, position) => {
    for (const word of queryWords(searchedFields(doc).join(' '))) {
      const list = byWord.get(word);
      if (list) list.push(position);
      else byWord.set(word, [position]);
    }
  });
  return byWord;
}

/**
 * The positions (ascending) of the documents that hold, for every group of query words, a word
 * containing one of the group's words. A query word is letters and digits only, so it can occur in
 * a field only inside one of the field's words: these are exactly the documents that fuse.js's
 * `'word` (contains) expression built from the same groups can match, found without reading a text.
 */
export function candidateDocuments(
  groups: readonly (readonly string[])[],
  byWord: ReadonlyMap<string, readonly number[]>,
  documentCount: number,
): number[] {
  const hits = new Uint16Array(documentCount);
  const seenInGroup = new Int32Array(documentCount).fill(-1);
  groups.forEach((alternatives, group) => {
    for (const [word, positions] of byWord) {
      if (!alternatives.some((a) => word.includes(a))) continue;
      for (const p of positions) {
        if (seenInGroup[p] === group) continue;
        seenInGroup[p] = group;
        hits[p] = (hits[p] ?? 0) + 1;
      }
    }
  });
  const candidates: number[] = [];
  hits.forEach((count, position) => {
    if (count === groups.length && count > 0) candidates.push(position);
  });
  return candidates;
}

/**
 * The known words closest to a mistyped one: at most `limit`, within an edit distance of 1 (words
 * up to 4 letters) or 2 (longer words), nearest first. Replaces fuzzy matching over whole passages,
 * which is slow on long texts, by fuzzy matching over the (short) vocabulary.
 */
export function nearestWords(word: string, words: readonly string[], limit = 3): string[] {
  const max = word.length <= 4 ? 1 : 2;
  const found: { w: string; d: number }[] = [];
  for (const w of words) {
    if (Math.abs(w.length - word.length) > max) continue;
    const d = editDistance(word, w, max);
    if (d <= max) found.push({ w, d });
  }
  return found
    .sort((a, b) => a.d - b.d || a.w.localeCompare(b.w))
    .slice(0, limit)
    .map((f) => f.w);
}

/** Levenshtein distance with transpositions, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? Infinity) + 1,
        (current[j - 1] ?? Infinity) + 1,
        (previous[j - 1] ?? Infinity) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? Infinity) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

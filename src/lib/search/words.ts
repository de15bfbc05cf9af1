import type { SearchDocument } from './documents';

/** Splits text into lower-case words of two characters or more (letters and digits only). */
export function queryWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
}

/** Every distinct word of the searched fields, sorted: the vocabulary a typo is corrected against. */
export function vocabulary(docs: readonly SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of docs) {
    const fields = [
      doc.text,
      'shortName' in doc ? doc.shortName : '',
      'title' in doc ? doc.title : '',
    ];
    for (const field of fields) for (const word of queryWords(field)) words.add(word);
  }
  return [...words].sort();
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

import type { Evidence } from '../../schemas/evidence';
import { MIN_CONTENT_WORDS, wordingClass, type WordingClass } from './classes';
import { contentWordCount } from './contentWords';
import { greedyTiles, type Tile } from './tiling';
import { wordsOf, type Word } from './words';

/** A run of words a quote shares with the GGE wording, with spans in both texts as printed. */
export interface SharedRun {
  /** The run in the GGE wording, verbatim (`ggeText.slice(ggeStart, ggeEnd)`). */
  text: string;
  /** Which passage of the cell's evidence it is in (an index into `cell.evidence`). */
  quoteIndex: number;
  /** Half-open span `[quoteStart, quoteEnd)` of the run in that passage's original text. */
  quoteStart: number;
  quoteEnd: number;
  /** Half-open span `[ggeStart, ggeEnd)` of the run in the GGE wording as printed. */
  ggeStart: number;
  ggeEnd: number;
}

/** How closely one cell's quotes follow the GGE wording of its norm. */
export interface WordingResult {
  class: WordingClass;
  /** The share of the GGE wording's words that lie in a counted run of any quote, 0–1. */
  share: number;
  /** The counted runs, by passage and then by place in the passage. */
  runs: SharedRun[];
}

/** A passage of a cell's evidence: only quotes of the agreement are measured. */
export type Passage = Pick<Evidence, 'text' | 'kind'>;

/**
 * Measures the passages of one cell against the GGE wording of its norm. Each quote is tiled
 * against the GGE wording on its own (`greedyTiles`, runs of at least `MIN_CONTENT_WORDS` content
 * words), so two quotes may share the same GGE words; the share counts each GGE word once, however
 * many quotes share it, so a cell's extra passages never lower it. The report's comments and
 * placeholders are not the agreement's words and are skipped, keeping their indexes.
 */
export function measureWording(passages: readonly Passage[], ggeText: string): WordingResult {
  const gge = wordsOf(ggeText);
  const ggeForms = gge.map((word) => word.form);
  const covered = new Set<number>();
  const runs = passages.flatMap((passage, quoteIndex) => {
    if (passage.kind !== 'quote') return [];
    const quote = wordsOf(passage.text);
    const tiles = greedyTiles(
      quote.map((word) => word.form),
      ggeForms,
      (tile) => contentWordCount(formsOf(quote, tile)) >= MIN_CONTENT_WORDS,
    );
    return tiles.map((tile): SharedRun => {
      for (let k = 0; k < tile.length; k++) covered.add(tile.bStart + k);
      const { start: ggeStart, end: ggeEnd } = spanOf(gge, tile.bStart, tile.length);
      const { start: quoteStart, end: quoteEnd } = spanOf(quote, tile.aStart, tile.length);
      const text = ggeText.slice(ggeStart, ggeEnd);
      return { text, quoteIndex, quoteStart, quoteEnd, ggeStart, ggeEnd };
    });
  });
  const share = gge.length === 0 ? 0 : covered.size / gge.length;
  return { class: wordingClass(share, runs.length), share, runs };
}

/** The word forms of a tile, on the quote's side. */
function formsOf(words: readonly Word[], tile: Tile): string[] {
  return words.slice(tile.aStart, tile.aStart + tile.length).map((word) => word.form);
}

/** The original span of `length` words from `first`. */
function spanOf(
  words: readonly Word[],
  first: number,
  length: number,
): { start: number; end: number } {
  return {
    start: (words[first] as Word).start,
    end: (words[first + length - 1] as Word).end,
  };
}

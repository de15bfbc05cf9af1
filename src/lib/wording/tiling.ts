/**
 * Greedy string tiling (Wise, 1993, the algorithm behind plagiarism detectors such as JPlag) over
 * two sequences of word forms. It finds runs of words the two share even when the runs come in a
 * different order in each text, which a longest-common-subsequence diff (difflib's matching blocks)
 * cannot: a text that restates a norm's two sentences in reverse order shares both.
 */

/** A run of `length` words equal in both sequences, from `aStart` in the first and `bStart` in the second. */
export interface Tile {
  readonly aStart: number;
  readonly bStart: number;
  readonly length: number;
}

/**
 * Repeatedly takes the longest run of words that `a` and `b` share among words not yet in a tile,
 * among the runs `counts` accepts, until no run is accepted. Only maximal runs are weighed (runs
 * that no free pair of equal words extends on either side): a run that does not count is not cut
 * into parts that might. Ties go to the run that starts first in `a`, then in `b`, so the result is
 * deterministic. Each word is in at most one tile on each side. Returns the tiles by `aStart`.
 */
export function greedyTiles(
  a: readonly string[],
  b: readonly string[],
  counts: (tile: Tile) => boolean,
): Tile[] {
  const inTileA = new Array<boolean>(a.length).fill(false);
  const inTileB = new Array<boolean>(b.length).fill(false);
  const tiles: Tile[] = [];
  for (;;) {
    const best = longestAcceptedRun(a, b, inTileA, inTileB, counts);
    if (!best) break;
    for (let k = 0; k < best.length; k++) {
      inTileA[best.aStart + k] = true;
      inTileB[best.bStart + k] = true;
    }
    tiles.push(best);
  }
  return tiles.sort((x, y) => x.aStart - y.aStart);
}

/** The longest accepted maximal run of equal words outside any tile, or null when there is none. */
function longestAcceptedRun(
  a: readonly string[],
  b: readonly string[],
  inTileA: readonly boolean[],
  inTileB: readonly boolean[],
  counts: (tile: Tile) => boolean,
): Tile | null {
  const free = (i: number, j: number): boolean => !inTileA[i] && !inTileB[j] && a[i] === b[j];
  let best: Tile | null = null;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      // Only runs that cannot be extended to the left, measured to their right end.
      if (!free(i, j) || (i > 0 && j > 0 && free(i - 1, j - 1))) continue;
      let length = 1;
      while (i + length < a.length && j + length < b.length && free(i + length, j + length)) {
        length++;
      }
      const run = { aStart: i, bStart: j, length };
      if ((!best || length > best.length) && counts(run)) best = run;
    }
  }
  return best;
}

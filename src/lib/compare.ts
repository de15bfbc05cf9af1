/** The comparison of two to four agreements: who is chosen (from the URL), and what they share. */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export interface CompareSelection {
  /** Known slugs, in the order given, once each, at most COMPARE_MAX. */
  slugs: string[];
  /** Slugs that name no agreement (dropped, and said so). */
  unknown: string[];
  /** Known slugs beyond the fourth (dropped, and said so). */
  overflow: string[];
}

/**
 * Reads `a` from a query string: a comma-separated list (`?a=x,y`, what the page writes) or repeated
 * keys (`?a=x&a=y`, what the no-JavaScript form sends), or both. Never throws.
 */
export function parseCompareSelection(
  search: string | URLSearchParams,
  known: ReadonlySet<string>,
): CompareSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const given = params
    .getAll('a')
    .flatMap((value) => value.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unique = [...new Set(given)];
  const valid = unique.filter((s) => known.has(s));
  return {
    slugs: valid.slice(0, COMPARE_MAX),
    unknown: unique.filter((s) => !known.has(s)).map((s) => s.slice(0, 80)),
    overflow: valid.slice(COMPARE_MAX),
  };
}

/** The query string for a selection: `?a=x,y` (commas kept readable). */
export function compareQuery(slugs: readonly string[]): string {
  return slugs.length === 0 ? '' : `?a=${slugs.map(encodeURIComponent).join(',')}`;
}

/** Which norms all, some or none of the chosen agreements reflect. */
export interface CompareSummary {
  all: number[];
  some: { norm: number; reflectedBy: string[] }[];
  none: number[];
}

export function compareSummary(
  chosen: readonly { slug: string; reflected: ReadonlySet<number> }[],
  normIds: readonly number[],
): CompareSummary {
  const summary: CompareSummary = { all: [], some: [], none: [] };
  if (chosen.length === 0) return summary;
  for (const norm of normIds) {
    const by = chosen.filter((a) => a.reflected.has(norm)).map((a) => a.slug);
    if (by.length === chosen.length) summary.all.push(norm);
    else if (by.length === 0) summary.none.push(norm);
    else summary.some.push({ norm, reflectedBy: by });
  }
  return summary;
}

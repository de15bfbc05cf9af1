import { SITE_NAME } from './cite';
import { COMPARE_KEY, type NormComparison } from './compare';
import { listOf, plural } from './format';

/** Query-string keys of the norms table's view: `&differ=1&norms=5,6`. */
export const DIFFER_KEY = 'differ';
export const NORMS_KEY = 'norms';

/** Which norms the comparison's table shows. */
export interface CompareView {
  /** Only the norms some, but not all, of the compared agreements reflect. */
  differ: boolean;
  /** Only these norms (ids in norm order); empty for every norm. */
  norms: number[];
}

export const FULL_VIEW: CompareView = { differ: false, norms: [] };

/**
 * Reads the view from a query string, strictly: `differ` counts only as `1`, and `norms` keeps only
 * whole numbers that are norm ids, each once, in norm order. Anything else is ignored, never thrown.
 */
export function parseCompareView(
  search: string | URLSearchParams,
  normIds: readonly number[],
): CompareView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const asked = new Set(
    (params.get(NORMS_KEY) ?? '')
      .split(',')
      .map((token) => token.trim())
      .filter((token) => /^\d{1,3}$/u.test(token))
      .map(Number),
  );
  return {
    differ: params.get(DIFFER_KEY) === '1',
    norms: normIds.filter((id) => asked.has(id)),
  };
}

/**
 * The page's query string for a selection and a view: `?a=x,y&differ=1&norms=5,6`; '' when nothing
 * is chosen (a view of nothing means nothing). Slugs and numbers need no escaping.
 */
export function compareLinkSearch(slugs: readonly string[], view: CompareView): string {
  if (slugs.length === 0) return '';
  const parts = [`${COMPARE_KEY}=${slugs.join(',')}`];
  if (view.differ) parts.push(`${DIFFER_KEY}=1`);
  if (view.norms.length > 0) parts.push(`${NORMS_KEY}=${view.norms.join(',')}`);
  return `?${parts.join('&')}`;
}

/** The rows the view keeps, in norm order. */
export function rowsInView<R extends Pick<NormComparison, 'share'> & { norm: { id: number } }>(
  rows: readonly R[],
  view: CompareView,
): R[] {
  return rows.filter(
    (row) =>
      (!view.differ || row.share === 'some') &&
      (view.norms.length === 0 || view.norms.includes(row.norm.id)),
  );
}

/** What the table shows, as the status line says it: "Showing 2 of the 11 norms: …". */
export function viewStatus(view: CompareView, shown: number, total: number): string {
  const limits = [
    ...(view.norms.length > 0
      ? [`${view.norms.length === 1 ? 'norm' : 'norms'} ${listOf(view.norms.map(String))}`]
      : []),
    ...(view.differ ? ['only where they differ'] : []),
  ];
  if (limits.length === 0) return `Showing all ${plural(total, 'norm')}.`;
  const lead = shown === 0 ? 'No norm matches' : `Showing ${shown} of the ${plural(total, 'norm')}`;
  return `${lead}: ${limits.join(', ')}.`;
}

/** The document title of a comparison, e.g. "Compare Paris Call and G7 — Cyber Norms Explorer". */
export function compareDocumentTitle(names: readonly string[]): string {
  return `Compare ${listOf(names)} — ${SITE_NAME}`;
}

/** The meta description of a comparison, naming what is compared. */
export function compareDescription(names: readonly string[], normCount: number): string {
  return `${listOf(names)} side by side: their facts, which of the ${plural(normCount, 'norm')} each reflects, and the report’s evidence.`;
}

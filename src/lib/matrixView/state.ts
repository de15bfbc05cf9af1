import { EDITORS_PARAM } from '../editorsSwitch';
import type { NormId } from '../../schemas/values';
import { FILTERS, type FilterValues } from './filters';
import { parseNormId } from './params';
import { DEFAULT_SORT, parseSort, type SortKey } from './sort';

/**
 * The whole matrix view, as it lives in the query string so that a link reopens the same view:
 * the filters' keys (`q`, `category`, `stakeholder`, `from`, `to`, `norms`, `unlabeled`), then
 * `sort`, `cell` and `docs`.
 */
export type MatrixView = FilterValues & {
  sort: SortKey;
  /** The cell whose evidence panel is open. */
  cell: { slug: string; norm: NormId } | null;
  /**
   * Also show the documents coded by the site's editors, in rows of their own below the report's
   * table. Off by default: the report's rows, totals and filters never include them.
   */
  docs: boolean;
};

export const DEFAULT_VIEW: MatrixView = {
  ...(Object.assign({}, ...FILTERS.map((filter) => filter.off)) as FilterValues),
  sort: DEFAULT_SORT,
  cell: null,
  docs: false,
};

function parseCell(value: string | null, knownSlugs: ReadonlySet<string>): MatrixView['cell'] {
  const match = value === null ? null : /^([a-z0-9-]{1,80}):(\d{1,2})$/u.exec(value.trim());
  if (!match) return null;
  const [, slug = '', normText = ''] = match;
  const norm = parseNormId(normText);
  return knownSlugs.has(slug) && norm !== null ? { slug, norm } : null;
}

/**
 * Reads a view from a query string. Anything unknown or malformed is ignored (the default stands);
 * a repeated key counts once, with its first value. Never throws.
 */
export function parseMatrixView(
  search: string | URLSearchParams,
  knownSlugs: ReadonlySet<string>,
): MatrixView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    ...(Object.assign({}, ...FILTERS.map((filter) => filter.parse(params))) as FilterValues),
    sort: parseSort(params),
    cell: parseCell(params.get('cell'), knownSlugs),
    docs: params.get(EDITORS_PARAM) === '1',
  };
}

/** The query string of a view (with its leading `?`, or '' for the default view), keys in a fixed order. */
export function serialiseMatrixView(view: MatrixView): string {
  const params = new URLSearchParams();
  for (const filter of FILTERS) filter.write(view, params);
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.cell) params.set('cell', `${view.cell.slug}:${view.cell.norm}`);
  if (view.docs) params.set(EDITORS_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter (not the sort or the open cell) narrows the rows. */
export function isFiltered(view: MatrixView): boolean {
  return FILTERS.some((filter) => filter.describe(view) !== null);
}

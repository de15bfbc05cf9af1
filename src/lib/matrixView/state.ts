import { EDITORS_PARAM } from '../editorsSwitch';
import type { NormId } from '../../schemas/values';
import { FILTERS, type FilterValues } from './filters';
import { parseNormId } from './params';
import { DEFAULT_SORT, parseSort, type SortKey } from './sort';
import { DEFAULT_SHADING, SHADING_PARAM, parseShading, type CellShading } from './wordingLook';

/**
 * The whole matrix view, as it lives in the query string so that a link reopens the same view:
 * the filters' keys (`q`, `category`, `stakeholder`, `from`, `to`, `norms`, `unlabeled`), then
 * `sort`, `cell`, `docs` and `view` (the shading).
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
  /** What the cells are shaded by: the report's coding, or this site's wording measure. */
  shading: CellShading;
};

export const DEFAULT_VIEW: MatrixView = {
  ...(Object.assign({}, ...FILTERS.map((filter) => filter.off)) as FilterValues),
  sort: DEFAULT_SORT,
  cell: null,
  docs: false,
  shading: DEFAULT_SHADING,
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
    shading: parseShading(params.get(SHADING_PARAM)),
  };
}

/** The query string of a view (with its leading `?`, or '' for the default view), keys in a fixed order. */
export function serialiseMatrixView(view: MatrixView): string {
  const params = new URLSearchParams();
  for (const filter of FILTERS) filter.write(view, params);
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.cell) params.set('cell', `${view.cell.slug}:${view.cell.norm}`);
  if (view.docs) params.set(EDITORS_PARAM, '1');
  if (view.shading !== DEFAULT_SHADING) params.set(SHADING_PARAM, view.shading);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter (not the sort or the open cell) narrows the rows. */
export function isFiltered(view: MatrixView): boolean {
  return FILTERS.some((filter) => filter.describe(view) !== null);
}

/**
 * The view with every filter, the sort and the editors' rows back to their defaults, keeping what
 * is not a filter: the open cell (when `keepCell`) and what the cells are shaded by.
 */
export function resetView(view: MatrixView, keepCell: boolean): MatrixView {
  return { ...DEFAULT_VIEW, cell: keepCell ? view.cell : null, shading: view.shading };
}

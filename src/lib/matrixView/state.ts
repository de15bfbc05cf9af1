import { EDITORS_PARAM } from '../editorsSwitch';
import {
  CATEGORIES,
  NORM_IDS,
  STAKEHOLDER_TYPES,
  type Category,
  type NormId,
  type StakeholderType,
} from '../../schemas/values';
import { MAX_QUERY_LENGTH } from '../search/limits';

/**
 * The whole matrix view, as it lives in the query string so that a link reopens the same view:
 * `q`, `category`, `stakeholder`, `from`, `to`, `norms`, `unlabeled`, `sort`, `cell`, `docs`.
 */
export interface MatrixView {
  /** Search text. */
  q: string;
  category: Category | null;
  stakeholder: StakeholderType | null;
  /** Launch-year range, inclusive; either end may be open. */
  from: number | null;
  to: number | null;
  /** Only agreements that reflect all of these norms. */
  norms: NormId[];
  /** Only agreements with cells the report left unlabeled (and those cells marked). */
  unlabeled: boolean;
  sort: SortKey;
  /** The cell whose evidence panel is open. */
  cell: { slug: string; norm: NormId } | null;
  /**
   * Also show the documents coded by the site's editors, in rows of their own below the report's
   * table. Off by default: the report's rows, totals and filters never include them.
   */
  docs: boolean;
}

export const SORT_KEYS = {
  report: { label: 'Report order' },
  name: { label: 'Name' },
  date: { label: 'Launch date' },
  reflected: { label: 'Norms reflected (most first)' },
} as const;
export type SortKey = keyof typeof SORT_KEYS;

export const DEFAULT_VIEW: MatrixView = {
  q: '',
  category: null,
  stakeholder: null,
  from: null,
  to: null,
  norms: [],
  unlabeled: false,
  sort: 'report',
  cell: null,
  docs: false,
};

/** Years outside this range are treated as malformed. */
const YEAR_RANGE = { min: 1900, max: 2100 };

function isKeyOf<T extends object>(record: T, value: string | null): value is keyof T & string {
  return value !== null && Object.hasOwn(record, value);
}

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/u.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

function parseNormId(value: string): NormId | null {
  if (!/^\d{1,2}$/u.test(value.trim())) return null;
  const n = Number(value.trim());
  return (NORM_IDS as readonly number[]).includes(n) ? (n as NormId) : null;
}

function parseNorms(value: string | null): NormId[] {
  if (value === null) return [];
  const ids = value
    .split(',')
    .map(parseNormId)
    .filter((n): n is NormId => n !== null);
  return [...new Set(ids)].sort((a, b) => a - b);
}

function parseCell(value: string | null, knownSlugs: ReadonlySet<string>): MatrixView['cell'] {
  const match = value === null ? null : /^([a-z0-9-]{1,80}):(\d{1,2})$/u.exec(value.trim());
  if (!match) return null;
  const [, slug = '', normText = ''] = match;
  const norm = parseNormId(normText);
  return knownSlugs.has(slug) && norm !== null ? { slug, norm } : null;
}

/** Drops control characters and cuts the text to the search's limit. */
function cleanQuery(value: string | null): string {
  if (value === null) return '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]/gu, ' ').slice(0, MAX_QUERY_LENGTH);
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
  const category = params.get('category');
  const stakeholder = params.get('stakeholder');
  const sort = params.get('sort');
  let from = parseYear(params.get('from'));
  let to = parseYear(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    q: cleanQuery(params.get('q')),
    category: isKeyOf(CATEGORIES, category) ? category : null,
    stakeholder: isKeyOf(STAKEHOLDER_TYPES, stakeholder) ? stakeholder : null,
    from,
    to,
    norms: parseNorms(params.get('norms')),
    unlabeled: params.get('unlabeled') === '1',
    sort: isKeyOf(SORT_KEYS, sort) ? sort : DEFAULT_VIEW.sort,
    cell: parseCell(params.get('cell'), knownSlugs),
    docs: params.get(EDITORS_PARAM) === '1',
  };
}

/** The query string of a view (with its leading `?`, or '' for the default view), keys in a fixed order. */
export function serialiseMatrixView(view: MatrixView): string {
  const params = new URLSearchParams();
  if (view.q.trim() !== '') params.set('q', view.q);
  if (view.category) params.set('category', view.category);
  if (view.stakeholder) params.set('stakeholder', view.stakeholder);
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  if (view.norms.length > 0) params.set('norms', view.norms.join(','));
  if (view.unlabeled) params.set('unlabeled', '1');
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.cell) params.set('cell', `${view.cell.slug}:${view.cell.norm}`);
  if (view.docs) params.set(EDITORS_PARAM, '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether any filter (not the sort or the open cell) narrows the rows. */
export function isFiltered(view: MatrixView): boolean {
  return (
    view.q.trim() !== '' ||
    view.category !== null ||
    view.stakeholder !== null ||
    view.from !== null ||
    view.to !== null ||
    view.norms.length > 0 ||
    view.unlabeled
  );
}

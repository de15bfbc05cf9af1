import {
  CATEGORIES,
  STAKEHOLDER_TYPES,
  type Category,
  type NormId,
  type StakeholderType,
} from '../../schemas/values';
import { cellFor } from '../agreements';
import { listOf, plural } from '../format';
import type { MatrixAgreement } from '../matrix';
import { cleanQuery, isKeyOf, parseNorms, parseYear } from './params';
import { launchYear } from './rows';

/** What a filter may look at besides the row: the agreements the search text matched. */
export interface FilterContext {
  /** Slugs the search matched, or null when there is no search (or its index is not loaded yet). */
  matches: Pick<ReadonlySet<string>, 'has'> | null;
}

/**
 * One filter of the matrix, whole: the part of the view it owns (`off` is its value when unused), how
 * it is read from and written to the query string, which rows it keeps, and how the status line says
 * it. Every list below (the view's type, its default, the URL, `isFiltered`, the status line) is
 * made from `FILTERS`, so a new filter is one entry here and one control in `MatrixControls`.
 */
export interface MatrixFilter<V extends object> {
  off: V;
  parse: (params: URLSearchParams) => V;
  write: (value: V, params: URLSearchParams) => void;
  passes: (row: MatrixAgreement, value: V, context: FilterContext) => boolean;
  /** The status line's words for the filter, e.g. "in the category UN"; null when it is off. */
  describe: (value: V) => string | null;
  /** A sentence after the status line about rows the filter hides for a reason of their own. */
  note?: (value: V, rows: readonly MatrixAgreement[]) => string | null;
}

const search: MatrixFilter<{ q: string }> = {
  off: { q: '' },
  parse: (params) => ({ q: cleanQuery(params.get('q')) }),
  write: ({ q }, params) => {
    if (q.trim() !== '') params.set('q', q);
  },
  passes: (row, _, { matches }) => matches === null || matches.has(row.slug),
  describe: ({ q }) => (q.trim() === '' ? null : `matching “${q.trim()}”`),
};

/**
 * A filter that keeps the rows whose value is the one chosen from `choices` (a select control):
 * query-string key and view field `key`, the row's value by `valueOf`, the status line's `words`.
 */
function choiceFilter<K extends string, T extends string>(
  key: K,
  choices: Record<T, { label: string }>,
  valueOf: (row: MatrixAgreement) => T,
  words: (label: string) => string,
): MatrixFilter<Record<K, T | null>> {
  const value = (chosen: T | null) => ({ [key]: chosen }) as Record<K, T | null>;
  return {
    off: value(null),
    parse: (params) => {
      const chosen = params.get(key);
      return value(isKeyOf(choices, chosen) ? chosen : null);
    },
    write: (view, params) => {
      if (view[key] !== null) params.set(key, view[key]);
    },
    passes: (row, view) => view[key] === null || valueOf(row) === view[key],
    describe: (view) => (view[key] === null ? null : words(choices[view[key]].label)),
  };
}

const category = choiceFilter<'category', Category>(
  'category',
  CATEGORIES,
  (row) => row.category.value,
  (label) => `in the category ${label}`,
);

const stakeholder = choiceFilter<'stakeholder', StakeholderType>(
  'stakeholder',
  STAKEHOLDER_TYPES,
  (row) => row.stakeholders.type,
  (label) => `with stakeholders: ${label}`,
);

/** Launch-year range, inclusive; either end may be open. A range given backwards is swapped. */
const years: MatrixFilter<{ from: number | null; to: number | null }> = {
  off: { from: null, to: null },
  parse: (params) => {
    const from = parseYear(params.get('from'));
    const to = parseYear(params.get('to'));
    return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to };
  },
  write: ({ from, to }, params) => {
    if (from !== null) params.set('from', String(from));
    if (to !== null) params.set('to', String(to));
  },
  passes: (row, { from, to }) => {
    if (from === null && to === null) return true;
    // An undated agreement cannot be placed in a year range, so a year filter leaves it out.
    const year = launchYear(row);
    return year !== null && (from === null || year >= from) && (to === null || year <= to);
  },
  describe: ({ from, to }) => {
    if (from === null && to === null) return null;
    if (from === to) return `launched in ${String(from)}`;
    if (to === null) return `launched in ${String(from)} or later`;
    if (from === null) return `launched in ${String(to)} or earlier`;
    return `launched from ${String(from)} to ${String(to)}`;
  },
  note: ({ from, to }, rows) => {
    if (from === null && to === null) return null;
    const undated = rows.filter((row) => launchYear(row) === null).length;
    return undated === 0
      ? null
      : `${plural(undated, 'agreement without a launch date is', 'agreements without a launch date are')} left out by the year filter.`;
  },
};

/** Whether a row must reflect every chosen norm (the default) or at least one of them. */
export const NORM_MATCHES = {
  all: { label: 'all of the chosen norms' },
  any: { label: 'any of the chosen norms' },
} as const;
export type NormMatch = keyof typeof NORM_MATCHES;

/**
 * Only agreements that reflect the chosen norms: all of them, or with `match=any` at least one.
 * The match is written to the URL only when it is not the default and some norm is chosen.
 */
const norms: MatrixFilter<{ norms: NormId[]; normMatch: NormMatch }> = {
  off: { norms: [], normMatch: 'all' },
  parse: (params) => {
    const match = params.get('match');
    return { norms: parseNorms(params.get('norms')), normMatch: match === 'any' ? 'any' : 'all' };
  },
  write: ({ norms: ids, normMatch }, params) => {
    if (ids.length === 0) return;
    params.set('norms', ids.join(','));
    if (normMatch === 'any') params.set('match', 'any');
  },
  passes: (row, { norms: ids, normMatch }) => {
    if (ids.length === 0) return true;
    const reflects = (id: NormId) => cellFor(row, id).reflected;
    return normMatch === 'any' ? ids.some(reflects) : ids.every(reflects);
  },
  describe: ({ norms: ids, normMatch }) => {
    if (ids.length === 0) return null;
    if (ids.length === 1) return `reflecting norm ${String(ids[0])}`;
    const list = ids.map(String);
    return normMatch === 'any'
      ? `reflecting any of norms ${listOf(list, 'or')}`
      : `reflecting all of norms ${listOf(list)}`;
  },
};

/** Only agreements with cells the report left unlabeled (and those cells marked in the table). */
const unlabeled: MatrixFilter<{ unlabeled: boolean }> = {
  off: { unlabeled: false },
  parse: (params) => ({ unlabeled: params.get('unlabeled') === '1' }),
  write: ({ unlabeled: on }, params) => {
    if (on) params.set('unlabeled', '1');
  },
  passes: (row, { unlabeled: on }) => !on || row.norms.some((c) => c.label === 'unlabeled'),
  describe: ({ unlabeled: on }) => (on ? 'with cells the report left unlabeled' : null),
};

/** Every filter, in the order of their keys in the query string and of their words in the status line. */
export const FILTERS = [search, category, stakeholder, years, norms, unlabeled] as const;

type ValueOf<F> = F extends MatrixFilter<infer V> ? V : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The values of every filter: `{ q, category, stakeholder, from, to, norms, normMatch, unlabeled }`. */
export type FilterValues = Intersection<ValueOf<(typeof FILTERS)[number]>>;

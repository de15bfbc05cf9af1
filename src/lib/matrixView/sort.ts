import { reflectedCount, type MatrixAgreement } from '../matrix';
import { isKeyOf } from './params';

type Comparator = (a: MatrixAgreement, b: MatrixAgreement) => number;

const byOrder: Comparator = (a, b) => a.order - b.order;

/** The matrix's sort orders: the wording of each in the sort control, and how it compares rows. */
export const SORT_KEYS = {
  report: { label: 'Report order', compare: byOrder },
  name: {
    label: 'Name',
    compare: (a, b) =>
      a.shortName.localeCompare(b.shortName, 'en', { sensitivity: 'base' }) || byOrder(a, b),
  },
  date: {
    label: 'Launch date',
    // Earliest first; undated agreements last, in report order.
    compare: (a, b) => {
      const [x, y] = [a.launched.value, b.launched.value];
      if (x === y) return byOrder(a, b);
      if (x === null) return 1;
      if (y === null) return -1;
      return x.localeCompare(y) || byOrder(a, b);
    },
  },
  reflected: {
    label: 'Norms reflected (most first)',
    compare: (a, b) => reflectedCount(b) - reflectedCount(a) || byOrder(a, b),
  },
} as const satisfies Record<string, { label: string; compare: Comparator }>;
export type SortKey = keyof typeof SORT_KEYS;

export const DEFAULT_SORT: SortKey = 'report';

/** The sort named by the query string's `sort`, or the default. */
export function parseSort(params: URLSearchParams): SortKey {
  const value = params.get('sort');
  return isKeyOf(SORT_KEYS, value) ? value : DEFAULT_SORT;
}

/** A sorted copy of the rows; ties keep report order. */
export function sortRows(rows: readonly MatrixAgreement[], sort: SortKey): MatrixAgreement[] {
  return [...rows].sort(SORT_KEYS[sort].compare);
}

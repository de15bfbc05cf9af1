import { describe, expect, it } from 'vitest';
import {
  FULL_VIEW,
  compareDescription,
  compareDocumentTitle,
  compareLinkSearch,
  parseCompareView,
  rowsInView,
  viewStatus,
  type CompareView,
} from '../../../src/lib/compareView';

const NORM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const parse = (query: string) => parseCompareView(query, NORM_IDS);

describe('parseCompareView', () => {
  it.each<[string, string, CompareView]>([
    ['the full view when the keys are missing', '?a=x,y', FULL_VIEW],
    [
      'the switch and the norms, in norm order, each once',
      '?differ=1&norms=6,5,6',
      { differ: true, norms: [5, 6] },
    ],
    ['the switch only when it is 1', '?differ=true', FULL_VIEW],
    ['no switch when it is 0', '?differ=0&norms=11', { differ: false, norms: [11] }],
    [
      'whole numbers that are norms, nothing else',
      '?norms=5,x,5.5,-1,12,0,%206%20,1e1',
      { differ: false, norms: [5, 6] },
    ],
    ['nothing from a list of bad values', '?norms=<b>,,', FULL_VIEW],
    ['the first of repeated keys', '?norms=2&norms=3', { differ: false, norms: [2] }],
  ])('reads %s', (_, query, expected) => {
    expect(parse(query)).toEqual(expected);
  });
});

describe('compareLinkSearch', () => {
  it.each<[string[], CompareView, string]>([
    [['paris-call', 'manrs'], FULL_VIEW, '?a=paris-call,manrs'],
    [['paris-call', 'manrs'], { differ: true, norms: [] }, '?a=paris-call,manrs&differ=1'],
    [
      ['paris-call', 'manrs'],
      { differ: true, norms: [5, 6] },
      '?a=paris-call,manrs&differ=1&norms=5,6',
    ],
    [['paris-call'], { differ: false, norms: [3] }, '?a=paris-call&norms=3'],
    [[], { differ: true, norms: [3] }, ''],
  ])('writes %o with %o as %s', (slugs, view, expected) => {
    expect(compareLinkSearch(slugs, view)).toBe(expected);
  });

  it('reads back what it writes', () => {
    const view = { differ: true, norms: [2, 9] };
    expect(parse(compareLinkSearch(['a', 'b'], view))).toEqual(view);
  });
});

describe('rowsInView', () => {
  const rows = [
    { norm: { id: 1 }, share: 'all' as const },
    { norm: { id: 2 }, share: 'some' as const },
    { norm: { id: 3 }, share: 'none' as const },
    { norm: { id: 4 }, share: 'some' as const },
  ];
  const ids = (view: CompareView) => rowsInView(rows, view).map((r) => r.norm.id);

  it('keeps every row in the full view', () => {
    expect(ids(FULL_VIEW)).toEqual([1, 2, 3, 4]);
  });
  it('keeps the rows where the agreements differ', () => {
    expect(ids({ differ: true, norms: [] })).toEqual([2, 4]);
  });
  it('keeps the chosen norms', () => {
    expect(ids({ differ: false, norms: [1, 4] })).toEqual([1, 4]);
  });
  it('keeps the chosen norms where they differ', () => {
    expect(ids({ differ: true, norms: [1, 4] })).toEqual([4]);
  });
});

describe('viewStatus', () => {
  it.each<[CompareView, number, string]>([
    [FULL_VIEW, 11, 'Showing all 11 norms.'],
    [{ differ: true, norms: [] }, 4, 'Showing 4 of the 11 norms: only where they differ.'],
    [{ differ: false, norms: [6] }, 1, 'Showing 1 of the 11 norms: norm 6.'],
    [
      { differ: true, norms: [5, 6, 7] },
      2,
      'Showing 2 of the 11 norms: norms 5, 6 and 7, only where they differ.',
    ],
    [{ differ: true, norms: [1] }, 0, 'No norm matches: norm 1, only where they differ.'],
  ])('says what %o shows (%i rows)', (view, shown, expected) => {
    expect(viewStatus(view, shown, 11)).toBe(expected);
  });
});

describe('the comparison’s title and description', () => {
  it('names the compared agreements', () => {
    expect(compareDocumentTitle(['Paris Call', 'G7 Lucca Declaration'])).toBe(
      'Compare Paris Call and G7 Lucca Declaration — Cyber Norms Explorer',
    );
    expect(compareDescription(['Paris Call', 'MANRS', 'G20'], 11)).toBe(
      'Paris Call, MANRS and G20 side by side: their facts, which of the 11 norms each reflects, and the report’s evidence.',
    );
  });
});

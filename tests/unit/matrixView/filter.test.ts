import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/lib/matrix';
import { visibleRows, sortRows, undatedHidden } from '../../../src/lib/matrixView/filter';
import { columnTotals, toViewData, yearBounds } from '../../../src/lib/matrixView/rows';
import { DEFAULT_VIEW, type MatrixView } from '../../../src/lib/matrixView/state';
import { NORMS, agreement, cell } from '../fixtures/records';

const records = [
  agreement(
    'alpha',
    { 5: 'yes', 6: 'yes' },
    {
      order: 1,
      shortName: 'Zulu Accord',
      category: 'un',
      launched: { wording: 'Nov 2015', value: '2015-11' },
    },
  ),
  agreement(
    'beta',
    { 6: 'unlabeled', 4: cell(4, 'unlabeled', []) },
    {
      order: 2,
      shortName: 'Alpha Pledge',
      category: 'multistakeholder',
      stakeholders: { wording: 'Companies', type: 'industry' },
      launched: { wording: 'N/A', value: null },
    },
  ),
  agreement(
    'gamma',
    { 1: 'yes', 5: 'yes', 6: 'yes' },
    { order: 3, shortName: 'mike charter', launched: { wording: '2009', value: '2009' } },
  ),
];
const { rows, columns } = toViewData(buildMatrix(records, NORMS));
const slugs = (view: Partial<MatrixView>, matches: Set<string> | null = null) =>
  visibleRows(rows, { ...DEFAULT_VIEW, ...view }, matches).map((r) => r.slug);

describe('toViewData', () => {
  it('marks each cell yes, unlabeled-but-counted or not reflected', () => {
    const beta = rows[1];
    expect(beta?.cells.find((c) => c.norm === 6)?.state).toBe('unlabeled');
    expect(beta?.cells.find((c) => c.norm === 4)).toMatchObject({
      label: 'unlabeled',
      state: 'no',
    });
    expect(rows[0]?.cells.find((c) => c.norm === 5)?.state).toBe('yes');
  });

  it('carries the issues of each cell in words', () => {
    const beta6 = rows[1]?.cells.find((c) => c.norm === 6);
    expect(beta6?.issues).toEqual(['The report prints no Yes/N/A marker']);
  });
});

describe('visibleRows', () => {
  it.each([
    ['no filter', {}, ['alpha', 'beta', 'gamma']],
    ['a category', { category: 'un' }, ['alpha']],
    ['a stakeholder type', { stakeholder: 'industry' }, ['beta']],
    ['a year range, which leaves undated agreements out', { from: 2010 }, ['alpha']],
    ['a closed year range', { from: 2009, to: 2009 }, ['gamma']],
    ['norms that must all be reflected', { norms: [5, 6] }, ['alpha', 'gamma']],
    [
      'a norm reflected only without a marker',
      { norms: [6], category: 'multistakeholder' },
      ['beta'],
    ],
    ['cells the report left unlabeled', { unlabeled: true }, ['beta']],
  ] as [string, Partial<MatrixView>, string[]][])('filters by %s', (_, view, expected) => {
    expect(slugs(view)).toEqual(expected);
  });

  it('keeps only the agreements the search matched', () => {
    expect(slugs({}, new Set(['gamma', 'alpha']))).toEqual(['alpha', 'gamma']);
    expect(slugs({}, new Set())).toEqual([]);
  });
});

describe('sortRows', () => {
  it.each([
    ['report', ['alpha', 'beta', 'gamma']],
    ['name', ['beta', 'gamma', 'alpha']],
    ['date', ['gamma', 'alpha', 'beta']],
    ['reflected', ['gamma', 'alpha', 'beta']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(sortRows(rows, sort).map((r) => r.slug)).toEqual(expected);
  });

  it('breaks ties in report order', () => {
    const twins = [
      agreement('late', { 6: 'yes' }, { order: 2 }),
      agreement('early', { 6: 'yes' }, { order: 1 }),
    ];
    const tied = toViewData(buildMatrix(twins, NORMS)).rows;
    expect(sortRows(tied, 'reflected').map((r) => r.slug)).toEqual(['early', 'late']);
    expect(sortRows(tied, 'date').map((r) => r.slug)).toEqual(['early', 'late']);
  });
});

describe('columnTotals, yearBounds, undatedHidden', () => {
  it('counts reflecting rows per norm over the rows given', () => {
    expect(columnTotals(rows, columns)).toEqual([1, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0]);
    expect(columnTotals(rows.slice(0, 1), columns)[5]).toBe(1);
  });

  it('spans the dated rows', () => {
    expect(yearBounds(rows)).toEqual({ min: 2009, max: 2015 });
    expect(yearBounds(rows.slice(1, 2))).toBeNull();
  });

  it('counts undated rows only when a year filter is set', () => {
    expect(undatedHidden(rows, DEFAULT_VIEW)).toBe(0);
    expect(undatedHidden(rows, { ...DEFAULT_VIEW, to: 2020 })).toBe(1);
  });
});

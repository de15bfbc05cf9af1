import { describe, expect, it } from 'vitest';
import { matrixAgreement } from '../../../src/lib/matrix';
import { columnTotals, yearBounds } from '../../../src/lib/matrixView/rows';
import { sortRows } from '../../../src/lib/matrixView/sort';
import { parseMatrixView } from '../../../src/lib/matrixView/state';
import { describeView, matrixCaption, visibleRows } from '../../../src/lib/matrixView/view';
import { NORMS, agreement, cell } from '../fixtures/records';

const rows = [
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
].map(matrixAgreement);
const slugs = new Set(rows.map((r) => r.slug));
const view = (query: string) => parseMatrixView(query, slugs);
const shown = (query: string, matches: Set<string> | null = null) =>
  visibleRows(rows, view(query), { matches }).map((r) => r.slug);

describe('visibleRows', () => {
  it.each([
    ['no filter', '', ['alpha', 'beta', 'gamma']],
    ['a category', '?category=un', ['alpha']],
    ['a stakeholder type', '?stakeholder=industry', ['beta']],
    ['a year range, which leaves undated agreements out', '?from=2010', ['alpha']],
    ['a closed year range', '?from=2009&to=2009', ['gamma']],
    ['norms that must all be reflected', '?norms=5,6', ['alpha', 'gamma']],
    ['norms that must all be reflected, one of them missing', '?norms=1,5', ['gamma']],
    ['norms of which any one is enough', '?norms=1,5&match=any', ['alpha', 'gamma']],
    ['any of norms no row reflects but one', '?norms=1,4&match=any', ['gamma']],
    ['a norm reflected without a marker', '?norms=6&category=multistakeholder', ['beta']],
    ['cells the report left unlabeled', '?unlabeled=1', ['beta']],
    ['every filter at once', '?category=un&from=2015&to=2015&norms=5', ['alpha']],
  ])('filters by %s', (_, query, expected) => {
    expect(shown(query)).toEqual(expected);
  });

  it('keeps only the agreements the search matched, and all of them while it has no answer', () => {
    expect(shown('?q=x', new Set(['gamma', 'alpha']))).toEqual(['alpha', 'gamma']);
    expect(shown('?q=x', new Set())).toEqual([]);
    expect(shown('?q=x', null)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('sorts what it keeps', () => {
    expect(shown('?sort=name&norms=6')).toEqual(['beta', 'gamma', 'alpha']);
  });
});

describe('describeView', () => {
  it.each([
    ['', 3, 'Showing 3 of 3 agreements.'],
    ['?sort=date&cell=alpha:5&docs=1', 3, 'Showing 3 of 3 agreements.'],
    ['?view=wording', 3, 'Showing 3 of 3 agreements. Shaded by GGE wording (our measure).'],
    ['?q=%20critical%20', 1, 'Showing 1 of 3 agreements matching “critical”.'],
    ['?category=un', 1, 'Showing 1 of 3 agreements in the category UN.'],
    ['?stakeholder=industry', 1, 'Showing 1 of 3 agreements with stakeholders: Industry.'],
    ['?norms=6,5', 2, 'Showing 2 of 3 agreements reflecting all of norms 5 and 6.'],
    ['?norms=6,5&match=any', 2, 'Showing 2 of 3 agreements reflecting any of norms 5 or 6.'],
    ['?norms=6&match=any', 2, 'Showing 2 of 3 agreements reflecting norm 6.'],
    ['?unlabeled=1', 1, 'Showing 1 of 3 agreements with cells the report left unlabeled.'],
    [
      '?from=2010',
      1,
      'Showing 1 of 3 agreements launched in 2010 or later. 1 agreement without a launch date is left out by the year filter.',
    ],
    [
      '?to=2010',
      1,
      'Showing 1 of 3 agreements launched in 2010 or earlier. 1 agreement without a launch date is left out by the year filter.',
    ],
    [
      '?from=2015&to=2015',
      1,
      'Showing 1 of 3 agreements launched in 2015. 1 agreement without a launch date is left out by the year filter.',
    ],
    [
      '?q=pledge&category=multistakeholder&stakeholder=industry&from=2020&to=2009&norms=6&unlabeled=1',
      0,
      'Showing 0 of 3 agreements matching “pledge” in the category Multistakeholder with stakeholders: Industry launched from 2009 to 2020 reflecting norm 6 with cells the report left unlabeled. 1 agreement without a launch date is left out by the year filter.',
    ],
  ])('describes %s', (query, count, expected) => {
    expect(describeView(view(query), count, rows)).toBe(expected);
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
    ].map(matrixAgreement);
    expect(sortRows(twins, 'reflected').map((r) => r.slug)).toEqual(['early', 'late']);
    expect(sortRows(twins, 'date').map((r) => r.slug)).toEqual(['early', 'late']);
  });
});

describe('columnTotals, yearBounds', () => {
  it('counts reflecting rows per norm over the rows given', () => {
    expect(columnTotals(rows, NORMS)).toEqual([1, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0]);
    expect(columnTotals(rows.slice(0, 1), NORMS)[5]).toBe(1);
  });

  it('spans the dated rows', () => {
    expect(yearBounds(rows)).toEqual({ min: 2009, max: 2015 });
    expect(yearBounds(rows.slice(1, 2))).toBeNull();
  });
});

describe('matrixCaption', () => {
  it.each([
    [22, 0, 11, '22 agreements × 11 norms'],
    [8, 2, 11, '8 agreements × 2 norms (highlighted among all 11)'],
    [1, 1, 11, '1 agreement × 1 norm (highlighted among all 11)'],
    [0, 0, 11, '0 agreements × 11 norms'],
  ])('says %i rows with %i of %i norms chosen as “%s”', (shown, chosen, all, expected) => {
    expect(matrixCaption(shown, chosen, all)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { coOccurrenceData } from '../../../src/charts/coOccurrence';
import { normFrequencyData } from '../../../src/charts/normFrequency';
import { normsByCategoryData } from '../../../src/charts/normsByCategory';
import { normsPerAgreementData } from '../../../src/charts/normsPerAgreement';
import { timelineData } from '../../../src/charts/timeline';
import { FIXTURE } from '../fixtures/dataset';

// Expected values are read by hand off the table in tests/unit/fixtures/dataset.ts.
const input = { agreements: FIXTURE.agreements, norms: FIXTURE.norms, wording: FIXTURE.wording };

describe('chart data over the fixture dataset', () => {
  it('norm-frequency: one bar per norm, its count of the 4 agreements and its percentage', () => {
    const rows = normFrequencyData(input);
    expect(rows.map((r) => r.count)).toEqual([1, 0, 0, 0, 1, 3, 0, 0, 2, 1, 1]);
    expect(rows.map((r) => r.percent)).toEqual([25, 0, 0, 0, 25, 75, 0, 0, 50, 25, 25]);
    expect(rows.every((r) => r.total === 4)).toBe(true);
  });

  it('norm-frequency: marks the most and the least often reflected norms, ties included', () => {
    const rows = normFrequencyData(input);
    expect(rows.filter((r) => r.extreme === 'most').map((r) => r.id)).toEqual([6]);
    expect(rows.filter((r) => r.extreme === 'least').map((r) => r.id)).toEqual([2, 3, 4, 7, 8]);
  });

  it('norms-per-agreement: each agreement’s norms, and which the report marked Yes', () => {
    expect(
      normsPerAgreementData(input).map((r) => [
        r.slug,
        r.count,
        r.norms.map((n) => `${n.id}${n.marked ? '' : '?'}`).join(' '),
      ]),
    ).toEqual([
      ['g7-lucca', 2, '1 6'],
      ['paris-call', 3, '5 6 9?'],
      ['manrs', 2, '6 9'],
      ['un-gge-2015', 2, '10 11'],
    ]);
  });

  it('norms-by-category: norm 6 within each category, with no share for a category of one', () => {
    const norm6 = normsByCategoryData(input).filter((r) => r.id === 6);
    expect(norm6.map((r) => [r.category, r.count, r.total, r.percent])).toEqual([
      ['un', 0, 1, null],
      ['single-stakeholder-group', 2, 2, 100],
      ['multistakeholder', 1, 1, null],
    ]);
  });

  it('timeline: dated agreements earliest first, the undated one last', () => {
    expect(timelineData(input).map((r) => [r.slug, r.launched, r.count])).toEqual([
      ['manrs', '2014', 2],
      ['g7-lucca', '2017-04', 2],
      ['paris-call', '2018-11', 3],
      ['un-gge-2015', null, 2],
    ]);
  });

  it('co-occurrence: the diagonal is each norm’s count, and each pair counts the agreements with both', () => {
    const cells = coOccurrenceData(input);
    expect(cells).toHaveLength(121);
    expect(cells.filter((c) => c.a === c.b).map((c) => c.count)).toEqual([
      1, 0, 0, 0, 1, 3, 0, 0, 2, 1, 1,
    ]);
    expect(cells.filter((c) => c.a < c.b && c.count > 0).map((c) => [c.a, c.b, c.count])).toEqual([
      [1, 6, 1],
      [5, 6, 1],
      [5, 9, 1],
      [6, 9, 2],
      [10, 11, 1],
    ]);
  });
});

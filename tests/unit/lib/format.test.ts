import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDecimal,
  formatInteger,
  formatOutOf,
  formatPercent,
  formatShortMonth,
  formatYearMonth,
  listOf,
  listParts,
  plural,
} from '../../../src/lib/format';

describe('formatYearMonth', () => {
  it.each<[string | null, string]>([
    ['2015-11', 'November 2015'],
    ['2009-01', 'January 2009'],
    ['2018-12', 'December 2018'],
    ['2014', '2014'],
    ['2014-13', '2014'],
    [null, 'not given'],
  ])('gives %j as “%s”', (value, expected) => {
    expect(formatYearMonth(value)).toBe(expected);
  });

  it('abbreviates the month when asked, as British English does', () => {
    expect(formatYearMonth('2015-11', 'short')).toBe('Nov 2015');
    expect(formatYearMonth('2017-09', 'short')).toBe('Sept 2017');
    expect(formatYearMonth('2014', 'short')).toBe('2014');
  });

  it('gives the short month alone, or nothing for a year', () => {
    expect(formatShortMonth('2018-04')).toBe('Apr');
    expect(formatShortMonth('2018')).toBe('');
  });
});

describe('numbers', () => {
  it.each<[number, string]>([
    [0.7727, '77%'],
    [0.125, '13%'],
    [1, '100%'],
    [0, '0%'],
  ])('gives the share %d as “%s”', (share, expected) => {
    expect(formatPercent(share)).toBe(expected);
  });

  it('separates thousands in integers and in counts out of a total', () => {
    expect(formatInteger(1105)).toBe('1,105');
    expect(formatInteger(22)).toBe('22');
    expect(formatOutOf(17, 22)).toBe('17 of 22');
    expect(formatOutOf(1200, 2400)).toBe('1,200 of 2,400');
  });

  it('keeps a fixed count of decimals', () => {
    expect(formatDecimal(5.0909, 1)).toBe('5.1');
    expect(formatDecimal(5, 1)).toBe('5.0');
  });

  it.each<[number, string]>([
    [1, '1 byte'],
    [812, '812 bytes'],
    [14_200, '14.2 kB'],
    [1_300_000, '1.3 MB'],
  ])('gives %d bytes as “%s”', (size, expected) => {
    expect(formatBytes(size)).toBe(expected);
  });
});

describe('plural', () => {
  it.each<[number, string]>([
    [0, '0 agreements'],
    [1, '1 agreement'],
    [2, '2 agreements'],
    [1105, '1,105 agreements'],
  ])('counts %d as “%s”', (count, expected) => {
    expect(plural(count, 'agreement')).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(plural(3, 'passage of text', 'passages of text')).toBe('3 passages of text');
  });
});

describe('lists', () => {
  it.each<[string[], string, string]>([
    [[], '', ''],
    [['A'], 'A', 'A'],
    [['A', 'B'], 'A and B', 'A or B'],
    [['A', 'B', 'C'], 'A, B and C', 'A, B or C'],
  ])('joins %j as “%s” and “%s”', (items, and, or) => {
    expect(listOf(items)).toBe(and);
    expect(listOf(items, 'or')).toBe(or);
  });

  it('gives the parts of a list of three: the items themselves and the words between them', () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect(listParts(items)).toEqual([
      { item: { n: 1 } },
      { text: ', ' },
      { item: { n: 2 } },
      { text: ' and ' },
      { item: { n: 3 } },
    ]);
    expect(listParts(['A', 'B'], 'or')).toEqual([{ item: 'A' }, { text: ' or ' }, { item: 'B' }]);
  });
});

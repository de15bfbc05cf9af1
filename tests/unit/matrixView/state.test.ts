import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../src/lib/search/searcher';
import {
  DEFAULT_VIEW,
  isFiltered,
  parseMatrixView,
  serialiseMatrixView,
  type MatrixView,
} from '../../../src/lib/matrixView/state';

const SLUGS = new Set(['paris-call', 'un-gge-2015']);
const parse = (query: string) => parseMatrixView(query, SLUGS);

describe('parseMatrixView', () => {
  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('reads every key of a full view', () => {
    expect(
      parse(
        '?q=critical&category=un&stakeholder=governments&from=2010&to=2020&norms=6,5&match=any&unlabeled=1&sort=date&cell=paris-call:6&docs=1&view=wording',
      ),
    ).toEqual({
      q: 'critical',
      category: 'un',
      stakeholder: 'governments',
      from: 2010,
      to: 2020,
      norms: [5, 6],
      normMatch: 'any',
      unlabeled: true,
      sort: 'date',
      cell: { slug: 'paris-call', norm: 6 },
      docs: true,
      shading: 'wording',
    });
  });

  it.each([
    ['an unknown category', 'category=martian', { category: null }],
    ['a category named like an object property', 'category=constructor', { category: null }],
    ['an unknown stakeholder type', 'stakeholder=__proto__', { stakeholder: null }],
    ['a year that is not four digits', 'from=15&to=20201', { from: null, to: null }],
    ['a year out of range', 'from=1066', { from: null }],
    ['norms out of range or not numbers', 'norms=0,12,x,6,,6', { norms: [6] }],
    ['an unlabeled flag other than 1', 'unlabeled=yes', { unlabeled: false }],
    ['a documents switch other than 1', 'docs=true', { docs: false }],
    ['an unknown sort', 'sort=random', { sort: 'report' }],
    ['a cell of an unknown agreement', 'cell=atlantis:6', { cell: null }],
    ['a cell of an unknown norm', 'cell=paris-call:12', { cell: null }],
    ['a cell with markup', 'cell=<b>paris-call</b>:6', { cell: null }],
    ['a shading in capitals', 'view=Wording', { shading: 'report' }],
    ['a shading with a space', 'view=wording%20', { shading: 'report' }],
    ['an unknown shading', 'view=words', { shading: 'report' }],
    ['a shading named like an object property', 'view=toString', { shading: 'report' }],
  ] as [string, string, Partial<MatrixView>][])('ignores %s', (_, query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it('swaps a year range given backwards', () => {
    expect(parse('from=2020&to=2010')).toMatchObject({ from: 2010, to: 2020 });
  });

  it('takes the first value of a repeated key and ignores unknown keys', () => {
    expect(parse('sort=name&sort=date&utm_source=mail&q=a&q=b')).toEqual({
      ...DEFAULT_VIEW,
      sort: 'name',
      q: 'a',
    });
  });

  it('keeps markup and regular-expression characters in the search text as plain text', () => {
    const q = '<img src=x onerror=alert(1)> (.*+?[';
    expect(parse(`q=${encodeURIComponent(q)}`).q).toBe(q);
  });

  it('cuts very long search text to the search limit and drops control characters', () => {
    const long = 'a'.repeat(MAX_QUERY_LENGTH * 50);
    expect(parse(`q=${long}`).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse('q=a%00b%0Ac').q).toBe('a b c');
  });
});

describe('serialiseMatrixView', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseMatrixView(DEFAULT_VIEW)).toBe('');
  });

  it('writes norms as a comma-separated list', () => {
    expect(serialiseMatrixView({ ...DEFAULT_VIEW, norms: [5, 6] })).toBe('?norms=5%2C6');
  });

  it.each([
    [
      'a full view',
      { q: 'x & y', category: 'un', norms: [1, 11], unlabeled: true, sort: 'reflected' },
    ],
    ['an open cell', { cell: { slug: 'un-gge-2015', norm: 11 } }],
    ['the editors’ documents switched on', { docs: true, sort: 'name' }],
    ['a year range open at one end', { to: 2016, stakeholder: 'industry' }],
    ['a match of any chosen norm', { norms: [2, 7], normMatch: 'any' }],
    ['hostile search text', { q: '<script>alert("x")</script>&cell=paris-call:1#?%' }],
  ] as [string, Partial<MatrixView>][])('round-trips %s through the query string', (_, change) => {
    const view = { ...DEFAULT_VIEW, ...change };
    expect(parse(serialiseMatrixView(view))).toEqual(view);
  });

  it('gives the same query string for a view read back from it (canonical form)', () => {
    const query = serialiseMatrixView(parse('sort=name&norms=6,5,5&junk=1&category=un'));
    expect(serialiseMatrixView(parse(query))).toBe(query);
    expect(query).toBe('?category=un&norms=5%2C6&sort=name');
  });
});

describe('isFiltered', () => {
  it('is false for the default view, a sort or an open cell only', () => {
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, sort: 'name', cell: { slug: 'a', norm: 1 } })).toBe(false);
    // The documents switch adds rows apart from the report's; it filters nothing.
    expect(isFiltered({ ...DEFAULT_VIEW, docs: true })).toBe(false);
  });

  it('is true for a search or any filter, but not for blank search text', () => {
    expect(isFiltered({ ...DEFAULT_VIEW, q: '   ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, q: 'x' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, unlabeled: true })).toBe(true);
  });
});

describe('serialiseMatrixView', () => {
  it.each([
    ['the default view', '', ''],
    [
      'every key, in the fixed order, whatever order the link had',
      '?view=wording&docs=1&cell=paris-call:6&sort=date&unlabeled=1&match=any&norms=6,5&to=2020&from=2010&stakeholder=governments&category=un&q=critical',
      '?q=critical&category=un&stakeholder=governments&from=2010&to=2020&norms=5%2C6&match=any&unlabeled=1&sort=date&cell=paris-call%3A6&docs=1&view=wording',
    ],
    ['the wording shading alone', '?view=wording', '?view=wording'],
    ['the default shading, which is left out', '?view=report', ''],
    ['a malformed shading, which it drops', '?view=%3Cb%3E', ''],
    ['an open year range', '?to=2012', '?to=2012'],
    ['a match of any chosen norm, after the norms', '?match=any&norms=3', '?norms=3&match=any'],
    ['a match with no norm chosen, which is no filter', '?match=any', ''],
    ['the default match, which is left out', '?norms=3&match=all', '?norms=3'],
    ['blank search text, which is no search', '?q=%20%20', ''],
    ['the default sort, which is left out', '?sort=report', ''],
    ['what it could not read, which it drops', '?category=martian&norms=x&utm_source=mail', ''],
  ])('writes %s', (_, query, expected) => {
    expect(serialiseMatrixView(parse(query))).toBe(expected);
  });

  it('reads back what it writes', () => {
    const view: MatrixView = {
      ...DEFAULT_VIEW,
      q: 'a & b',
      from: 2001,
      norms: [3, 11],
      cell: { slug: 'un-gge-2015', norm: 11 },
    };
    expect(parse(serialiseMatrixView(view))).toEqual(view);
  });
});

describe('isFiltered', () => {
  it.each([
    ['', false],
    ['?sort=name&cell=paris-call:6&docs=1', false],
    ['?view=wording', false],
    ['?q=%20', false],
    ['?q=x', true],
    ['?category=un', true],
    ['?stakeholder=industry', true],
    ['?from=2010', true],
    ['?to=2010', true],
    ['?norms=4', true],
    ['?unlabeled=1', true],
  ])('says whether %s narrows the rows', (query, expected) => {
    expect(isFiltered(parse(query))).toBe(expected);
  });
});

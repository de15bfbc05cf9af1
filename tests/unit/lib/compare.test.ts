import { describe, expect, it } from 'vitest';
import {
  MAX_COMPARED,
  compareNorms,
  compareSearch,
  parseCompareSelection,
  selectionNoticeParts,
  toggleCompared,
  type CompareSelection,
} from '../../../src/lib/compare';
import { NORMS, agreement, cell } from '../fixtures/records';

const KNOWN = ['paris-call', 'un-gge-2015', 'manrs', 'ethicsfirst', 'g20-antalya-communique'];
const parse = (query: string) => parseCompareSelection(query, KNOWN);

describe('parseCompareSelection', () => {
  it.each<[string, string, CompareSelection]>([
    ['nothing when the key is missing', '', { slugs: [], unknown: [], leftOut: [] }],
    [
      'a comma-separated list, in the order given',
      '?a=un-gge-2015,paris-call',
      { slugs: ['un-gge-2015', 'paris-call'], unknown: [], leftOut: [] },
    ],
    [
      'repeated keys, as a plain checkbox form submits them',
      'a=manrs&a=paris-call',
      { slugs: ['manrs', 'paris-call'], unknown: [], leftOut: [] },
    ],
    [
      'both forms mixed',
      'a=manrs,ethicsfirst&a=paris-call',
      { slugs: ['manrs', 'ethicsfirst', 'paris-call'], unknown: [], leftOut: [] },
    ],
    [
      'each agreement once, at its first place',
      'a=manrs,paris-call,manrs&a=paris-call',
      { slugs: ['manrs', 'paris-call'], unknown: [], leftOut: [] },
    ],
    [
      'names with spaces, capitals and empty items',
      'a=%20Paris-Call%20,,MANRS,',
      { slugs: ['paris-call', 'manrs'], unknown: [], leftOut: [] },
    ],
    [
      'unknown names set aside, the known ones kept',
      'a=paris-call,atlantis,manrs,atlantis',
      { slugs: ['paris-call', 'manrs'], unknown: ['atlantis'], leftOut: [] },
    ],
    [
      'markup as an unknown name, never as a choice',
      'a=<b>manrs</b>,paris-call',
      { slugs: ['paris-call'], unknown: ['<b>manrs</b>'], leftOut: [] },
    ],
    [
      `the first ${MAX_COMPARED} agreements, the rest left out`,
      `a=${KNOWN.join(',')}`,
      {
        slugs: KNOWN.slice(0, MAX_COMPARED),
        unknown: [],
        leftOut: KNOWN.slice(MAX_COMPARED),
      },
    ],
    [
      'other keys ignored',
      'utm_source=mail&a=manrs&q=paris-call',
      { slugs: ['manrs'], unknown: [], leftOut: [] },
    ],
  ])('reads %s', (_, query, expected) => {
    expect(parse(query)).toEqual(expected);
  });

  it('cuts a very long unknown name short before repeating it', () => {
    const [shown] = parse(`a=${'x'.repeat(500)}`).unknown;
    expect(shown?.length).toBeLessThan(100);
    expect(shown?.endsWith('…')).toBe(true);
  });

  it('reads only the first few dozen items of an endless list', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `x${i}`).join(',');
    expect(parse(`a=${many}`).unknown.length).toBeLessThanOrEqual(40);
  });
});

describe('compareSearch', () => {
  it.each([
    [[], ''],
    [['manrs'], '?a=manrs'],
    [['paris-call', 'un-gge-2015'], '?a=paris-call,un-gge-2015'],
  ])('writes %j as “%s”', (slugs, expected) => {
    expect(compareSearch(slugs)).toBe(expected);
  });

  it('reads back what it writes', () => {
    const slugs = ['un-gge-2015', 'manrs', 'paris-call'];
    expect(parse(compareSearch(slugs)).slugs).toEqual(slugs);
  });
});

describe('toggleCompared', () => {
  it.each<[string, string[], string, boolean, string[]]>([
    ['adds a new agreement at the end', ['manrs'], 'paris-call', true, ['manrs', 'paris-call']],
    ['removes an unticked agreement', ['manrs', 'paris-call'], 'manrs', false, ['paris-call']],
    ['does not add an agreement twice', ['manrs'], 'manrs', true, ['manrs']],
    [
      `adds nothing once ${MAX_COMPARED} are chosen`,
      KNOWN.slice(0, MAX_COMPARED),
      KNOWN[MAX_COMPARED] ?? '',
      true,
      KNOWN.slice(0, MAX_COMPARED),
    ],
  ])('%s', (_, slugs, slug, on, expected) => {
    expect(toggleCompared(slugs, slug, on)).toEqual(expected);
  });
});

describe('compareNorms', () => {
  const a = agreement('a', { 1: 'yes', 5: 'yes', 6: 'yes' });
  const b = agreement('b', { 5: 'unlabeled', 6: 'yes', 7: 'yes' });
  const c = agreement('c', { 6: 'yes', 5: cell(5, 'unlabeled'), 8: 'n/a' });
  const comparison = compareNorms([a, b, c], NORMS);
  const ids = (rows: { norm: { id: number } }[]) => rows.map((r) => r.norm.id);

  it('finds the norms all compared agreements reflect', () => {
    expect(ids(comparison.all)).toEqual([6]);
  });

  it('finds the norms only some reflect, and says which do and which do not', () => {
    expect(comparison.some.map((r) => [r.norm.id, r.reflectedBy, r.notReflectedBy])).toEqual([
      [1, ['a'], ['b', 'c']],
      [5, ['a', 'b'], ['c']],
      [7, ['b'], ['a', 'c']],
    ]);
  });

  it('finds the norms none reflects, counting an unlabeled cell without evidence as not reflected', () => {
    expect(ids(comparison.none)).toEqual([2, 3, 4, 8, 9, 10, 11]);
  });

  it('puts every norm in exactly one summary, in norm order', () => {
    expect(comparison.rows.map((r) => r.norm.id)).toEqual(NORMS.map((n) => n.id));
    expect(
      [...ids(comparison.all), ...ids(comparison.some), ...ids(comparison.none)].sort(
        (x, y) => x - y,
      ),
    ).toEqual(NORMS.map((n) => n.id));
  });

  it('keeps the order the agreements are compared in', () => {
    expect(compareNorms([c, a], NORMS).rows[0]?.notReflectedBy).toEqual(['c']);
    expect(compareNorms([b, a], NORMS).rows[4]?.reflectedBy).toEqual(['b', 'a']);
  });
});

describe('selectionNoticeParts', () => {
  const nameOf = (slug: string) => slug.toUpperCase();

  it('says nothing when the whole selection was used', () => {
    expect(selectionNoticeParts({ slugs: ['manrs'], unknown: [], leftOut: [] }, nameOf)).toEqual(
      [],
    );
  });

  it('names the unknown agreements as given, and those left out over the limit by name', () => {
    expect(
      selectionNoticeParts(
        { slugs: [], unknown: ['x', 'y'], leftOut: ['manrs', 'paris-call', 'ethicsfirst'] },
        nameOf,
      ),
    ).toEqual([
      {
        lead: 'The link names agreements that do not exist here, so they are left out: ',
        names: ['x', 'y'],
        asGiven: true,
      },
      {
        lead: `At most ${MAX_COMPARED} agreements fit side by side, so these are left out: `,
        names: ['MANRS', 'PARIS-CALL', 'ETHICSFIRST'],
        asGiven: false,
      },
    ]);
  });

  it('speaks of one unknown agreement in the singular', () => {
    const [notice] = selectionNoticeParts(
      { slugs: [], unknown: ['atlantis'], leftOut: [] },
      nameOf,
    );
    expect(notice?.lead).toBe(
      'The link names an agreement that does not exist here, so it is left out: ',
    );
  });
});

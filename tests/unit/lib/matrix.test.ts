import { describe, expect, it } from 'vitest';
import { cellFor } from '../../../src/lib/agreements';
import { cellIssues } from '../../../src/lib/cellIssues';
import { normFrequency } from '../../../src/lib/frequencies';
import {
  cellState,
  matrixAgreement,
  matrixDocument,
  reflectedCount,
  summariseCells,
} from '../../../src/lib/matrix';
import { NORMS, agreement, cell } from '../fixtures/records';

describe('cellFor', () => {
  const a = agreement('a', { 6: 'yes' });

  it('gives the cell of norm n at place n − 1', () => {
    expect(cellFor(a, 6)).toBe(a.norms[5]);
    expect(cellFor(a, 1).norm).toBe(1);
    expect(cellFor(a, 11).norm).toBe(11);
  });

  it('refuses a record whose cells are out of norm order or missing', () => {
    const swapped = { norms: [a.norms[1], a.norms[0], ...a.norms.slice(2)] };
    expect(() => cellFor(swapped as typeof a, 1)).toThrow('norms[0] is not the cell of norm 1');
    expect(() => cellFor({ norms: a.norms.slice(0, 10) }, 11)).toThrow(
      'norms[10] is not the cell of norm 11',
    );
  });
});

describe('summariseCells', () => {
  it('keeps the schema’s fields of each cell, drops the passages and adds the issues', () => {
    const a = agreement('a', {
      2: cell(2, 'yes', ['Same words'], { labelWording: 'Yes (indirectly)', note: 'Ours.' }),
      3: cell(3, 'unlabeled', ['Same words']),
    });
    const [, second, third, fourth] = summariseCells(a);
    expect(second).toStrictEqual({
      norm: 2,
      label: 'yes',
      labelWording: 'Yes (indirectly)',
      reflected: true,
      issues: [
        { kind: 'qualified-label', wording: 'Yes (indirectly)' },
        { kind: 'shared-evidence', norms: [3] },
      ],
    });
    expect(third).toStrictEqual({
      norm: 3,
      label: 'unlabeled',
      reflected: true,
      issues: [{ kind: 'unlabeled' }, { kind: 'shared-evidence', norms: [2] }],
    });
    expect(fourth).toStrictEqual({ norm: 4, label: 'n/a', reflected: false, issues: [] });
  });
});

describe('matrixAgreement and matrixDocument', () => {
  it('pass on the record’s own fields the matrix reads, as the record has them', () => {
    const props = matrixAgreement(
      agreement('a', { 6: 'yes' }, { order: 4, shortName: 'A', category: 'un' }),
    );
    expect(props).toStrictEqual({
      slug: 'a',
      order: 4,
      shortName: 'A',
      category: { value: 'un' },
      stakeholders: { wording: 'Governments', type: 'governments' },
      launched: { wording: '2015', value: '2015' },
      norms: summariseCells(agreement('a', { 6: 'yes' })),
    });
  });

  it('give a coded document the same cells', () => {
    const { norms } = agreement('d', { 5: 'yes' });
    const props = matrixDocument({
      id: 'd',
      codedBy: 'editors',
      shortName: 'D',
      relation: 'r',
      compareWith: ['a'],
      codingNote: 'n',
      norms,
    });
    expect(props).toStrictEqual({ id: 'd', shortName: 'D', norms: summariseCells({ norms }) });
    expect(props.norms[4]).toStrictEqual({ norm: 5, label: 'yes', reflected: true, issues: [] });
  });
});

describe('cellState', () => {
  it.each([
    ['yes', true, 'yes'],
    ['unlabeled', true, 'unlabeled'],
    ['unlabeled', false, 'no'],
    ['n/a', false, 'no'],
  ] as const)('reads a %s cell counted %s as %s', (label, reflected, expected) => {
    expect(cellState({ label, reflected })).toBe(expected);
  });
});

describe('the matrix totals', () => {
  const rows = [agreement('a', { 5: 'yes', 6: 'yes' }), agreement('b', { 6: 'unlabeled' })];

  it('totals each row and each column', () => {
    expect(rows.map(reflectedCount)).toEqual([2, 1]);
    expect(normFrequency(rows, NORMS).map((c) => c.count)).toEqual([
      0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0,
    ]);
  });
});

/** The issues of norm `n`'s cell in `a`. */
function issuesOf(a: ReturnType<typeof agreement>, n: number) {
  return cellIssues(cellFor(a, n), a);
}

describe('cellIssues', () => {
  it('flags an unlabeled cell', () => {
    const a = agreement('a', { 6: 'unlabeled' });
    expect(issuesOf(a, 6).map((i) => i.kind)).toEqual(['unlabeled']);
  });

  it('flags a reflected cell without evidence', () => {
    const a = agreement('a', { 6: cell(6, 'yes', [], { note: 'The report gives none.' }) });
    expect(issuesOf(a, 6)).toEqual([{ kind: 'no-evidence' }]);
  });

  it('flags a placeholder and a qualified label', () => {
    const withPlaceholder = cell(6, 'yes', [], {
      labelWording: 'Yes (indirectly)',
      evidence: [{ text: '[list all nine principles]', kind: 'placeholder' }],
    });
    const a = agreement('a', { 6: withPlaceholder });
    expect(issuesOf(a, 6)).toEqual([
      { kind: 'qualified-label', wording: 'Yes (indirectly)' },
      { kind: 'placeholder-evidence' },
    ]);
  });

  it('names the other norms that repeat the same quote, whitespace aside', () => {
    const a = agreement('a', {
      2: cell(2, 'yes', ['Protect individuals and infrastructure']),
      9: cell(9, 'yes', ['Protect individuals  and\ninfrastructure']),
      10: cell(10, 'unlabeled', ['Protect individuals and infrastructure']),
    });
    expect(issuesOf(a, 2)).toEqual([{ kind: 'shared-evidence', norms: [9, 10] }]);
  });

  it('passes on the editors’ flags', () => {
    const a = agreement('a', {
      5: cell(5, 'yes', ['x'], { flags: ['questionable-fit'], note: 'About law.' }),
    });
    expect(issuesOf(a, 5)).toEqual([{ kind: 'questionable-fit' }]);
  });
});

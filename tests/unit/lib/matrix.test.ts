import { describe, expect, it } from 'vitest';
import { cellIssues } from '../../../src/lib/cellIssues';
import { buildMatrix } from '../../../src/lib/matrix';
import { NORMS, agreement, cell } from '../fixtures/records';

describe('buildMatrix', () => {
  const rows = [agreement('a', { 5: 'yes', 6: 'yes' }), agreement('b', { 6: 'unlabeled' })];
  const matrix = buildMatrix(rows, NORMS);

  it('has one row per agreement and one cell per norm', () => {
    expect(matrix.rows.map((r) => r.cells.length)).toEqual([11, 11]);
  });

  it('totals each row and each column', () => {
    expect(matrix.rows.map((r) => r.total)).toEqual([2, 1]);
    expect(matrix.columns.map((c) => c.total)).toEqual([0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0]);
  });

  it('keeps the report’s label beside whether the cell counts', () => {
    expect(matrix.rows[1]?.cells[5]).toMatchObject({
      label: 'unlabeled',
      reflected: true,
      evidenceCount: 1,
    });
  });

  it('refuses an agreement that lacks a norm', () => {
    const broken = { ...agreement('c'), norms: agreement('c').norms.slice(0, 10) };
    expect(() => buildMatrix([broken], NORMS)).toThrow('c has no cell for norm 11');
  });
});

/** The issues of norm `n`'s cell in `a`. */
function issuesOf(a: ReturnType<typeof agreement>, n: number) {
  const target = a.norms.find((c) => c.norm === n);
  if (!target) throw new Error(`no cell for norm ${n}`);
  return cellIssues(target, a);
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

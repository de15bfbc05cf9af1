import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../src/lib/csv';
import { evidenceCsv, matrixCsv, readEvidenceCsv } from '../../../src/lib/tableExports';
import { NORMS, agreement, cell } from '../fixtures/records';

/** An agreement whose short name and quote would each run as a formula in a spreadsheet. */
const hostile = agreement(
  'hostile',
  { 6: cell(6, 'yes', ['@SUM(1+1)*cmd|"/C calc"!A0']) },
  { shortName: '=HYPERLINK("http://x")' },
);

describe('the CSV downloads', () => {
  it('write a short name that starts a formula with an apostrophe in matrix.csv', () => {
    const [row] = parseCsvRecords(matrixCsv([hostile], NORMS, [], '1.0.0'));
    expect(row?.short_name).toBe('\'=HYPERLINK("http://x")');
    expect(row?.norms_reflected).toBe('1');
  });

  it('write a quote that starts a formula with an apostrophe in evidence.csv', () => {
    const csv = evidenceCsv([hostile], [], 'report', '1.0.0', (path) => `https://x.org${path}`);
    const [row] = parseCsvRecords(csv);
    expect(row?.quote).toBe('\'@SUM(1+1)*cmd|"/C calc"!A0');
    expect(row?.norm).toBe('6');
  });

  it('read evidence.csv back to the exact quote', () => {
    const csv = evidenceCsv([hostile], [], 'report', '1.0.0', (path) => `https://x.org${path}`);
    const quote = readEvidenceCsv(csv).get('hostile')?.norms.get(6)?.[0]?.text;
    expect(quote).toBe('@SUM(1+1)*cmd|"/C calc"!A0');
  });
});

import { describe, expect, it } from 'vitest';
import {
  documentNormCounts,
  normFrequencyWithDocumentsChart,
} from '../../../src/charts/normFrequency';
import { CHARTS, EDITOR_VARIANTS, chartById } from '../../../src/charts/registry';
import { FIXTURE } from '../fixtures/dataset';

const input = { agreements: FIXTURE.agreements, norms: FIXTURE.norms, wording: FIXTURE.wording };
const withDocuments = { ...input, documents: FIXTURE.documents };

describe('the editors’ variant of the frequency chart', () => {
  it('keeps the report’s counts and adds each norm’s count over our coded documents', () => {
    const rows = normFrequencyWithDocumentsChart.build(withDocuments).table.rows;
    expect(rows.map((r) => r.cells[2])).toEqual([1, 0, 0, 0, 1, 3, 0, 0, 2, 1, 1]);
    // The one coded document, `sco-code`, reflects norms 6 and 10.
    expect(rows.map((r) => r.cells[4])).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(rows.map((r) => r.cells[5])).toEqual(Array.from({ length: 11 }, () => 1));
  });

  it('never changes the report’s chart, whether or not documents are passed', () => {
    const report = chartById('norm-frequency');
    expect(report.build(withDocuments).table).toEqual(report.build(input).table);
  });

  it('is offered on the frequency and wording charts’ pages only, and is not in the gallery', () => {
    expect(Object.keys(EDITOR_VARIANTS)).toEqual(['norm-frequency', 'wording-by-norm']);
    expect(CHARTS).not.toContain(normFrequencyWithDocumentsChart);
    expect(CHARTS).not.toContain(EDITOR_VARIANTS['wording-by-norm']);
  });

  it('counts nothing extra when there are no documents', () => {
    expect([...documentNormCounts(input).values()]).toEqual(Array.from({ length: 11 }, () => 0));
  });
});

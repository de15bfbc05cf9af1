import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { reflectedNormIds } from '../../../src/lib/frequencies';
import { toEditorRows } from '../../../src/lib/matrixView/editorRows';

const { documents, norms } = requireDataset();

describe('toEditorRows', () => {
  const rows = toEditorRows(documents, norms);

  it('gives one row per coded document with a cell per norm, linking to our coding', () => {
    expect(rows.map((r) => r.id)).toEqual(documents.map((d) => d.id));
    for (const row of rows) {
      expect(row.cells.map((c) => c.norm)).toEqual(norms.map((n) => n.id));
      expect(row.cells[0]?.href).toBe(`/documents/${row.id}/#norm-1`);
    }
  });

  it('marks as reflected exactly the norms our coding counts, and totals them', () => {
    documents.forEach((document, i) => {
      const row = rows[i];
      const reflected = reflectedNormIds(document);
      expect(row?.cells.filter((c) => c.state !== 'no').map((c) => c.norm)).toEqual(reflected);
      expect(row?.total).toBe(reflected.length);
    });
  });
});

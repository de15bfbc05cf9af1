import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { parseCsv } from '../../../src/lib/csv';
import { COLUMN_DOCS, expandColumns } from '../../../src/lib/csvColumns';
import { DOWNLOADS } from '../../../src/lib/downloads';
import type { Dataset } from '../../../src/lib/dataset/dataset';

const data: Dataset = requireDataset();
const csvDownloads = DOWNLOADS.filter((d) => d.format === 'CSV');

describe('CSV column documentation', () => {
  it.each(csvDownloads.map((d) => [d.path, d]))(
    'documents every column of %s, in the file’s order, and no other',
    (path, download) => {
      const [header] = parseCsv(download.build(data, 'https://example.org'));
      expect(expandColumns(COLUMN_DOCS[path] ?? [], data.norms)).toEqual(header);
    },
  );

  it('repeats a run of per-norm columns once per norm, interleaved as the file writes them', () => {
    const docs = [
      { name: 'a', meaning: '' },
      { name: 'norm_<n>_x', meaning: '' },
      { name: 'norm_<n>_y', meaning: '' },
      { name: 'b', meaning: '' },
    ];
    const norms = data.norms.slice(0, 2);
    const [first, second] = norms.map((n) => n.id);
    expect(expandColumns(docs, norms)).toEqual([
      'a',
      `norm_${String(first)}_x`,
      `norm_${String(first)}_y`,
      `norm_${String(second)}_x`,
      `norm_${String(second)}_y`,
      'b',
    ]);
  });
});

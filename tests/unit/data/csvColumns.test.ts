import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, expandColumnDocs, expandColumns } from '../../../src/lib/csvColumns';
import { DOWNLOADS } from '../../../src/lib/downloads';
import { FIXTURE } from '../fixtures/dataset';

const csvDownloads = DOWNLOADS.filter((d) => d.format === 'CSV');

describe('CSV column documentation', () => {
  it.each(csvDownloads.map((d) => [d.path, d]))(
    'documents every column of %s, in the file’s order, and no other',
    (path, download) => {
      const [header] = parse(download.build(FIXTURE, 'https://example.org'), { to_line: 1 });
      expect(expandColumns(COLUMN_DOCS[path] ?? [], FIXTURE.norms)).toEqual(header);
    },
  );

  it('lists a field’s allowed values as a sentence does', () => {
    const label = COLUMN_DOCS['/data/matrix.csv']?.find((c) => c.name === 'norm_<n>_label');
    expect(label?.meaning).toBe(
      'The report’s label for norm <n>: yes, n/a or unlabeled (unlabeled: the report prints no marker).',
    );
  });

  it('repeats a run of per-norm columns once per norm, interleaved as the file writes them', () => {
    const docs = [
      { name: 'a', meaning: '', type: 'string' },
      { name: 'norm_<n>_x', meaning: '', type: 'string' },
      { name: 'norm_<n>_y', meaning: '', type: 'boolean' },
      { name: 'b', meaning: '', type: 'integer' },
    ] as const;
    expect(expandColumns(docs, FIXTURE.norms.slice(0, 2))).toEqual([
      'a',
      'norm_1_x',
      'norm_1_y',
      'norm_2_x',
      'norm_2_y',
      'b',
    ]);
  });

  it('gives each per-norm column its own number in its name and its meaning, with its type', () => {
    const docs = COLUMN_DOCS['/data/matrix.csv'] ?? [];
    const reflected = expandColumnDocs(docs, FIXTURE.norms).find(
      (c) => c.name === 'norm_6_reflected',
    );
    expect(reflected).toEqual({
      name: 'norm_6_reflected',
      meaning: 'true when norm 6 counts as reflected under the counting rule, else false.',
      type: 'boolean',
    });
  });
});

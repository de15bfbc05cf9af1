import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireDataset } from '../../../src/lib/dataset/readDataset';

interface Person {
  'given-names': string;
  'name-particle'?: string;
  'family-names': string;
}
const cff = parse(readFileSync('CITATION.cff', 'utf8')) as {
  version: string;
  'date-released': string;
  license: string;
  references: { title: string; year: number; authors: Person[] }[];
};
const data = requireDataset();
const report = data.sources.find((s) => s.kind === 'report');

describe('CITATION.cff', () => {
  it('carries the dataset version and release date of data/dataset.yaml', () => {
    expect(cff.version).toBe(data.meta.version);
    expect(cff['date-released']).toBe(data.meta.changelog[0]?.date);
  });

  it('cites the report as in data/sources.yaml', () => {
    const [reference] = cff.references;
    expect(reference?.title).toBe(report?.title);
    expect(reference?.year).toBe(report?.year);
    expect(
      reference?.authors.map((a) =>
        [a['given-names'], a['name-particle'], a['family-names']].filter(Boolean).join(' '),
      ),
    ).toEqual(report?.authors);
  });

  it('uses the licence the data page states', async () => {
    const { DATA_LICENSE } = await import('../../../src/lib/datasetJsonLd');
    expect(DATA_LICENSE.url).toContain(cff.license.replace(/^CC-BY-(\d)\.(\d)$/u, 'by/$1.$2'));
  });
});

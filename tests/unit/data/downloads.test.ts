import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS, downloadAt } from '../../../src/lib/downloads';
import { readEvidenceCsv } from '../../../src/lib/tableExports';
import { FIXTURE as data } from '../fixtures/dataset';

const site = 'https://example.org';
const build = (path: string) => downloadAt(path).build(data, site);
const readCsv = (text: string) => parse<Record<string, string>>(text, { columns: true });

describe('evidence.csv', () => {
  const back = readEvidenceCsv(build('/data/evidence.csv'));

  it('reads back to exactly the evidence of every record, each list in its order', () => {
    const known = new Set(data.agreements.map((a) => a.slug));
    expect([...back.keys()].filter((slug) => !known.has(slug))).toEqual([]);
    for (const a of data.agreements) {
      const read = back.get(a.slug);
      expect(read?.commentary ?? []).toStrictEqual(a.commentary);
      expect(read?.additionalNorms ?? []).toStrictEqual(a.additionalNorms);
      for (const cell of a.norms)
        expect(read?.norms.get(cell.norm) ?? []).toStrictEqual(cell.evidence);
    }
  });

  it('links every passage, placeholders too, to its anchor in the report reader', () => {
    const rows = readCsv(build('/data/evidence.csv'));
    expect(rows.map((r) => r.source_url?.replace(`${site}/sources/bpf-report/#`, ''))).toEqual([
      'q-g7-lucca-n1-1',
      'q-g7-lucca-n6-1',
      'q-paris-call-c-1',
      'q-paris-call-n5-1',
      'q-paris-call-n6-1',
      'q-paris-call-n9-1',
      'q-paris-call-f-1',
      'q-manrs-n6-1',
      'q-manrs-n9-1',
      'q-un-gge-2015-n10-1',
      'q-un-gge-2015-n11-1',
    ]);
  });
});

describe('matrix.csv', () => {
  const rows = readCsv(build('/data/matrix.csv'));
  const columns = (norm: number) =>
    rows.map((r) => [r[`norm_${norm}_label`], r[`norm_${norm}_reflected`]]);

  it('has one row per agreement in report order, with its count of norms reflected', () => {
    expect(rows.map((r) => [r.agreement, r.norms_reflected])).toEqual([
      ['g7-lucca', '2'],
      ['paris-call', '3'],
      ['manrs', '2'],
      ['un-gge-2015', '2'],
    ]);
  });

  it('gives each norm the report’s label and whether it counts as reflected', () => {
    expect(columns(5)).toEqual([
      ['unlabeled', 'false'],
      ['yes', 'true'],
      ['n/a', 'false'],
      ['n/a', 'false'],
    ]);
    expect(columns(9)).toEqual([
      ['n/a', 'false'],
      ['unlabeled', 'true'],
      ['yes', 'true'],
      ['n/a', 'false'],
    ]);
  });
});

describe('norms.json and schema.json', () => {
  it('lists the agreements reflecting each norm', () => {
    const published = JSON.parse(build('/data/norms.json')) as {
      norms: { id: number; reflectedBy: string[] }[];
    };
    expect(published.norms.map((n) => [n.id, n.reflectedBy.join(' ')])).toEqual([
      [1, 'g7-lucca'],
      [2, ''],
      [3, ''],
      [4, ''],
      [5, 'paris-call'],
      [6, 'g7-lucca paris-call manrs'],
      [7, ''],
      [8, ''],
      [9, 'paris-call manrs'],
      [10, 'un-gge-2015'],
      [11, 'un-gge-2015'],
    ]);
  });

  it('describes the published agreement, with its slug and cells named by id', () => {
    const schema = JSON.parse(build('/data/schema.json')) as {
      definitions: {
        agreement: {
          properties: Record<string, { items?: { properties: Record<string, unknown> } }>;
          required: string[];
        };
      };
    };
    const agreement = schema.definitions.agreement;
    expect(agreement.required).toContain('slug');
    expect(Object.keys(agreement.properties.norms?.items?.properties ?? {})).toContain('id');
    expect(Object.keys(agreement.properties.norms?.items?.properties ?? {})).not.toContain('norm');
  });
});

describe('documents.json', () => {
  const file = JSON.parse(build('/data/documents.json')) as {
    codedBy: string;
    documents: { id: string; codedBy: string; norms: { id: number; reflected: boolean }[] }[];
  };

  it('says in the file that the coding is the editors’, not the report’s', () => {
    expect(file.codedBy).toMatch(
      /^Coded by the Cyber Norms Explorer editors, not by the BPF report/u,
    );
    expect(file.documents.every((d) => d.codedBy === 'editors')).toBe(true);
  });

  it('holds every coded document with its cells as in the records', () => {
    expect(file.documents.map((d) => d.id)).toEqual(['sco-code']);
    expect(file.documents[0]?.norms.filter((c) => c.reflected).map((c) => c.id)).toEqual([6, 10]);
    expect(file.documents[0]?.norms.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('every download', () => {
  it.each(DOWNLOADS.map((d) => [d.path]))('%s carries the dataset version', (path) => {
    expect(build(path)).toContain('9.8.7');
  });
});

import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { parseCsvRecords } from '../../../src/lib/csv';
import { DOWNLOADS, downloadAt } from '../../../src/lib/downloads';
import { readEvidenceCsv } from '../../../src/lib/tableExports';
import type { Dataset } from '../../../src/lib/dataset/dataset';

const data: Dataset = requireDataset();
const { report } = data;
const site = 'https://example.org';
const build = (path: string) => downloadAt(path).build(data, site);

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

  it('links every passage to its anchor in the report reader', () => {
    const rows = parseCsvRecords(build('/data/evidence.csv'));
    expect(
      rows.every((r) =>
        r.source_url?.startsWith(`${site}/sources/${report.id}/#q-${r.agreement ?? ''}-`),
      ),
    ).toBe(true);
  });
});

describe('matrix.csv', () => {
  const rows = parseCsvRecords(build('/data/matrix.csv'));

  it('has one row per agreement in report order and a label and reflected column per norm', () => {
    expect(rows.map((r) => r.agreement)).toEqual(data.agreements.map((a) => a.slug));
    for (const [i, a] of data.agreements.entries()) {
      for (const cell of a.norms) {
        expect(rows[i]?.[`norm_${cell.norm}_label`]).toBe(cell.label);
        expect(rows[i]?.[`norm_${cell.norm}_reflected`]).toBe(String(cell.reflected));
      }
    }
  });
});

describe('norms.json and schema.json', () => {
  it('lists the agreements reflecting each norm', () => {
    const published = JSON.parse(build('/data/norms.json')) as {
      norms: { id: number; reflectedBy: string[] }[];
    };
    for (const norm of published.norms) {
      expect(norm.reflectedBy).toEqual(
        data.agreements
          .filter((a) => a.norms.some((c) => c.norm === norm.id && c.reflected))
          .map((a) => a.slug),
      );
    }
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
    expect(file.documents.map((d) => d.id)).toEqual(data.documents.map((d) => d.id));
    data.documents.forEach((d, i) => {
      expect(file.documents[i]?.norms.map((c) => [c.id, c.reflected])).toEqual(
        d.norms.map((c) => [c.norm, c.reflected]),
      );
    });
  });
});

describe('every download', () => {
  it.each(DOWNLOADS.map((d) => [d.path]))('%s carries the dataset version', (path) => {
    const text = build(path);
    expect(text).toContain(data.meta.version);
  });
});

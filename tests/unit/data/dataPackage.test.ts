import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { resourceName } from '../../../src/lib/dataPackage';
import { downloadAt } from '../../../src/lib/downloads';
import { FIXTURE } from '../fixtures/dataset';

interface Descriptor {
  version: string;
  licenses: { name: string }[];
  resources: {
    name: string;
    path: string;
    schema?: { fields: { name: string; type: string }[] };
  }[];
}
const descriptor = JSON.parse(
  downloadAt('/data/datapackage.json').build(FIXTURE, 'https://example.org'),
) as Descriptor;
const byName = (name: string) => descriptor.resources.find((r) => r.name === name);

describe('datapackage.json', () => {
  it('names resources by their path under /data/', () => {
    expect(resourceName('/data/matrix.csv')).toBe('matrix');
    expect(resourceName('/data/agreements/paris-call.json')).toBe('agreements-paris-call');
  });

  it('describes the dataset’s version and licence, and every file but itself', () => {
    expect(descriptor.version).toBe('9.8.7');
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['FL-1.0']);
    const paths = descriptor.resources.map((r) => r.path);
    expect(paths.slice(0, 6)).toEqual([
      'agreements.json',
      'norms.json',
      'matrix.csv',
      'evidence.csv',
      'documents.json',
      'schema.json',
    ]);
    expect(paths).toContain('agreements/paris-call.json');
    expect(paths).not.toContain('datapackage.json');
    expect(paths).toHaveLength(6 + FIXTURE.agreements.length + FIXTURE.norms.length);
  });

  it('gives each CSV the fields its header has, typed', () => {
    for (const [name, path] of [
      ['matrix', '/data/matrix.csv'],
      ['evidence', '/data/evidence.csv'],
    ] as const) {
      const [header] = parse(downloadAt(path).build(FIXTURE, 'https://example.org'), {
        to_line: 1,
      });
      expect(byName(name)?.schema?.fields.map((f) => f.name)).toEqual(header);
    }
    const types = Object.fromEntries(
      (byName('matrix')?.schema?.fields ?? []).map((f) => [f.name, f.type]),
    );
    expect([types.norm_1_reflected, types.norms_reflected, types.category]).toEqual([
      'boolean',
      'integer',
      'string',
    ]);
    // This site's wording measure: a class (text) and a share (a number from 0 to 1).
    expect([types.norm_3_wording_class, types.norm_3_wording_share]).toEqual(['string', 'number']);
  });
});

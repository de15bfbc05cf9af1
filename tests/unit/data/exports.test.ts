import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import {
  agreementsExport,
  importAgreement,
  type ExportedAgreement,
} from '../../../src/lib/exports';

const data = requireDataset();
const report = data.sources.find((s) => s.kind === 'report');

describe('agreements.json', () => {
  if (!report) throw new Error('no report source');
  const published = JSON.parse(
    JSON.stringify(agreementsExport(data.agreements, data.meta, report)),
  ) as {
    dataset: { version: string };
    agreements: ExportedAgreement[];
  };

  it('carries the dataset version', () => {
    expect(published.dataset.version).toBe(data.meta.version);
  });

  it('reads back to exactly the records in the YAML, every list in its order', () => {
    expect(published.agreements.map(importAgreement)).toStrictEqual(data.agreements);
  });

  it('names each cell’s norm `id`, in norm order', () => {
    for (const agreement of published.agreements)
      expect(agreement.norms.map((c) => c.id)).toEqual(data.norms.map((n) => n.id));
  });
});

import { describe, expect, it } from 'vitest';
import {
  agreementsExport,
  importAgreement,
  type ExportedAgreement,
} from '../../../src/lib/exports';
import { FIXTURE } from '../fixtures/dataset';
import { FIXTURE_MEASURED } from '../fixtures/wording';

describe('agreements.json', () => {
  const published = JSON.parse(
    JSON.stringify(
      agreementsExport(
        FIXTURE_MEASURED.agreements,
        FIXTURE_MEASURED.wording.agreements,
        FIXTURE.meta,
        FIXTURE.report,
      ),
    ),
  ) as {
    dataset: { version: string };
    agreements: ExportedAgreement[];
  };

  it('carries the dataset version', () => {
    expect(published.dataset.version).toBe('9.8.7');
  });

  it('reads back to exactly the records, every list in its order, leaving the measure out', () => {
    expect(published.agreements.map(importAgreement)).toStrictEqual(FIXTURE.agreements);
  });

  it('names each cell’s norm `id`, in norm order', () => {
    for (const agreement of published.agreements)
      expect(agreement.norms.map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

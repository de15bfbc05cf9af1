import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { requireDataset } from '../../../src/lib/dataset/readDataset';
import { publishedSchema } from '../../../src/schemas/published';

/**
 * verify:data keeps every slug of the ledger; this keeps the ledger complete, so that a slug
 * released since cannot be renamed unnoticed: every record's slug and former slug is in it.
 */
describe('data/published.yaml', () => {
  const data = requireDataset();
  const ledger = publishedSchema.parse(parse(readFileSync('data/published.yaml', 'utf8')));
  const published = (record: { formerSlugs?: string[] | undefined }, slug: string) => [
    slug,
    ...(record.formerSlugs ?? []),
  ];

  it.each([
    ['agreements', data.agreements.flatMap((a) => published(a, a.slug)), ledger.agreements],
    ['norms', data.norms.flatMap((n) => published(n, n.slug)), ledger.norms],
    ['documents', data.documents.flatMap((d) => published(d, d.id)), ledger.documents],
    ['sources', data.sources.flatMap((s) => published(s, s.id)), ledger.sources],
  ])('lists every slug of the %s', (_kind, slugs, recorded) => {
    expect(slugs.filter((slug) => !recorded.includes(slug))).toEqual([]);
  });
});

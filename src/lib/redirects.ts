import type { Dataset } from './dataset/dataset';
import { agreementPath, documentPath, normPath, sourcePath } from './urls';

/** One published URL that now lives elsewhere: site paths, before `withBase`. */
export interface Redirect {
  from: string;
  to: string;
  /** The record's name, for the moved page's link. */
  label: string;
}

/**
 * Every former slug of a record as a redirect to its current page (`formerSlugs` in the records;
 * the verifier has checked that each was published and that none is in use), agreements first.
 */
export function redirects(
  data: Pick<Dataset, 'agreements' | 'norms' | 'documents' | 'sources'>,
): Redirect[] {
  const each = <T extends { formerSlugs?: string[] | undefined }>(
    records: readonly T[],
    slugOf: (record: T) => string,
    pathOf: (slug: string) => string,
    labelOf: (record: T) => string,
  ): Redirect[] =>
    records.flatMap((record) =>
      (record.formerSlugs ?? []).map((former) => ({
        from: pathOf(former),
        to: pathOf(slugOf(record)),
        label: labelOf(record),
      })),
    );
  return [
    ...each(
      data.agreements,
      (a) => a.slug,
      agreementPath,
      (a) => a.shortName,
    ),
    ...each(
      data.norms,
      (n) => n.slug,
      normPath,
      (n) => `Norm ${n.id}: ${n.title}`,
    ),
    ...each(
      data.documents,
      (d) => d.id,
      documentPath,
      (d) => d.shortName,
    ),
    ...each(
      data.sources,
      (s) => s.id,
      (id) => sourcePath(id),
      (s) => s.shortTitle,
    ),
  ];
}

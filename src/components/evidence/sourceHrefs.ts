import { quoteAnchor, sourcePath } from '../../lib/urls';

/**
 * The site paths of a report cell's passages in the report reader, for `EvidenceItems`: passage `i`
 * of norm `normId` in agreement `slug`.
 */
export function reportCellHrefs(
  reportId: string,
  slug: string,
  normId: number,
  count: number,
): string[] {
  return Array.from({ length: count }, (_, i) =>
    sourcePath(reportId, quoteAnchor(slug, { part: 'norm', normId, index: i })),
  );
}

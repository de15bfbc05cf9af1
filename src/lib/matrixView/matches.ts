import type { SearchHit } from '../search/searcher';

/** What the search found for one agreement: its best hit and how many hits it had. */
export interface RowMatch {
  best: SearchHit;
  count: number;
}

/**
 * Groups search hits by agreement, keeping each agreement's best hit (fuse returns hits best first).
 * A passage (quote or additional norm) is preferred over a hit on the name or description, because
 * the matrix shows the reader which passage matched. Norm documents belong to no agreement.
 */
export function matchesByAgreement(hits: readonly SearchHit[]): Map<string, RowMatch> {
  const bySlug = new Map<string, RowMatch>();
  for (const hit of hits) {
    if (hit.doc.type === 'norm') continue;
    const slug = hit.doc.slug;
    const current = bySlug.get(slug);
    if (!current) {
      bySlug.set(slug, { best: hit, count: 1 });
      continue;
    }
    current.count += 1;
    if (current.best.doc.type === 'agreement' && hit.doc.type !== 'agreement') current.best = hit;
  }
  return bySlug;
}

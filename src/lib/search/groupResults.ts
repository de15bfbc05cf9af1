import { excerptSegments, highlightRanges, type TextSegment } from './excerpt';
import type { SearchHit } from './searcher';

/** One result as the reader sees it: what it is, where it leads, and the matched text marked. */
export interface ResultItem {
  id: string;
  /** The headline: agreement name, norm title, or the agreement a quote comes from. */
  label: string;
  /** Where the quote sits, e.g. "Norm 6 · Art. 2"; empty for agreements and norms. */
  context: string;
  /** Site path: the agreement page, the norm page, or the `#norm-<n>` block holding the quote. */
  href: string;
  snippet: TextSegment[];
}

export interface ResultGroup {
  kind: 'agreements' | 'norms' | 'quotes';
  heading: string;
  items: ResultItem[];
}

const HEADINGS: Record<ResultGroup['kind'], string> = {
  agreements: 'Agreements',
  norms: 'Norms',
  quotes: 'Quotes',
};

/** Characters shown around the first match of a passage. */
const RADIUS = 70;

/**
 * Hits grouped as agreements, norms and quotes (additional norms count as quotes), each group in the
 * search's ranking order and cut to `perGroup`; empty groups are left out.
 */
export function groupResults(
  hits: readonly SearchHit[],
  query: string,
  perGroup = 5,
): ResultGroup[] {
  const groups: Record<ResultGroup['kind'], ResultItem[]> = {
    agreements: [],
    norms: [],
    quotes: [],
  };
  for (const hit of hits) {
    const { doc } = hit;
    const snippet = excerptSegments(doc.text, highlightRanges(doc.text, query, hit.ranges), {
      radius: RADIUS,
    });
    if (doc.type === 'agreement') {
      groups.agreements.push({
        id: doc.id,
        label: doc.shortName,
        context: '',
        href: doc.href,
        snippet,
      });
    } else if (doc.type === 'norm') {
      groups.norms.push({
        id: doc.id,
        label: `Norm ${doc.normId}: ${doc.title}`,
        context: '',
        href: doc.href,
        snippet,
      });
    } else {
      const where =
        doc.type === 'additional-norm'
          ? 'Additional norm'
          : doc.normId !== null
            ? `Norm ${doc.normId}`
            : 'Report’s framing';
      groups.quotes.push({
        id: doc.id,
        label: doc.shortName,
        context: [where, doc.locator].filter(Boolean).join(' · '),
        href: doc.href,
        snippet,
      });
    }
  }
  return (Object.keys(groups) as ResultGroup['kind'][])
    .map((kind) => ({ kind, heading: HEADINGS[kind], items: groups[kind].slice(0, perGroup) }))
    .filter((g) => g.items.length > 0);
}

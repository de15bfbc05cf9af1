/**
 * A search hit, described once as plain data and drawn by both runtimes that show hits: the header
 * combobox and the /search/ page are plain DOM (`toDom` in `src/scripts/search/render.ts`, so pages
 * stay free of a framework) and the matrix is React (`<MarkupView>`). Text is only ever a text node
 * or a React string child: nothing here is parsed as HTML, whatever a record or a query says.
 */
import { withBase } from '../../lib/base';
import type { RowMatch } from '../../lib/matrixView/matches';
import { excerptSegments, highlightRanges, type TextSegment } from '../../lib/search/excerpt';
import { placeOf, type ResultItem } from '../../lib/search/groupResults';

export interface MarkupElement {
  tag: 'a' | 'mark' | 'p' | 'q' | 'span';
  className?: string;
  /** For a link: the full address (the base path already added). */
  href?: string;
  children: Markup[];
}
export type Markup = string | MarkupElement;

const element = (
  tag: MarkupElement['tag'],
  className: string,
  children: Markup[],
  href?: string,
): MarkupElement => ({
  tag,
  ...(className === '' ? {} : { className }),
  children,
  ...(href === undefined ? {} : { href }),
});

/** Text with its matched parts in <mark>. */
export function markedText(segments: readonly TextSegment[]): Markup[] {
  return segments.map((s) => (s.match ? { tag: 'mark', children: [s.text] } : s.text));
}

/**
 * One result of the grouped search: its title (a link on the /search/ page, plain text in the
 * combobox, whose option is the link), where it matched, and the excerpt, matches marked.
 */
export function resultHit(item: ResultItem, title: 'link' | 'text'): MarkupElement[] {
  const parts = [
    title === 'link'
      ? element('a', 'result-title', markedText(item.title), withBase(item.href))
      : element('span', 'result-title', markedText(item.title)),
  ];
  if (item.context) parts.push(element('span', 'result-context', [item.context]));
  if (item.excerpt.length > 0)
    parts.push(element('span', 'result-excerpt', markedText(item.excerpt)));
  return parts;
}

/** Characters shown either side of the first match in a long passage of the matrix's match line. */
const MATCH_RADIUS = 90;

/** Under a matching row of the matrix: which passage the search matched, with the match marked. */
export function matchLine({ best, count }: RowMatch, query: string): MarkupElement {
  const { doc, ranges } = best;
  const more =
    count > 1 ? ` (${count - 1} more match${count > 2 ? 'es' : ''} in this agreement)` : '';
  if (doc.type === 'agreement' && ranges.length === 0)
    return element('p', 'match-line', [
      element('span', 'match-where', ['Matched the agreement’s name']),
      more,
    ]);
  const where =
    doc.type === 'agreement' ? 'The agreement’s name, organisation or description' : placeOf(doc);
  const text = doc.type === 'norm' ? '' : doc.text;
  const excerpt = excerptSegments(text, highlightRanges(text, query, ranges), {
    radius: MATCH_RADIUS,
  });
  return element('p', 'match-line', [
    element('span', 'match-where', [`${where}:`]),
    ' ',
    element('q', 'match-text', markedText(excerpt)),
    ' ',
    element('a', '', ['Read it in context'], withBase(doc.href)),
    more,
  ]);
}

/**
 * A search hit, described once as plain data and drawn by both runtimes that show hits: the header
 * combobox and the /search/ page are plain DOM (`toDom` in `src/scripts/search/render.ts`, so pages
 * stay free of a framework) and the matrix is React (`<MarkupView>`; its match line is in
 * `matchLine.ts`, kept apart so the header search does not load it). Text is only ever a text node
 * or a React string child: nothing here is parsed as HTML, whatever a record or a query says.
 */
import { withBase } from '../../lib/base';
import type { TextSegment } from '../../lib/search/excerpt';
import type { ResultItem } from '../../lib/search/groupResults';

export interface MarkupElement {
  tag: 'a' | 'mark' | 'p' | 'q' | 'span';
  className?: string;
  /** For a link: the full address (the base path already added). */
  href?: string;
  children: Markup[];
}
export type Markup = string | MarkupElement;

export const element = (
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

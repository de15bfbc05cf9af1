/**
 * DOM for search results, shared by the header combobox and the /search/ page. Every piece of text
 * (the query, titles, passages) goes in as a text node: nothing is ever parsed as markup.
 */
import type { TextSegment } from '../../lib/search/excerpt';
import type { ResultItem } from '../../lib/search/groupResults';

/** An element with a class and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its matched parts in <mark>. */
export function highlighted<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  segments: readonly TextSegment[],
): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  for (const segment of segments)
    node.append(
      segment.match ? el('mark', '', segment.text) : document.createTextNode(segment.text),
    );
  return node;
}

/** A result's context line and excerpt (its title is the caller's: a link or an option's text). */
export function resultDetails(item: ResultItem): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (item.context) parts.push(el('span', 'result-context', item.context));
  if (item.excerpt.length > 0) parts.push(highlighted('span', 'result-excerpt', item.excerpt));
  return parts;
}

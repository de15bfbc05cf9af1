/**
 * DOM for search results, shared by the header combobox and the /search/ page. A hit's markup is
 * described once (`src/components/search/hitMarkup.ts`); `toDom` draws it. Every piece of text (the
 * query, titles, passages) goes in as a text node: nothing is ever parsed as markup.
 */
import type { Markup } from '../../components/search/hitMarkup';

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

/** Draws `Markup` as DOM nodes: the scripts' renderer of a search hit (`MarkupView` is React's). */
export function toDom(markup: Markup): Node {
  if (typeof markup === 'string') return document.createTextNode(markup);
  const node = el(markup.tag, markup.className);
  if (markup.href !== undefined) node.setAttribute('href', markup.href);
  node.append(...markup.children.map(toDom));
  return node;
}

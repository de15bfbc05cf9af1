import type { ResultGroup } from '../../lib/search/groupResults';
import type { TextSegment } from '../../lib/search/excerpt';

/** Text with its matches in <mark>, built as DOM nodes: the query is never parsed as markup. */
export function highlighted(segments: readonly TextSegment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    if (segment.match) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      fragment.append(mark);
    } else fragment.append(document.createTextNode(segment.text));
  }
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Grouped results as DOM. `option` makes each result an ARIA option (the header's listbox), or a
 * plain link in a list (the results page). `href` turns a site path into a link.
 */
export function renderGroups(
  groups: readonly ResultGroup[],
  { option, href, idPrefix }: { option: boolean; href: (path: string) => string; idPrefix: string },
): HTMLElement[] {
  return groups.map((group, g) => {
    const section = el('div', 'result-group');
    const headingId = `${idPrefix}-group-${g}`;
    section.append(el(option ? 'div' : 'h2', 'result-group-heading', group.heading));
    section.lastElementChild?.setAttribute('id', headingId);
    const list = el(option ? 'div' : 'ul', 'result-list');
    if (option) {
      list.setAttribute('role', 'group');
      list.setAttribute('aria-labelledby', headingId);
    }
    group.items.forEach((item, i) => {
      const link = el('a', 'result');
      link.href = href(item.href);
      link.id = `${idPrefix}-${g}-${i}`;
      if (option) {
        link.setAttribute('role', 'option');
        link.tabIndex = -1;
      }
      const title = el('span', 'result-label', item.label);
      if (item.context) title.append(el('span', 'result-context', ` — ${item.context}`));
      const snippet = el('span', 'result-snippet');
      snippet.append(highlighted(item.snippet));
      link.append(title, snippet);
      if (option) list.append(link);
      else {
        const li = document.createElement('li');
        li.append(link);
        list.append(li);
      }
    });
    section.append(list);
    return section;
  });
}

/**
 * The header search as an ARIA combobox (the APG "list autocomplete" pattern): focus stays in the
 * text box, arrow keys move through the grouped results (aria-activedescendant), Enter opens the
 * chosen one, Escape closes the list (and, pressed again, clears the box). Enter with no result
 * chosen submits the form to /search/?q=, as without JavaScript. Plain DOM rather than React: the
 * whole of it, with fuse.js, is smaller than React alone, and pages stay free of a framework.
 */
import { withBase } from '../../lib/base';
import {
  groupResults,
  resultsSummary,
  type ResultGroup,
  type ResultItem,
} from '../../lib/search/groupResults';
import { MAX_QUERY_LENGTH } from '../../lib/search/limits';
import { paths } from '../../lib/urls';
import { loadIndex, type LoadedIndex } from './loadSearcher';
import { resultHit } from '../../components/search/hitMarkup';
import { el, toDom } from './render';

/** Results the list shows per group (the /search/ page shows them all), and their excerpts' reach. */
const LIMITS = { agreements: 4, norms: 3, quotes: 5 };
const RADIUS = 50;

const ID = 'site-search';

export function enhanceSiteSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = el('div', 'search-popup');
  popup.id = `${ID}-popup`;
  popup.hidden = true;
  const listbox = el('div', 'search-listbox');
  listbox.id = `${ID}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  const message = el('p', 'search-message');
  const status = el('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  popup.append(message, listbox);
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.maxLength = MAX_QUERY_LENGTH;

  let options: HTMLElement[] = [];
  let active = -1;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const option = (href: string, children: Node[]): HTMLElement => {
    const node = el('div', 'search-option');
    node.id = `${ID}-option-${options.length}`;
    node.setAttribute('role', 'option');
    node.setAttribute('aria-selected', 'false');
    node.dataset.href = href;
    node.append(...children);
    options.push(node);
    return node;
  };

  const itemOption = (item: ResultItem) => option(item.href, resultHit(item, 'text').map(toDom));

  const clear = () => {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox.replaceChildren();
  };

  const say = (text: string) => {
    message.textContent = text;
    message.hidden = text === '';
  };

  const show = (query: string, groups: readonly ResultGroup[]) => {
    clear();
    for (const group of groups) {
      if (group.items.length === 0) continue;
      const node = el('div', 'search-group');
      node.setAttribute('role', 'group');
      const label = el('div', 'search-group-label', `${group.label} (${group.total})`);
      label.id = `${ID}-group-${group.key}`;
      label.setAttribute('role', 'presentation');
      node.setAttribute('aria-labelledby', label.id);
      node.append(label, ...group.items.map(itemOption));
      listbox.append(node);
    }
    const found = options.length > 0;
    if (found) {
      const all = `${paths.search}?q=${encodeURIComponent(query)}`;
      listbox.append(
        option(all, [el('span', 'result-title', 'See all results on the search page')]),
      );
    }
    say(found ? '' : `Nothing matches “${query}”.`);
    status.textContent = found
      ? `${resultsSummary(groups)}. Use the up and down arrow keys to choose one, Enter to open it.`
      : resultsSummary(groups);
    setOpen(true);
  };

  let index: LoadedIndex | null = null;
  let failed = false;
  const render = () => {
    const query = input.value.trim();
    if (query.length < 2) {
      clear();
      status.textContent = '';
      setOpen(false);
      return;
    }
    if (!index) {
      clear();
      say(
        failed
          ? 'The search index could not be loaded. Press Enter to try the search page.'
          : 'Loading the search index…',
      );
      setOpen(true);
      return;
    }
    show(query, groupResults(index.search(query, 1000), query, index.docs, LIMITS, RADIUS));
  };

  const go = (href: string) => {
    setOpen(false);
    window.location.assign(withBase(href));
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= 2) render();
  });
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) render();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = active === -1 && step < 0 ? options.length : active;
      setActive((from + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const href = options[active]?.dataset.href;
      if (href) go(href);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else if (input.value !== '') input.value = '';
      else return;
      event.preventDefault();
    }
  });
  // A click on a result: keep focus in the box on press, then follow the result.
  listbox.addEventListener('mousedown', (event) => {
    event.preventDefault();
  });
  listbox.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[role=option]') : null;
    const href = target instanceof HTMLElement ? target.dataset.href : undefined;
    if (href) go(href);
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget)))
      setOpen(false);
  });

  // Load the index now, so that results come as soon as the reader types.
  const ready = () => {
    if (document.activeElement === input) render();
  };
  loadIndex().then(
    (loaded) => {
      index = loaded;
      ready();
    },
    () => {
      failed = true;
      ready();
    },
  );
  ready();
}

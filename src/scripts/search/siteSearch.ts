import { withBase } from '../../lib/base';
import { groupResults } from '../../lib/search/groupResults';
import { paths } from '../../lib/urls';
import { loadSearcher, type Search } from './loadSearcher';
import { renderGroups } from './renderResults';

/** Results per group in the header's list; the results page shows them all. */
const PER_GROUP = 4;

/**
 * Turns the header's search box into a combobox (WAI-ARIA pattern): results grouped as agreements,
 * norms and quotes; arrows move, Enter opens, Escape closes; the form still submits to the results page.
 */
export function enhanceSiteSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const popup = document.createElement('div');
  popup.id = 'site-search-results';
  popup.className = 'search-popup';
  popup.setAttribute('role', 'listbox');
  popup.setAttribute('aria-label', 'Search results');
  popup.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(popup, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');

  let search: Search | null = null;
  let active = -1;
  const options = () => [...popup.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  const setActive = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
    });
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const update = () => {
    const query = input.value.trim();
    if (!search || query.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    const groups = groupResults(search(query, 60), query, PER_GROUP);
    const all = document.createElement('a');
    all.className = 'result result-all';
    all.id = 'site-search-all';
    all.setAttribute('role', 'option');
    all.tabIndex = -1;
    all.href = `${withBase(paths.search)}?q=${encodeURIComponent(query)}`;
    all.textContent =
      groups.length > 0 ? `All results for “${query}”` : `No quick results — search for “${query}”`;
    popup.replaceChildren(
      ...renderGroups(groups, { option: true, href: withBase, idPrefix: 'site-search' }),
      all,
    );
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    const count = groups.reduce((n, g) => n + g.items.length, 0);
    status.textContent =
      count === 0 ? 'No results.' : `${count} results. Use the arrow keys to choose one.`;
    setActive(-1);
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) update();
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0) {
      const option = options()[active];
      if (option) {
        event.preventDefault();
        close();
        window.location.href = option.href;
      }
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) close();
  });
  popup.addEventListener('mousedown', (event) => {
    event.preventDefault(); // keep focus in the box while a result is clicked
  });

  void loadSearcher().then(
    (loaded) => {
      search = loaded;
      update();
    },
    () => {
      status.textContent = 'The search could not be loaded; press Enter to open the results page.';
    },
  );
}

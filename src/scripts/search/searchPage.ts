import { withBase } from '../../lib/base';
import { groupResults } from '../../lib/search/groupResults';
import { MAX_QUERY_LENGTH } from '../../lib/search/limits';
import { renderGroups } from './renderResults';

/** The results page: reads `?q=`, searches, and lists every result, grouped. */
export async function showSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-page-q');
  const status = document.querySelector('#search-page-status');
  const results = document.querySelector('#search-page-results');
  if (!input || !status || !results) return;
  const query = (new URLSearchParams(window.location.search).get('q') ?? '').slice(
    0,
    MAX_QUERY_LENGTH,
  );
  input.value = query;
  if (query.trim().length < 2) {
    status.textContent = query.trim() ? 'Type at least two characters.' : '';
    input.focus();
    return;
  }
  status.textContent = 'Searching…';
  try {
    const { loadSearcher } = await import('./loadSearcher');
    const search = await loadSearcher();
    const groups = groupResults(search(query, 500), query, 500);
    const count = groups.reduce((n, g) => n + g.items.length, 0);
    status.textContent =
      count === 0 ? `No results for “${query}”.` : `${count} results for “${query}”.`;
    document.title = `“${query}” — ${document.title}`;
    results.replaceChildren(
      ...renderGroups(groups, { option: false, href: withBase, idPrefix: 'results' }),
    );
  } catch {
    status.textContent =
      'The search could not be loaded. Try again, or browse the agreements and norms.';
  }
}

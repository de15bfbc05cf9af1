/**
 * The /search/?q= page: reads the query from the address, shows it (as text, never as markup) and
 * the grouped results, each a link to the exact place. The address is the whole state, so a search
 * can be shared; the form on the page submits a new one.
 */
import { SITE_NAME } from '../../lib/cite';
import { groupResults, resultsSummary, type ResultGroup } from '../../lib/search/groupResults';
import { MAX_QUERY_LENGTH } from '../../lib/search/limits';
import { loadIndex } from './loadSearcher';
import { resultHit } from '../../components/search/hitMarkup';
import { el, toDom } from './render';

/** Passages shown at most; the rest are counted, and a narrower query finds them. */
const LIMITS = { agreements: Infinity, norms: Infinity, quotes: 60 };
/** Characters of context either side of the first match in a long passage. */
const RADIUS = 80;

const root = document.querySelector<HTMLElement>('[data-search-results]');
const heading = root?.querySelector<HTMLElement>('[data-search-heading]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const groupsBox = root?.querySelector<HTMLElement>('[data-search-groups]');
const field = document.querySelector<HTMLInputElement>('#search-page-q');
const query = (new URLSearchParams(window.location.search).get('q') ?? '')
  .slice(0, MAX_QUERY_LENGTH)
  .trim();

/** One group of results: a heading with its count, the list of links, and what was left out. */
function groupSection(group: ResultGroup): HTMLElement {
  const section = el('section', 'results-group');
  const title = el('h3', '', `${group.label} `);
  title.id = `results-${group.key}`;
  title.append(el('span', 'count', `(${group.total})`));
  section.setAttribute('aria-labelledby', title.id);
  const list = el('ol', 'search-results');
  for (const item of group.items) {
    const li = el('li', 'search-result');
    li.append(...resultHit(item, 'link').map(toDom));
    list.append(li);
  }
  section.append(title, list);
  if (group.items.length < group.total)
    section.append(
      el(
        'p',
        'muted small',
        `Showing the best ${group.items.length} of ${group.total}. Add words to narrow the search.`,
      ),
    );
  return section;
}

async function run(): Promise<void> {
  if (!heading || !status || !groupsBox) return;
  if (field) field.value = query;
  if (query === '') {
    status.textContent = 'Type a word or a phrase above to search every agreement, norm and quote.';
    return;
  }
  document.title = `${query} — Search — ${SITE_NAME}`;
  heading.textContent = `Results for “${query}”`;
  heading.hidden = false;
  status.textContent = 'Loading the search index…';
  let groups: ResultGroup[];
  try {
    const { search, docs } = await loadIndex();
    groups = groupResults(search(query, 1000), query, docs, LIMITS, RADIUS);
  } catch {
    status.textContent = 'The search index could not be loaded. Reload the page to try again.';
    return;
  }
  const sections = groups.filter((group) => group.total > 0).map(groupSection);
  const jump = el('p', 'results-jump small');
  if (sections.length > 1)
    for (const group of groups.filter((g) => g.total > 0)) {
      const link = el('a', '', `${group.label} (${group.total})`);
      link.href = `#results-${group.key}`;
      jump.append(link);
    }
  groupsBox.replaceChildren(...(sections.length > 1 ? [jump] : []), ...sections);
  status.textContent =
    sections.length > 0
      ? `${resultsSummary(groups)}.`
      : 'No results. Check the spelling, try fewer words, or browse the lists below.';
}

void run();

/**
 * The search page: the query and filters live in the address (`?q=…&typ=…`), pagefind is loaded
 * when the page runs, results and the filter counts are redrawn after each search.
 */
import { allFilterCounts, search } from './search-client.ts';
import { interfaceText } from '../lib/i18n/interface-text.ts';
import { languageOfPath } from '../lib/i18n/language-routes.ts';
import { hasActiveFilters, readSearchState, resultsAnnouncement, searchStateQueryString, type SearchState } from '../lib/search-params.ts';
import { readFilters, renderFilters, type Counts } from './search-filters-ui.ts';
import { renderResults } from './search-render.ts';

const LIMIT = 20;

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  // The English search page has no filters: its index is the English pages alone.
  const filterBox = document.querySelector<HTMLElement>('#search-filters');
  if (!form || !input || !status || !list) return;
  const language = languageOfPath(location.pathname);
  const text = interfaceText(language).search;

  let state: SearchState = readSearchState(location.search);
  let known: Counts | undefined;
  let run = 0;
  input.value = state.query;

  async function update(): Promise<void> {
    const current = ++run;
    const active = state.query !== '' || hasActiveFilters(state.filters);
    if (active) {
      list!.replaceChildren();
      status!.textContent = text.searching;
    }
    try {
      // Every filter's counts load before the first search: with them loaded later, a filtered search
      // across the parts of a large index came back without the other filters' counts (tests/copies/).
      if (filterBox) known ??= await allFilterCounts();
      const response = await search(state.query, state.filters, { limit: LIMIT });
      if (current !== run) return;
      if (filterBox && known) renderFilters(filterBox, known, active ? response.counts : known, state.filters);
      renderResults(list!, response.results, 'h2', text.sectionsOf);
      const filtered = hasActiveFilters(state.filters);
      // The Polish sentence also says whether filters narrowed the results; the English page has none.
      const announcement =
        language === 'pl'
          ? resultsAnnouncement(response.total, state.query, response.results.length, filtered)
          : text.results(response.total, state.query, response.results.length);
      status!.textContent = active ? announcement : '';
    } catch (error) {
      if (current !== run) return;
      status!.textContent = navigator.onLine ? text.failedOnPage : text.offline;
      console.warn(error);
    }
  }

  function commit(push: boolean): void {
    const url = `${location.pathname}${searchStateQueryString(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void update();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { query: input.value.trim(), filters: filterBox ? readFilters(filterBox) : {} };
    commit(true);
  });
  filterBox?.addEventListener('change', () => {
    state = { query: input.value.trim(), filters: readFilters(filterBox) };
    commit(false);
  });
  window.addEventListener('popstate', () => {
    state = readSearchState(location.search);
    input.value = state.query;
    void update();
  });

  await update();
}

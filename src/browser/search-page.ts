/**
 * The search page: the query and filters live in the address (`?q=…&typ=…`), pagefind is loaded
 * when the page runs, results and the filter counts are redrawn after each search.
 */
import { allFilterCounts, search } from './search-client.ts';
import { hasActiveFilters, readSearchState, resultsAnnouncement, searchStateQueryString, type SearchState } from '../lib/search-params.ts';
import { readFilters, renderFilters, type Counts } from './search-filters-ui.ts';
import { renderResults } from './search-render.ts';

const LIMIT = 20;

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const filterBox = document.querySelector<HTMLElement>('#search-filters');
  if (!form || !input || !status || !list || !filterBox) return;

  let state: SearchState = readSearchState(location.search);
  let known: Counts | undefined;
  let run = 0;
  input.value = state.query;

  async function update(): Promise<void> {
    const current = ++run;
    const active = state.query !== '' || hasActiveFilters(state.filters);
    if (active) {
      list!.replaceChildren();
      status!.textContent = 'Szukam…';
    }
    try {
      known ??= await allFilterCounts();
      const response = await search(state.query, state.filters, { limit: LIMIT });
      if (current !== run) return;
      renderFilters(filterBox!, known, active ? response.counts : known, state.filters);
      renderResults(list!, response.results, 'h2');
      status!.textContent = active ? resultsAnnouncement(response.total, state.query, response.results.length, hasActiveFilters(state.filters)) : '';
    } catch (error) {
      if (current !== run) return;
      status!.textContent = 'Nie udało się uruchomić wyszukiwarki. Odśwież stronę i spróbuj ponownie.';
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
    state = { query: input.value.trim(), filters: readFilters(filterBox) };
    commit(true);
  });
  filterBox.addEventListener('change', () => {
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

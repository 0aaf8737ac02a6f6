/**
 * The search state kept in the address (`/szukaj/?q=…&typ=…&wojewodztwo=…&status=…`), read and
 * written the same way by the search page and the header dialog's "all results" link. Pure.
 */
import { countPl } from './plural.ts';
import { SEARCH_FILTER_NAMES, type SearchFilterName } from './search-facets.ts';

export type SelectedFilters = Partial<Record<SearchFilterName, string[]>>;

export interface SearchState {
  query: string;
  filters: SelectedFilters;
}

export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SelectedFilters = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[name] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

/** The query string for a state, `?` included, or '' when there is nothing to keep. */
export function searchStateQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasActiveFilters(filters: SelectedFilters): boolean {
  return SEARCH_FILTER_NAMES.some((name) => (filters[name]?.length ?? 0) > 0);
}

/** Pagefind's filter object: any of the values within a filter, all filters together. */
export function pagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const values = filters[name];
    if (values && values.length > 0) result[name] = { any: [...values] };
  }
  return result;
}

/** The selection without one filter: its counts show what choosing another value of it would give. */
export function withoutFilter(filters: SelectedFilters, name: SearchFilterName): SelectedFilters {
  const { [name]: _dropped, ...rest } = filters;
  return rest;
}

const RESULT_FORMS = { one: 'wynik', few: 'wyniki', many: 'wyników' };

/** "1 wynik", "3 wyniki", "12 wyników". */
export function resultsLabel(count: number): string {
  return countPl(count, RESULT_FORMS);
}

/** What the live region says after a search. */
export function resultsAnnouncement(count: number, query: string, shown: number, filtered: boolean): string {
  const about = query ? ` dla „${query}”` : '';
  const withFilters = filtered ? ' (z wybranymi filtrami)' : '';
  if (count === 0) {
    return `Brak wyników${about}${withFilters}. ${filtered ? 'Usuń część filtrów albo użyj' : 'Sprawdź pisownię albo użyj'} innego słowa.`;
  }
  const more = count > shown ? ` Pokazano ${shown} pierwszych.` : '';
  return `${resultsLabel(count)}${about}${withFilters}.${more}`;
}

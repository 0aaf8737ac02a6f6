/**
 * The site's search vocabulary in the browser: fetched once, next to pagefind, and used to spell
 * each query as the site does (src/lib/search-query.ts holds the pure rules).
 */
import { prepareSearchQuery } from '../lib/search-query.ts';
import type { SearchVocabulary } from '../lib/search-vocabulary.ts';

/** Where the build writes the vocabulary (`src/pages/szukaj/slownik.json.ts`). */
const SEARCH_VOCABULARY_URL = '/szukaj/slownik.json';

let loadingVocabulary: Promise<SearchVocabulary | undefined> | undefined;

/** Loads the vocabulary once; undefined if it cannot be had (the query is then only tidied). */
function loadSearchVocabulary(): Promise<SearchVocabulary | undefined> {
  loadingVocabulary ??= fetch(SEARCH_VOCABULARY_URL)
    .then((response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined))
    .then((vocabulary) => (vocabulary && Array.isArray(vocabulary.words) && Array.isArray(vocabulary.acronyms) ? vocabulary : undefined))
    .catch(() => undefined);
  return loadingVocabulary;
}

/** `prepareSearchQuery` after the vocabulary has loaded: what the search box calls. */
export async function prepareSearchQueryAsync(query: string): Promise<string> {
  return prepareSearchQuery(query, await loadSearchVocabulary());
}

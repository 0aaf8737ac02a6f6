/**
 * The site's search vocabulary in the browser: fetched once, next to pagefind, and used to spell
 * each query as the site does (src/lib/search-query.ts holds the pure rules).
 */
import { prepareSearchQuery } from '../lib/search-query.ts';
import { languageOfPath } from '../lib/i18n/language-routes.ts';
import type { SearchVocabulary } from '../lib/search-vocabulary.ts';

/**
 * Where the build writes the vocabulary of the page's language: `src/pages/szukaj/slownik.json.ts`,
 * and for English pages `src/pages/en/search/vocabulary.json.ts`.
 */
const vocabularyUrl = () => (languageOfPath(location.pathname) === 'en' ? '/en/search/vocabulary.json' : '/szukaj/slownik.json');

let loadingVocabulary: Promise<SearchVocabulary | undefined> | undefined;

/** Loads the vocabulary once; undefined if it cannot be had (the query is then only tidied). */
function loadSearchVocabulary(): Promise<SearchVocabulary | undefined> {
  loadingVocabulary ??= fetch(vocabularyUrl())
    .then((response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined))
    .then((vocabulary) => (vocabulary && Array.isArray(vocabulary.words) && Array.isArray(vocabulary.acronyms) ? vocabulary : undefined))
    .catch(() => undefined);
  return loadingVocabulary;
}

/** `prepareSearchQuery` after the vocabulary has loaded: what the search box calls. */
export async function prepareSearchQueryAsync(query: string): Promise<string> {
  return prepareSearchQuery(query, await loadSearchVocabulary());
}

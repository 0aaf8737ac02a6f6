/**
 * Polish-aware text for search: the same folding on both sides, so a query typed without Polish
 * letters, with a typo or as an acronym finds the page. Pure (no DOM, no HTML parser): the build
 * uses it for the extra searchable terms of a page (`search-terms.ts`) and the vocabulary file
 * (`search-vocabulary.ts`), the browser for the query (`search-query.ts`). This module holds what
 * they share: how a text splits into words, how two words are compared, and the glossary as search
 * sees it.
 *
 * What pagefind 1.6 (lang="pl") does alone, measured on this site: it folds ą ć ę ń ó ś ź ż but
 * not ł, stems after folding, matches a word that is not in the index by ever shorter prefixes
 * (so a typo returns noise), and knows nothing about acronyms. Text in `data-pagefind-meta` is
 * searchable and never shown in excerpts, which is where a page's extra terms go.
 */
import { foldPolish } from './fold-polish.ts';

/** The form two words are compared in: lower case, folded. */
export function searchKey(word: string): string {
  return foldPolish(word.toLocaleLowerCase('pl-PL'));
}

/** A word: a run of letters and digits. */
export const WORD_PATTERN = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** One glossary entry as search needs it: every name it goes by (term, expansion, aliases). */
export interface SearchGlossaryEntry {
  forms: string[];
}

/** The glossary entries as search needs them, from the glossary collection's data. */
export function searchGlossary(
  entries: readonly { data: { term: string; expansion?: string | undefined; aliases?: readonly string[] | undefined } }[],
): SearchGlossaryEntry[] {
  return entries.map(({ data }) => ({
    forms: [...new Set([data.term, ...(data.expansion ? [data.expansion] : []), ...(data.aliases ?? [])])],
  }));
}

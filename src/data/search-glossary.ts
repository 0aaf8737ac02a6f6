/** The glossary in the shape search needs, built once per build rather than for every page. */
import { searchGlossary, type SearchGlossaryEntry } from '../lib/search-text.ts';
import { knowledgeBase } from './knowledge-base.ts';

let entries: Promise<SearchGlossaryEntry[]> | undefined;

export function glossaryForSearch(): Promise<SearchGlossaryEntry[]> {
  entries ??= knowledgeBase().then(({ glossary }) => searchGlossary(glossary));
  return entries;
}

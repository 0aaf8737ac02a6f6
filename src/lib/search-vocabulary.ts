/**
 * The site's search vocabulary, built with the site (`src/pages/szukaj/slownik.json.ts`) and read in
 * the browser to spell queries as the site does (`search-query.ts`).
 */
import { isAcronym } from './acronym-text.ts';
import { wordsOf, type SearchGlossaryEntry } from './search-text.ts';

/** What the browser needs to prepare queries: the site's words and the glossary's acronyms. */
export interface SearchVocabulary {
  /** Lower-case words as written on the site, most frequent first. */
  words: string[];
  /** Each glossary acronym with the other names it goes by (expansion, inflected forms). */
  acronyms: { acronym: string; forms: string[] }[];
}

/** Slugs, addresses and file names are no words a reader types ("wlaczenie-spoleczne"). */
function isIdentifier(text: string): boolean {
  return /^[a-z0-9]+(?:[-_/.][a-z0-9]+)+$/.test(text) || /^(?:https?:|mailto:|\/)/.test(text);
}

/**
 * The vocabulary of a set of texts: each distinct word (two letters or more), most frequent
 * first, and the glossary's acronyms with their other forms.
 */
export function buildSearchVocabulary(texts: readonly string[], glossary: readonly SearchGlossaryEntry[] = []): SearchVocabulary {
  // Counted by the word as written, lower-cased once per distinct spelling: the texts of a large
  // site repeat the same words many thousand times.
  const written = new Map<string, number>();
  for (const text of texts) {
    if (isIdentifier(text.trim())) continue;
    for (const word of wordsOf(text)) written.set(word, (written.get(word) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [word, count] of written) {
    if (word.length < 2 || /^\p{N}+$/u.test(word)) continue;
    const lower = word.toLocaleLowerCase('pl-PL');
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  // One collator for the whole sort (localeCompare with a locale sets one up for every comparison);
  // made here, not at the top of the module, which also ships to the browser.
  const polishOrder = new Intl.Collator('pl');
  const words = [...counts].sort((a, b) => b[1] - a[1] || polishOrder.compare(a[0], b[0])).map(([word]) => word);
  const acronyms = glossary.flatMap(({ forms }) => {
    // Two letters ("ES", "MK") are too short to stand for a query: pagefind reads them as the start of many words.
    const acronym = forms.find((form) => wordsOf(form).length > 0 && wordsOf(form).every(isAcronym) && wordsOf(form).join('').length >= 3);
    const others = forms.filter((form) => wordsOf(form).length >= 2 && !wordsOf(form).every(isAcronym));
    return acronym && others.length > 0 ? [{ acronym, forms: others }] : [];
  });
  return { words, acronyms };
}

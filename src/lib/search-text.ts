/**
 * Polish-aware text for search: the same folding on both sides, so a query typed without Polish
 * letters, with a typo or as an acronym finds the page. Pure (no DOM, no HTML parser): the build
 * uses it for the extra searchable terms of a page (`searchTermsFor`) and the vocabulary file,
 * the browser for the query (`prepareSearchQuery`).
 *
 * What pagefind 1.6 (lang="pl") does alone, measured on this site: it folds ą ć ę ń ó ś ź ż but
 * not ł, stems after folding, matches a word that is not in the index by ever shorter prefixes
 * (so a typo returns noise), and knows nothing about acronyms. Text in `data-pagefind-meta` is
 * searchable and never shown in excerpts, which is where a page's extra terms go.
 */
import { isAcronym } from './acronym-text.ts';

const FOLD: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
  Ą: 'A',
  Ć: 'C',
  Ę: 'E',
  Ł: 'L',
  Ń: 'N',
  Ó: 'O',
  Ś: 'S',
  Ź: 'Z',
  Ż: 'Z',
};

/** Text with Polish (and other Latin) diacritics removed, case kept: "Michałowo" → "Michalowo". */
export function foldPolish(text: string): string {
  return text
    .replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (letter) => FOLD[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** The form two words are compared in: lower case, folded. */
export function searchKey(word: string): string {
  return foldPolish(word.toLocaleLowerCase('pl-PL'));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Whether pagefind alone would miss this word typed without Polish letters: it folds all but ł. */
function pagefindMissesFolded(word: string): boolean {
  return /[łŁ]/.test(word);
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

/** How a page word is compared and kept, worked out once per distinct word (a site's vocabulary is finite). */
interface WordForms {
  lower: string;
  key: string;
  acronym: boolean;
}

const wordForms = new Map<string, WordForms>();
/** Past this many distinct words the memo starts over, so a long-running process cannot grow it without end. */
const WORD_FORMS_LIMIT = 100_000;

function formsOf(word: string): WordForms {
  let forms = wordForms.get(word);
  if (!forms) {
    if (wordForms.size >= WORD_FORMS_LIMIT) wordForms.clear();
    const lower = word.toLocaleLowerCase('pl-PL');
    forms = { lower, key: foldPolish(lower), acronym: isAcronym(word) };
    wordForms.set(word, forms);
  }
  return forms;
}

/** One name of a glossary entry, ready to be looked for in a page. */
type FormMatcher =
  /** Acronyms are matched exactly as written, as whole words; `first` is a quick test before the pattern. */
  | { kind: 'acronym'; first: string; pattern: RegExp }
  /** Other forms are matched folded: `keys` are its words' search keys, `padded` them spaced as in the padded page text. */
  | { kind: 'folded'; keys: string[]; padded: string };

interface CompiledEntry {
  matchers: FormMatcher[];
  /** The words of all its forms, added to the page's terms when one of the forms occurs. */
  words: string[];
}

function formMatcher(form: string): FormMatcher | undefined {
  const formWords = wordsOf(form);
  if (formWords.length === 0) return undefined;
  if (formWords.every(isAcronym)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${formWords.join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`, 'u');
    return { kind: 'acronym', first: formWords[0]!, pattern };
  }
  const keys = formWords.map(searchKey);
  return { kind: 'folded', keys, padded: ` ${keys.join(' ')} ` };
}

const compiledGlossaries = new WeakMap<readonly SearchGlossaryEntry[], CompiledEntry[]>();

/** The glossary with every form split, folded and (for acronyms) turned into a pattern, once per glossary. */
function compiledGlossary(glossary: readonly SearchGlossaryEntry[]): CompiledEntry[] {
  let compiled = compiledGlossaries.get(glossary);
  if (!compiled) {
    compiled = glossary.map(({ forms }) => ({
      matchers: forms.map(formMatcher).filter((matcher) => matcher !== undefined),
      words: forms.flatMap(wordsOf),
    }));
    compiledGlossaries.set(glossary, compiled);
  }
  return compiled;
}

/** Whether a form occurs in the page as whole words: acronyms exactly as written, other forms folded. */
function occursIn(matcher: FormMatcher, text: string, paddedFoldedText: string, foldedWords: ReadonlySet<string>): boolean {
  if (matcher.kind === 'acronym') return text.includes(matcher.first) && matcher.pattern.test(text);
  return matcher.keys.every((key) => foldedWords.has(key)) && paddedFoldedText.includes(matcher.padded);
}

/**
 * Extra searchable words for a page, to go where pagefind indexes but never shows them
 * (`data-pagefind-meta`): every other name of each glossary entry the page uses (an acronym's
 * expansion and forms, or the acronym of an expansion it spells out), and the folded form of
 * every word with ł, which pagefind does not fold. Words the page already contains are left out.
 * Runs for every page of the build, so the glossary is prepared once and each word folded once.
 */
export function searchTermsFor(text: string, glossary: readonly SearchGlossaryEntry[]): string {
  const pageWords = wordsOf(text);
  const pageForms = pageWords.map(formsOf);
  const foldedWords = new Set(pageForms.map(({ key }) => key));
  const paddedFoldedText = ` ${pageForms.map(({ key }) => key).join(' ')} `;
  const present = new Set(pageForms.map(({ lower }) => lower));
  const terms = new Set<string>();
  const addTerms = (word: string, forms: WordForms) => {
    // Endings split off acronym forms ("ROPS-u" → "u") are no words of their own.
    if (!forms.acronym && word.length < 3) return;
    if (!present.has(forms.lower)) terms.add(forms.acronym ? word : forms.lower);
    if (pagefindMissesFolded(word) && !present.has(forms.key)) terms.add(forms.key);
  };
  pageWords.forEach((word, index) => addTerms(word, pageForms[index]!));
  for (const entry of compiledGlossary(glossary)) {
    if (entry.matchers.some((matcher) => occursIn(matcher, text, paddedFoldedText, foldedWords))) {
      for (const word of entry.words) addTerms(word, formsOf(word));
    }
  }
  return [...terms].join(' ');
}

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

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a typed word of this length may be from the word meant. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  return 2;
}

interface PreparedVocabulary {
  /** Folded key → the word as written on the site (the most frequent spelling). */
  byKey: Map<string, string>;
  /** Folded keys, most frequent first. */
  keys: string[];
  /** Acronyms with their other forms as lists of folded words. */
  acronyms: { acronym: string; forms: string[][] }[];
}

/**
 * Whether two folded words look like forms of one word: equal, or sharing a start that leaves at
 * most two letters of the shorter one ("urzedow" ~ "urzad", "domow" ~ "dom", "centrach" ~ "centrum").
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 3 && common >= shorter - 2;
}

/** The acronym whose expansion (or another multi-word form) the query spells out, in any inflection. */
function spelledOutAcronym(keys: readonly string[], vocabulary: PreparedVocabulary): string | undefined {
  if (keys.length < 2) return undefined;
  for (const { acronym, forms } of vocabulary.acronyms) {
    if (forms.some((form) => form.length === keys.length && form.every((word, index) => sameStem(word, keys[index]!)))) return acronym;
  }
  return undefined;
}

const prepared = new WeakMap<SearchVocabulary, PreparedVocabulary>();

function prepareVocabulary(vocabulary: SearchVocabulary): PreparedVocabulary {
  let ready = prepared.get(vocabulary);
  if (!ready) {
    const byKey = new Map<string, string>();
    for (const word of vocabulary.words) {
      const key = searchKey(word);
      const known = byKey.get(key);
      // The spelling with Polish letters wins over a bare one, which is often a slug ("wlaczenie").
      if (known === undefined || (known === key && word !== key)) byKey.set(key, word);
    }
    const acronyms = (vocabulary.acronyms ?? []).map(({ acronym, forms }) => ({ acronym, forms: forms.map((form) => wordsOf(form).map(searchKey)) }));
    ready = { byKey, keys: [...byKey.keys()], acronyms };
    prepared.set(vocabulary, ready);
  }
  return ready;
}

/** The site's word a typed word stands for, or undefined to send it as typed. */
function correctWord(typed: string, vocabulary: PreparedVocabulary): string | undefined {
  if (isAcronym(typed) || /\p{N}/u.test(typed)) return undefined;
  const key = searchKey(typed);
  const known = vocabulary.byKey.get(key);
  // A known word: its spelling on the site, which restores the ł pagefind does not fold.
  if (known !== undefined) return known;
  // The start of a known word: pagefind matches prefixes itself (a query typed as you go).
  if (key.length >= 3 && vocabulary.keys.some((candidate) => candidate.startsWith(key))) return undefined;
  const limit = allowedEdits(key.length);
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary.keys) {
    if (candidate.length < 4) continue;
    const distance = editDistance(key, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best === undefined ? undefined : vocabulary.byKey.get(best);
}

/**
 * The query as it is sent to pagefind: spaces tidied and, with the site's vocabulary, each word
 * spelled as on the site — Polish letters restored ("spoleczna" → "społeczna"), a typo corrected
 * to the nearest word ("wytchnienowa" → "wytchnieniowa"). Acronyms, numbers and the start of a
 * word being typed are left alone. Without the vocabulary the query is only tidied; pages carry
 * folded ł-forms and acronym ↔ expansion terms, so the common cases still match.
 */
export function prepareSearchQuery(query: string, vocabulary: SearchVocabulary | undefined): string {
  const tidy = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!vocabulary || tidy === '') return tidy;
  const ready = prepareVocabulary(vocabulary);
  const corrected = tidy.replace(WORD, (word) => correctWord(word, ready) ?? word);
  // An acronym's expansion typed out, in any inflection ("powiatowych urzędów pracy"): pagefind
  // stems the words apart, the acronym finds every page about it (pages carry it as a term).
  return spelledOutAcronym(wordsOf(corrected).map(searchKey), ready) ?? corrected;
}

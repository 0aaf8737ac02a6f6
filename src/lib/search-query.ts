/**
 * A search query made ready for pagefind in the browser: each word spelled as on the site (Polish
 * letters restored, a typo corrected to the nearest word) and an acronym's expansion typed out
 * replaced by the acronym.
 */
import { isAcronym } from './acronym-text.ts';
import { searchKey, WORD_PATTERN, wordsOf } from './search-text.ts';
import type { SearchVocabulary } from './search-vocabulary.ts';

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
  const corrected = tidy.replace(WORD_PATTERN, (word) => correctWord(word, ready) ?? word);
  // An acronym's expansion typed out, in any inflection ("powiatowych urzędów pracy"): pagefind
  // stems the words apart, the acronym finds every page about it (pages carry it as a term).
  return spelledOutAcronym(wordsOf(corrected).map(searchKey), ready) ?? corrected;
}

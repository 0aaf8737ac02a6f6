/**
 * The extra searchable words of a page, which the build puts where pagefind indexes them but never
 * shows them: other names of the glossary entries the page uses, and folded forms of words with ł.
 */
import { isAcronym } from './acronym-text.ts';
import { foldPolish } from './fold-polish.ts';
import { searchKey, wordsOf, type SearchGlossaryEntry } from './search-text.ts';

/** Whether pagefind alone would miss this word typed without Polish letters: it folds all but ł. */
function pagefindMissesFolded(word: string): boolean {
  return /[łŁ]/.test(word);
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

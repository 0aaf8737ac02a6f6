/**
 * How hard a Polish text is to read: words, sentences, syllables, hard words (four syllables or
 * more), FOG-PL and Pisarek's index. Easy-to-read pages (tekst łatwy do czytania) and the "W skrócie"
 * leads are held to limits of these figures (src/rules/readability.ts); editors see them in the
 * preview build and in `npm run readability`.
 */
import { isAcronym } from './acronym-text.ts';

/** A word: letters and digits, with inner hyphens or apostrophes ("Kędzierzyn-Koźle", "2021–2025" is two). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const VOWEL = /[aąeęioóuy]/;
/** A sentence ends at . ! ? or … followed by a space and what starts a sentence; a line break always ends one. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}„"(])/u;

/** Words of this many syllables or more are hard (the FOG-PL and Pisarek's count of "wyrazy trudne"). */
export const HARD_WORD_SYLLABLES = 4;

/**
 * The words of a text, in order, as the figures count them: "Kędzierzyn-Koźle" is one word
 * (search's letter runs, src/lib/search-text.ts, cut it in two).
 */
export function countedWordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The sentences of a text: lines (paragraphs, list items, headings) cut where a sentence ends; those without words dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => countedWordsOf(sentence).length > 0);
}

/**
 * Syllables of a Polish word: one per vowel (a ą e ę i o ó u y), except an "i" before another
 * vowel, which only softens the consonant before it ("nie", "opieka": o-pie-ka). A number or a
 * word without vowels ("w", "z") counts as one, so it is never hard.
 */
export function syllablesOf(word: string): number {
  const letters = word.toLowerCase();
  let count = 0;
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index]!;
    if (!VOWEL.test(letter)) continue;
    if (letter === 'i' && VOWEL.test(letters[index + 1] ?? '')) continue;
    count++;
  }
  return Math.max(count, 1);
}

export function isHardWord(word: string): boolean {
  return syllablesOf(word) >= HARD_WORD_SYLLABLES;
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of four syllables or more. */
  hardWords: number;
  /** Mean sentence length in words. */
  wordsPerSentence: number;
  /** Share of hard words, 0–1. */
  hardWordShare: number;
  /** FOG-PL: 0.4 × (words per sentence + 100 × hard-word share); about the years of school a reader needs. */
  fogPl: number;
  /** Pisarek's index (his later formula): ½ × √(words per sentence² + (100 × hard-word share)²). */
  pisarek: number;
  /** Words written in capitals as an abbreviation ("OPS", "EFS+", "MRiPS"), in order, each once. */
  capitalAbbreviations: string[];
}

/** Abbreviations in capitals, as written in the text; a sign after one belongs to it ("EFS+"). */
export function capitalAbbreviationsOf(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    if (!isAcronym(match[0])) continue;
    found.add(text[match.index + match[0].length] === '+' ? `${match[0]}+` : match[0]);
  }
  return [...found];
}

/** The figures of a text. An empty text has no sentences: its figures are 0, not a division by zero. */
export function measureReadability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(countedWordsOf);
  const syllables = words.map(syllablesOf);
  const hardWords = syllables.filter((count) => count >= HARD_WORD_SYLLABLES).length;
  const wordsPerSentence = sentences.length === 0 ? 0 : words.length / sentences.length;
  const hardWordShare = words.length === 0 ? 0 : hardWords / words.length;
  return {
    words: words.length,
    sentences: sentences.length,
    syllables: syllables.reduce((sum, count) => sum + count, 0),
    hardWords,
    wordsPerSentence,
    hardWordShare,
    fogPl: 0.4 * (wordsPerSentence + 100 * hardWordShare),
    pisarek: 0.5 * Math.sqrt(wordsPerSentence ** 2 + (100 * hardWordShare) ** 2),
    capitalAbbreviations: capitalAbbreviationsOf(text),
  };
}

/** The longest sentences by words, longest first (ties in text order): where to simplify first. */
export function longestSentences(text: string, count: number): { sentence: string; words: number }[] {
  return sentencesOf(text)
    .map((sentence, index) => ({ sentence, words: countedWordsOf(sentence).length, index }))
    .sort((a, b) => b.words - a.words || a.index - b.index)
    .slice(0, count)
    .map(({ sentence, words }) => ({ sentence, words }));
}

/** A figure as editors read it: one decimal, Polish comma ("6,4"). */
export function formatFigure(value: number): string {
  return value.toLocaleString('pl-PL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The limits a text must keep. */
export interface ReadabilityLimits {
  maxFogPl: number;
  /** Mean sentence length in words; none for a lead of one or two sentences. */
  maxWordsPerSentence?: number;
  allowCapitalAbbreviations: boolean;
}

/** Easy-to-read text (Inclusion Europe "Information for all"): short sentences, few long words, no abbreviations. */
export const EASY_READ_LIMITS: ReadabilityLimits = { maxFogPl: 7, maxWordsPerSentence: 10, allowCapitalAbbreviations: false };

/** The plain "W skrócie" lead of a model or project page. */
export const LEAD_LIMITS: ReadabilityLimits = { maxFogPl: 10, allowCapitalAbbreviations: true };

/** What of the limits a text breaks, in the editor's words (Polish); empty when it keeps them all. */
export function limitBreaches(figures: Readability, limits: ReadabilityLimits): string[] {
  const breaches: string[] = [];
  if (figures.fogPl > limits.maxFogPl) {
    breaches.push(`wskaźnik FOG-PL wynosi ${formatFigure(figures.fogPl)}, a może najwyżej ${formatFigure(limits.maxFogPl)}`);
  }
  if (limits.maxWordsPerSentence !== undefined && figures.wordsPerSentence > limits.maxWordsPerSentence) {
    breaches.push(`zdanie ma średnio ${formatFigure(figures.wordsPerSentence)} słowa, a może najwyżej ${limits.maxWordsPerSentence}`);
  }
  if (!limits.allowCapitalAbbreviations && figures.capitalAbbreviations.length > 0) {
    breaches.push(`tekst zawiera skróty pisane wielkimi literami: ${figures.capitalAbbreviations.join(', ')}; napisz pełne słowa`);
  }
  return breaches;
}

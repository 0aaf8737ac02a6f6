import { describe, expect, test } from 'vitest';
import {
  EASY_READ_LIMITS,
  LEAD_LIMITS,
  capitalAbbreviationsOf,
  countedWordsOf,
  isHardWord,
  limitBreaches,
  longestSentences,
  measureReadability,
  sentencesOf,
  syllablesOf,
} from './readability.ts';

describe('syllablesOf', () => {
  // Counts from the Polish syllable division of each word.
  test.each([
    ['w', 1],
    ['dom', 1],
    ['nie', 1],
    ['się', 1],
    ['pomoc', 2],
    ['miasto', 2],
    ['kwiaty', 2],
    ['chociaż', 2],
    ['Rybnik', 2],
    ['opieka', 3],
    ['nauka', 3],
    ['ośrodek', 3],
    ['rodzinie', 3],
    ['społeczna', 3],
    ['zależnych', 3],
    ['województwo', 4],
    ['wytchnieniowej', 4],
    ['opiekunka', 4],
    ['kooperacji', 5],
    ['koordynacja', 5],
    ['samorządowi', 5],
    ['niepełnosprawnych', 5],
    ['2021', 1],
  ])('%s has %i', (word, count) => {
    expect(syllablesOf(word)).toBe(count);
  });

  test('capitals count like small letters', () => {
    expect(syllablesOf('OPIEKA')).toBe(3);
  });

  test('a word of four syllables or more is hard', () => {
    expect(isHardWord('wytchnieniowej')).toBe(true);
    expect(isHardWord('społeczna')).toBe(false);
  });
});

describe('countedWordsOf and sentencesOf', () => {
  test('words keep inner hyphens and Polish letters; punctuation and dashes between numbers split them', () => {
    expect(countedWordsOf('Kędzierzyn-Koźle, lata 2021–2025: „opieka”.')).toEqual(['Kędzierzyn-Koźle', 'lata', '2021', '2025', 'opieka']);
  });

  test('a sentence ends at a full stop, question or exclamation mark before a capital or a number, and at every line break', () => {
    expect(sentencesOf('Ala ma kota. Kot ma Alę! Czy wiesz?\nLista bez kropki\n\n2 osoby pomagają.')).toEqual([
      'Ala ma kota.',
      'Kot ma Alę!',
      'Czy wiesz?',
      'Lista bez kropki',
      '2 osoby pomagają.',
    ]);
  });

  test('a full stop inside a sentence before a small letter does not end it', () => {
    expect(sentencesOf('Zobacz np. stronę programu.')).toEqual(['Zobacz np. stronę programu.']);
  });

  test('lines without words are not sentences', () => {
    expect(sentencesOf('—\n\n   \nDom.')).toEqual(['Dom.']);
  });
});

describe('measureReadability', () => {
  test('counts words, sentences, syllables and hard words and computes FOG-PL and Pisarek', () => {
    // 2 sentences, 6 words, 15 syllables; one hard word: "Opiekunka".
    const figures = measureReadability('Ala ma kota. Opiekunka pomaga rodzinie.');
    expect(figures).toMatchObject({ words: 6, sentences: 2, syllables: 15, hardWords: 1, wordsPerSentence: 3, capitalAbbreviations: [] });
    expect(figures.hardWordShare).toBeCloseTo(1 / 6, 10);
    expect(figures.fogPl).toBeCloseTo(0.4 * (3 + 100 / 6), 10);
    expect(figures.pisarek).toBeCloseTo(0.5 * Math.sqrt(9 + (100 / 6) ** 2), 10);
  });

  test('an empty text has zero figures', () => {
    expect(measureReadability('')).toMatchObject({ words: 0, sentences: 0, fogPl: 0, pisarek: 0 });
  });

  test('finds abbreviations in capitals, each once, with a trailing plus', () => {
    expect(capitalAbbreviationsOf('OPS i ROPS pomagają. Środki z EFS+ i znów z OPS. Rybnik, MRiPS.')).toEqual(['OPS', 'ROPS', 'EFS+', 'MRiPS']);
  });
});

describe('longestSentences', () => {
  test('longest first, ties in the order of the text', () => {
    const text = 'Jeden dwa. Jeden dwa trzy cztery. Raz dwa trzy. Trzy cztery pięć.';
    expect(longestSentences(text, 3)).toEqual([
      { sentence: 'Jeden dwa trzy cztery.', words: 4 },
      { sentence: 'Raz dwa trzy.', words: 3 },
      { sentence: 'Trzy cztery pięć.', words: 3 },
    ]);
  });
});

describe('limitBreaches', () => {
  test('an easy text keeps the easy-to-read limits', () => {
    expect(limitBreaches(measureReadability('Ala ma kota. Kot ma dom.'), EASY_READ_LIMITS)).toEqual([]);
  });

  test('names every broken limit in Polish', () => {
    const hard = measureReadability(
      'Ośrodek pomocy społecznej koordynuje indywidualizowane wsparcie niepełnosprawnych mieszkańców gminy wiejskiej oraz ich opiekunów w OPS.',
    );
    expect(limitBreaches(hard, EASY_READ_LIMITS)).toEqual([
      expect.stringMatching(/^wskaźnik FOG-PL wynosi \d+,\d, a może najwyżej 7,0$/),
      'zdanie ma średnio 15,0 słowa, a może najwyżej 10',
      'tekst zawiera skróty pisane wielkimi literami: OPS; napisz pełne słowa',
    ]);
  });

  test('a lead may use abbreviations and longer sentences, but not a FOG-PL above 10', () => {
    const lead = measureReadability('Model pomaga OPS i gminie w pracy z rodziną.');
    expect(limitBreaches(lead, LEAD_LIMITS)).toEqual([]);
  });
});

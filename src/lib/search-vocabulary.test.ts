import { describe, expect, it } from 'vitest';
import { buildSearchVocabulary } from './search-vocabulary.ts';

describe('buildSearchVocabulary', () => {
  it('lists each word once in lower case, most frequent first, ties in Polish alphabetical order', () => {
    const { words } = buildSearchVocabulary(['Łąka, łąka i ŁĄKA.', 'Zając, lis, Ćma, cma, lato; łąka', 'lis 2026 a ź', 'https://example.org/lis']);
    expect(words).toEqual(['łąka', 'lis', 'cma', 'ćma', 'lato', 'zając']);
  });
});

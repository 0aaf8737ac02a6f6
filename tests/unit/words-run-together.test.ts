import { describe, expect, it } from 'vitest';
import { wordsRunTogether } from '../support/words-run-together.ts';

describe('wordsRunTogether', () => {
  it('finds two shown words that the index holds as one', () => {
    expect(wordsRunTogether('Lata obowiązywania\n2021–2025', 'Lata obowiązywania2021–2025.')).toEqual(['obowiązywania | 2021–2025']);
  });

  it('finds nothing when the index keeps the words apart, with its own punctuation', () => {
    expect(wordsRunTogether('Gmina\nMiasto Rybnik\nPrzyjęty przez', 'Gmina Miasto Rybnik. Przyjęty przez.')).toEqual([]);
  });

  it('keeps a number with its hyphen as one word, so a number elsewhere in the index cannot make two look glued', () => {
    expect(wordsRunTogether('organizuje 1-, 2- i 3-dniowe szkolenia', 'organizuje 1-, 2- i 3-dniowe szkolenia. małopolskie 12.')).toEqual([]);
  });

  it('leaves a joined word alone when the page shows it joined too', () => {
    expect(wordsRunTogether('Kopiuj link\nKopiujlink', 'Kopiuj link Kopiujlink')).toEqual([]);
  });

  it('reads words without the quotes and brackets around them, and names each pair once', () => {
    expect(wordsRunTogether('„Rola\nbeneficjent” (Rola\nbeneficjent)', 'Rolabeneficjent Rolabeneficjent')).toEqual(['Rola | beneficjent']);
  });
});

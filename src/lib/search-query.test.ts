import { describe, expect, it } from 'vitest';
import { glossary } from './__fixtures__/search-glossary.ts';
import { editDistance, prepareSearchQuery, sameStem } from './search-query.ts';
import { buildSearchVocabulary, type SearchVocabulary } from './search-vocabulary.ts';

describe('editDistance and sameStem', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('suprewizja', 'superwizja')).toBe(1);
    expect(editDistance('rybnk', 'rybnik')).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
  it('takes inflected forms for one word and different words apart', () => {
    expect(sameStem('urzedow', 'urzad')).toBe(true);
    expect(sameStem('domow', 'dom')).toBe(true);
    expect(sameStem('polityki', 'polska')).toBe(false);
    expect(sameStem('w', 'i')).toBe(false);
  });
});

describe('prepareSearchQuery', () => {
  const texts = [
    'Gmina Michałowo. Ośrodek pomocy społecznej i opieka wytchnieniowa. Usługi społeczne, społeczna praca.',
    'Opieki wytchnieniowej, opiece wytchnieniowej. Superwizja. Deinstytucjonalizacja. Rybnik. Liderzy Kooperacji.',
    'Powiatowe urzędy pracy (PUP). Ekonomia społeczna. Włączenie społeczne.',
    'wlaczenie-spoleczne',
  ];
  const vocabulary: SearchVocabulary = buildSearchVocabulary(texts, glossary);

  it('only tidies the query without the vocabulary', () => {
    expect(prepareSearchQuery('  opieka   wytchnieniowa ', undefined)).toBe('opieka wytchnieniowa');
  });
  it('restores Polish letters from the site’s spelling', () => {
    expect(prepareSearchQuery('Michalowo', vocabulary)).toBe('michałowo');
    expect(prepareSearchQuery('spoleczna', vocabulary)).toBe('społeczna');
  });
  it('corrects a typo to the nearest word on the site', () => {
    expect(prepareSearchQuery('opieka wytchnienowa', vocabulary)).toBe('opieka wytchnieniowa');
    expect(prepareSearchQuery('suprewizja', vocabulary)).toBe('superwizja');
    expect(prepareSearchQuery('Rybnk', vocabulary)).toBe('rybnik');
  });
  it('leaves acronyms, short words and the start of a word alone', () => {
    expect(prepareSearchQuery('CUS', vocabulary)).toBe('CUS');
    expect(prepareSearchQuery('wytchn', vocabulary)).toBe('wytchn');
    expect(prepareSearchQuery('xyz', vocabulary)).toBe('xyz');
  });
  it('sends the acronym for its expansion typed out in any inflection', () => {
    expect(prepareSearchQuery('powiatowych urzędów pracy', vocabulary)).toBe('PUP');
    expect(prepareSearchQuery('centrach uslug spolecznych', vocabulary)).toBe('CUS');
  });
  it('keeps two-letter acronyms out of it', () => {
    expect(vocabulary.acronyms.map(({ acronym }) => acronym)).not.toContain('ES');
    expect(prepareSearchQuery('ekonomia spoleczna', vocabulary)).toBe('ekonomia społeczna');
  });
  it('does not take a slug for a word', () => {
    expect(vocabulary.words).not.toContain('wlaczenie');
    expect(prepareSearchQuery('wlaczenie', vocabulary)).toBe('włączenie');
    expect(prepareSearchQuery('wlaczenie', { words: ['wlaczenie', 'włączenie'], acronyms: [] })).toBe('włączenie');
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildSearchVocabulary,
  editDistance,
  foldPolish,
  prepareSearchQuery,
  sameStem,
  searchGlossary,
  searchKey,
  searchTermsFor,
  type SearchVocabulary,
  wordsOf,
} from './search-text.ts';
import { isAcronym } from './acronym-text.ts';

const glossary = searchGlossary([
  { data: { term: 'CUS', expansion: 'centrum usług społecznych', aliases: ['centrum usług społecznych', 'Centrów Usług Społecznych'] } },
  { data: { term: 'ROPS', expansion: 'regionalny ośrodek polityki społecznej', aliases: ['ROPS-u'] } },
  { data: { term: 'PUP', expansion: 'powiatowy urząd pracy' } },
  { data: { term: 'ES', expansion: 'ekonomia społeczna' } },
  { data: { term: 'opieka wytchnieniowa', aliases: ['opieki wytchnieniowej'] } },
]);

describe('foldPolish', () => {
  it('folds every Polish letter, ł included, and keeps case', () => {
    expect(foldPolish('Zażółć gęślą jaźń')).toBe('Zazolc gesla jazn');
    expect(foldPolish('ŁÓDŹ, Michałowo, Śląsk')).toBe('LODZ, Michalowo, Slask');
  });
  it('gives the comparison key in lower case', () => {
    expect(searchKey('Społeczna')).toBe('spoleczna');
  });
});

/** searchTermsFor as first written: every form split, folded and matched again for every page. */
function searchTermsAfresh(text: string, entries: readonly { forms: string[] }[]): string {
  const occursIn = (form: string, foldedText: string) => {
    const formWords = wordsOf(form);
    if (formWords.length === 0) return false;
    if (formWords.every(isAcronym)) return new RegExp(`(?<![\\p{L}\\p{N}])${formWords.join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`, 'u').test(text);
    return ` ${foldedText} `.includes(` ${formWords.map(searchKey).join(' ')} `);
  };
  const pageWords = wordsOf(text);
  const foldedText = pageWords.map(searchKey).join(' ');
  const present = new Set(pageWords.map((word) => word.toLocaleLowerCase('pl-PL')));
  const added = entries.filter((entry) => entry.forms.some((form) => occursIn(form, foldedText))).flatMap((entry) => entry.forms.flatMap(wordsOf));
  const terms = new Set<string>();
  for (const word of [...pageWords, ...added]) {
    const lower = word.toLocaleLowerCase('pl-PL');
    if (!isAcronym(word) && word.length < 3) continue;
    if (!present.has(lower)) terms.add(isAcronym(word) ? word : lower);
    if (/[łŁ]/.test(word) && !present.has(searchKey(word))) terms.add(searchKey(word));
  }
  return [...terms].join(' ');
}

describe('searchTermsFor', () => {
  it('adds the expansion of an acronym the page uses, and the acronym of an expansion it spells out', () => {
    expect(searchTermsFor('Tworzenie CUS w gminie.', glossary).split(' ')).toEqual(
      expect.arrayContaining(['centrum', 'usług', 'społecznych', 'uslug', 'spolecznych']),
    );
    expect(searchTermsFor('Regionalny ośrodek polityki społecznej w Opolu', glossary).split(' ')).toContain('ROPS');
  });
  it('matches expansions without regard to case or Polish letters, acronyms only as written whole words', () => {
    expect(searchTermsFor('Centrum Uslug Spolecznych', glossary).split(' ')).toContain('CUS');
    expect(searchTermsFor('kampus i cusy', glossary).split(' ')).not.toContain('centrum');
  });
  it('adds the folded form of words with ł and nothing the page already says', () => {
    const terms = searchTermsFor('Gmina Michałowo i gmina Zabłudów', glossary).split(' ');
    expect(terms).toEqual(expect.arrayContaining(['michalowo', 'zabludow']));
    expect(terms).not.toContain('gmina');
  });
  it('leaves out the bare endings of acronym forms', () => {
    expect(searchTermsFor('Wsparcie ROPS.', glossary).split(' ')).not.toContain('u');
  });
  it('is empty for a page with nothing to add', () => {
    expect(searchTermsFor('Dom i ogród', glossary)).toBe('');
  });

  it('gives the same terms as matching every form afresh, page after page, for any glossary it is given', () => {
    const pages = [
      'Tworzenie CUS w gminie. Centrum usług społecznych i ROPS-u w Łodzi.',
      'Regionalny ośrodek polityki społecznej: ROPS\u00a0oraz PO WER i PO-WER, PO\nWER; POWER nie.',
      'Centrów Usług Społecznych oraz centrum opieki, a potem usług społecznych (nie jako całość).',
      'Opieki wytchnieniowej udziela gmina Michałowo; opieka\nwytchnieniowa w Zabłudowie. CUSy, kampus, ES.',
      'EFS+ i EFS, ES-u oraz ekonomia społeczna. Łódź, ŁÓDŹ, łódź.',
      'Wielocentrum usług społecznychowe: centrum, usług i społecznych osobno.',
      '',
    ];
    const other = searchGlossary([
      { data: { term: 'PO WER', expansion: 'Program Operacyjny Wiedza Edukacja Rozwój', aliases: ['POWER-u'] } },
      { data: { term: 'EFS+', expansion: 'Europejski Fundusz Społeczny Plus' } },
      { data: { term: 'ES', expansion: 'ekonomia społeczna' } },
      { data: { term: 'opieka', aliases: ['opieki'] } },
    ]);
    for (const entries of [glossary, other, glossary]) {
      for (const page of pages) expect(searchTermsFor(page, entries), page).toBe(searchTermsAfresh(page, entries));
    }
  });
});

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

describe('buildSearchVocabulary', () => {
  it('lists each word once in lower case, most frequent first, ties in Polish alphabetical order', () => {
    const { words } = buildSearchVocabulary(['Łąka, łąka i ŁĄKA.', 'Zając, lis, Ćma, cma, lato; łąka', 'lis 2026 a ź', 'https://example.org/lis']);
    expect(words).toEqual(['łąka', 'lis', 'cma', 'ćma', 'lato', 'zając']);
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

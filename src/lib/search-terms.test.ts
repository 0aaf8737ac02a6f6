import { describe, expect, it } from 'vitest';
import { glossary } from './__fixtures__/search-glossary.ts';
import { isAcronym } from './acronym-text.ts';
import { searchTermsFor } from './search-terms.ts';
import { searchGlossary, searchKey, wordsOf } from './search-text.ts';

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

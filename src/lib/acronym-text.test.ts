import { describe, expect, it } from 'vitest';
import { acronymsUsedIn, glossaryAcronymForms, isAcronym, splitAcronyms, type GlossaryAcronymSource } from './acronym-text.ts';

const OPS = { term: 'OPS', expansion: 'ośrodek pomocy społecznej' };
const GOPS = { term: 'GOPS', expansion: 'gminny ośrodek pomocy społecznej' };
const EFS = { term: 'EFS', expansion: 'Europejski Fundusz Społeczny' };
const EFS_PLUS = { term: 'EFS+', expansion: 'Europejski Fundusz Społeczny Plus' };
const PO = { term: 'PO', expansion: 'program operacyjny' };
const PO_WER = { term: 'PO WER', expansion: 'Program Operacyjny Wiedza Edukacja Rozwój 2014–2020' };
const ABBREVIATIONS = [OPS, GOPS, EFS, EFS_PLUS, PO, PO_WER];

describe('isAcronym', () => {
  it.each(['OPS', 'MRiPS', 'EaSI', 'ROPS-u', 'PO WER', 'EFS+', 'IRWiR PAN'])('takes „%s” for an acronym', (text) => {
    expect(isAcronym(text)).toEqual(true);
  });

  it.each(['Unia Europejska', 'Ab', 'A', '', 'ośrodek pomocy społecznej', 'Gminne Ośrodki Pomocy Społecznej'])('does not take „%s” for an acronym', (text) => {
    expect(isAcronym(text)).toEqual(false);
  });

  it('needs capitals for at least half of the letters', () => {
    expect(isAcronym('ROPS-ów')).toEqual(true); // 4 of 6
    expect(isAcronym('ABcd')).toEqual(true); // 2 of 4
    expect(isAcronym('ABcde')).toEqual(false); // 2 of 5
  });
});

describe('splitAcronyms', () => {
  it('cuts text into plain runs and acronyms with their expansion', () => {
    expect(splitAcronyms('Wniosek trafia do OPS, a potem do GOPS.', ABBREVIATIONS)).toEqual(['Wniosek trafia do ', OPS, ', a potem do ', GOPS, '.']);
  });

  it('returns text without acronyms as one segment', () => {
    expect(splitAcronyms('Opieka wytchnieniowa w gminie wiejskiej.', ABBREVIATIONS)).toEqual(['Opieka wytchnieniowa w gminie wiejskiej.']);
  });

  it('returns the text as one segment when there are no abbreviations', () => {
    expect(splitAcronyms('OPS i GOPS', [])).toEqual(['OPS i GOPS']);
  });

  it('returns nothing for empty text', () => {
    expect(splitAcronyms('', ABBREVIATIONS)).toEqual([]);
  });

  it('finds an acronym at the start and at the end', () => {
    expect(splitAcronyms('OPS współpracuje z GOPS', ABBREVIATIONS)).toEqual([OPS, ' współpracuje z ', GOPS]);
    expect(splitAcronyms('OPS', ABBREVIATIONS)).toEqual([OPS]);
  });

  it('finds acronyms next to each other and next to punctuation', () => {
    expect(splitAcronyms('OPS/GOPS (EFS)', ABBREVIATIONS)).toEqual([OPS, '/', GOPS, ' (', EFS, ')']);
  });

  it('matches whole words only: „GOPS” is not „OPS”', () => {
    expect(splitAcronyms('GOPS', [OPS])).toEqual(['GOPS']);
    expect(splitAcronyms('KOPSY, OPSem, OPS2', [OPS])).toEqual(['KOPSY, OPSem, OPS2']);
  });

  it('takes a hyphenated inflection as a use: „OPS-owi” is „OPS” and „-owi”', () => {
    expect(splitAcronyms('przekazać OPS-owi', ABBREVIATIONS)).toEqual(['przekazać ', OPS, '-owi']);
    expect(splitAcronyms('nie-OPS', ABBREVIATIONS)).toEqual(['nie-', OPS]);
  });

  it('prefers „EFS+” to „EFS”', () => {
    expect(splitAcronyms('Środki z EFS+ i z EFS.', ABBREVIATIONS)).toEqual(['Środki z ', EFS_PLUS, ' i z ', EFS, '.']);
    expect(splitAcronyms('EFS+', [EFS, EFS_PLUS])).toEqual([EFS_PLUS]);
  });

  it('does not take „EFS++” for „EFS+”', () => {
    expect(splitAcronyms('EFS++', [EFS_PLUS])).toEqual(['EFS++']);
  });

  it('prefers „PO WER” to „PO”', () => {
    expect(splitAcronyms('Projekt z PO WER, nie z innego PO.', ABBREVIATIONS)).toEqual(['Projekt z ', PO_WER, ', nie z innego ', PO, '.']);
  });

  it('is case-sensitive', () => {
    expect(splitAcronyms('ops i Ops', [OPS])).toEqual(['ops i Ops']);
  });

  it('uses the expansion of the matched form', () => {
    const irwir = { term: 'IRWiR', expansion: 'Instytut Rozwoju Wsi i Rolnictwa' };
    const irwirPan = { term: 'IRWiR PAN', expansion: 'Instytut Rozwoju Wsi i Rolnictwa Polskiej Akademii Nauk' };
    expect(splitAcronyms('IRWiR PAN, czyli IRWiR', [irwir, irwirPan])).toEqual([irwirPan, ', czyli ', irwir]);
  });
});

describe('glossaryAcronymForms', () => {
  const entries: GlossaryAcronymSource[] = [
    {
      id: 'rops',
      data: {
        term: 'ROPS',
        expansion: 'regionalny ośrodek polityki społecznej',
        aliases: ['regionalny ośrodek polityki społecznej', 'ROPS-u', 'ROPS-ów'],
      },
    },
    { id: 'koszyk-uslug', data: { term: 'koszyk usług', expansion: undefined, aliases: ['koszyka usług'] } },
    { id: 'deinstytucjonalizacja', data: { term: 'deinstytucjonalizacja', aliases: ['deinstytucjonalizacji', 'DI'] } },
    { id: 'pusty', data: { term: 'XYZ', expansion: '', aliases: [] } },
    { id: 'irwir-pan', data: { term: 'IRWiR PAN', expansion: 'Instytut Rozwoju Wsi i Rolnictwa PAN', aliases: ['IRWiR', 'Instytut Rozwoju Wsi'] } },
    { id: 'ue', data: { term: 'UE', expansion: 'Unia Europejska', aliases: [] } },
  ];

  it('gives the term and its acronym-like aliases of each entry with an expansion, in order', () => {
    expect(glossaryAcronymForms(entries)).toEqual([
      { term: 'ROPS', expansion: 'regionalny ośrodek polityki społecznej', id: 'rops' },
      { term: 'ROPS-u', expansion: 'regionalny ośrodek polityki społecznej', id: 'rops' },
      { term: 'ROPS-ów', expansion: 'regionalny ośrodek polityki społecznej', id: 'rops' },
      { term: 'IRWiR PAN', expansion: 'Instytut Rozwoju Wsi i Rolnictwa PAN', id: 'irwir-pan' },
      { term: 'IRWiR', expansion: 'Instytut Rozwoju Wsi i Rolnictwa PAN', id: 'irwir-pan' },
      { term: 'UE', expansion: 'Unia Europejska', id: 'ue' },
    ]);
  });

  it('gives nothing without entries', () => {
    expect(glossaryAcronymForms([])).toEqual([]);
  });
});

describe('acronymsUsedIn', () => {
  const forms = [
    { term: 'OPS', id: 'ops' },
    { term: 'GOPS', id: 'gops' },
    { term: 'ROPS', id: 'rops' },
    { term: 'ROPS-u', id: 'rops' },
    { term: 'EFS', id: 'efs' },
    { term: 'EFS+', id: 'efs-plus' },
  ];

  it('keeps the forms that occur as whole words, in the order of the forms, with all their fields', () => {
    expect(acronymsUsedIn('Wniosek do GOPS, kopia do ROPS-u; środki z EFS+ i EFS.', forms)).toEqual([
      { term: 'GOPS', id: 'gops' },
      { term: 'ROPS', id: 'rops' },
      { term: 'ROPS-u', id: 'rops' },
      { term: 'EFS', id: 'efs' },
      { term: 'EFS+', id: 'efs-plus' },
    ]);
  });

  it('checks each form on its own, so a form inside a longer one counts too', () => {
    // "ROPS" in "ROPS-u" and "EFS" in "EFS+": splitAcronyms with all forms would never mark them there.
    expect(acronymsUsedIn('ROPS-u', forms)).toEqual([
      { term: 'ROPS', id: 'rops' },
      { term: 'ROPS-u', id: 'rops' },
    ]);
    expect(acronymsUsedIn('EFS+', forms)).toEqual([
      { term: 'EFS', id: 'efs' },
      { term: 'EFS+', id: 'efs-plus' },
    ]);
  });

  it('finds forms inside serialised data', () => {
    expect(acronymsUsedIn(JSON.stringify({ title: 'Zgłoszenie do OPS', summary: 'EFS' }), forms)).toEqual([
      { term: 'OPS', id: 'ops' },
      { term: 'EFS', id: 'efs' },
    ]);
  });

  it('keeps nothing when no form occurs as a whole word', () => {
    expect(acronymsUsedIn('KOPSY i OPSem', forms)).toEqual([]);
    expect(acronymsUsedIn('', forms)).toEqual([]);
  });

  it('keeps nothing without forms', () => {
    expect(acronymsUsedIn('OPS', [])).toEqual([]);
  });
});

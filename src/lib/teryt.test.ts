import { describe, expect, test } from 'vitest';
import { terytCodeProblem, terytParentProblem, VOIVODESHIP_CODES } from './teryt.ts';
import { VOIVODESHIP_TILES } from './charts/voivodeship-tiles.ts';

describe('terytCodeProblem', () => {
  test.each([
    ['20', 'wojewodztwo'],
    ['32', 'wojewodztwo'],
    ['2005', 'powiat'],
    ['2461', 'powiat'],
    ['2005082', 'gmina'],
    ['2473011', 'gmina'],
    ['2002143', 'gmina'],
  ] as const)('accepts %s as a %s', (code, type) => {
    expect(terytCodeProblem(code, type)).toBeUndefined();
  });

  test.each([
    ['2005', 'wojewodztwo', 'kod TERYT województwa ma 2 cyfry, np. "20"; znaleziono „2005”'],
    ['20', 'powiat', 'kod TERYT powiatu ma 4 cyfry, np. "2005"; znaleziono „20”'],
    ['2005', 'gmina', 'kod TERYT gminy ma 7 cyfr, np. "2005082"; znaleziono „2005”'],
    [
      '21',
      'wojewodztwo',
      'kod TERYT zaczyna się od kodu województwa, a „21” nie jest kodem żadnego z 16 województw (parzyste liczby od 02 do 32, np. 20 – podlaskie); znaleziono „21”',
    ],
    [
      '3405',
      'powiat',
      'kod TERYT zaczyna się od kodu województwa, a „34” nie jest kodem żadnego z 16 województw (parzyste liczby od 02 do 32, np. 20 – podlaskie); znaleziono „3405”',
    ],
    ['2000', 'powiat', 'cyfry 3–4 kodu TERYT to numer powiatu, a powiatu o numerze 00 nie ma; znaleziono „2000”'],
    ['2005002', 'gmina', 'cyfry 5–6 kodu TERYT to numer gminy w powiecie, a gminy o numerze 00 nie ma; znaleziono „2005002”'],
    [
      '2005087',
      'gmina',
      'ostatnia cyfra kodu TERYT gminy to jej rodzaj: 1 (gmina miejska), 2 (gmina wiejska) albo 3 (gmina miejsko-wiejska); znaleziono „2005087”',
    ],
  ] as const)('rejects %s as a %s', (code, type, message) => {
    expect(terytCodeProblem(code, type)).toBe(message);
  });

  test('knows the same 16 województwa as the territory map', () => {
    expect(Object.fromEntries(VOIVODESHIP_TILES.map((tile) => [tile.teryt, tile.name]))).toEqual(VOIVODESHIP_CODES);
  });
});

describe('terytParentProblem', () => {
  test('a code that extends its parent’s passes', () => {
    expect(terytParentProblem('2005', { id: 'wojewodztwo-podlaskie', teryt: '20' })).toBeUndefined();
    expect(terytParentProblem('2005082', { id: 'powiat-hajnowski', teryt: '2005' })).toBeUndefined();
  });

  test('a code from another województwo, or of the same level as the parent, fails', () => {
    const expected = (code: string) =>
      `miejsce leży w „wojewodztwo-podlaskie” (TERYT „20”), więc jego kod TERYT musi zaczynać się od „20” i być od niego dłuższy; znaleziono „${code}”`;
    expect(terytParentProblem('0605', { id: 'wojewodztwo-podlaskie', teryt: '20' })).toBe(expected('0605'));
    expect(terytParentProblem('20', { id: 'wojewodztwo-podlaskie', teryt: '20' })).toBe(expected('20'));
  });
});

/**
 * Checks of GUS TERYT codes that need no network: a code has the length of its unit's level, its
 * first two digits are one of the 16 województwa, the powiat and gmina numbers are not 00, a gmina
 * ends with its type digit, and a place's code extends the code of the place it lies in. A code
 * that passes can still be one GUS never assigned; these checks catch typos and codes copied to
 * the wrong place, which is what editors get wrong.
 */
import type { PlaceType } from './vocabulary.ts';

/** The 16 województwa by TERYT code: even numbers 02–32. */
export const VOIVODESHIP_CODES: Readonly<Record<string, string>> = {
  '02': 'dolnośląskie',
  '04': 'kujawsko-pomorskie',
  '06': 'lubelskie',
  '08': 'lubuskie',
  '10': 'łódzkie',
  '12': 'małopolskie',
  '14': 'mazowieckie',
  '16': 'opolskie',
  '18': 'podkarpackie',
  '20': 'podlaskie',
  '22': 'pomorskie',
  '24': 'śląskie',
  '26': 'świętokrzyskie',
  '28': 'warmińsko-mazurskie',
  '30': 'wielkopolskie',
  '32': 'zachodniopomorskie',
};

const CODE_LENGTH: Record<PlaceType, number> = { wojewodztwo: 2, powiat: 4, gmina: 7 };
const TYPE_GENITIVE: Record<PlaceType, string> = { wojewodztwo: 'województwa', powiat: 'powiatu', gmina: 'gminy' };
const EXAMPLE: Record<PlaceType, string> = { wojewodztwo: '20', powiat: '2005', gmina: '2005082' };
/** Last digit of a gmina's code: 1 urban, 2 rural, 3 urban-rural (4 and 5 are parts of a type-3 gmina, not gminy). */
const GMINA_TYPES: Readonly<Record<string, string>> = { '1': 'gmina miejska', '2': 'gmina wiejska', '3': 'gmina miejsko-wiejska' };

function digits(count: number): string {
  return count === 1 ? 'cyfrę' : count < 5 ? `${count} cyfry` : `${count} cyfr`;
}

/** What is wrong with `code` as the TERYT code of a place of `type`, or undefined when nothing is. */
export function terytCodeProblem(code: string, type: PlaceType): string | undefined {
  const length = CODE_LENGTH[type];
  if (!/^\d+$/.test(code) || code.length !== length) {
    return `kod TERYT ${TYPE_GENITIVE[type]} ma ${digits(length)}, np. "${EXAMPLE[type]}"; znaleziono „${code}”`;
  }
  const voivodeship = code.slice(0, 2);
  if (!(voivodeship in VOIVODESHIP_CODES)) {
    return `kod TERYT zaczyna się od kodu województwa, a „${voivodeship}” nie jest kodem żadnego z 16 województw (parzyste liczby od 02 do 32, np. 20 – podlaskie); znaleziono „${code}”`;
  }
  if (length >= 4 && code.slice(2, 4) === '00') {
    return `cyfry 3–4 kodu TERYT to numer powiatu, a powiatu o numerze 00 nie ma; znaleziono „${code}”`;
  }
  if (length === 7 && code.slice(4, 6) === '00') {
    return `cyfry 5–6 kodu TERYT to numer gminy w powiecie, a gminy o numerze 00 nie ma; znaleziono „${code}”`;
  }
  if (length === 7 && !(code.slice(6) in GMINA_TYPES)) {
    return `ostatnia cyfra kodu TERYT gminy to jej rodzaj: 1 (gmina miejska), 2 (gmina wiejska) albo 3 (gmina miejsko-wiejska); znaleziono „${code}”`;
  }
  return undefined;
}

/** A place lies in its parent, so its code must extend the parent's code (powiat 2005 in województwo 20). */
export function terytParentProblem(code: string, parent: { id: string; teryt: string }): string | undefined {
  if (code.length > parent.teryt.length && code.startsWith(parent.teryt)) return undefined;
  return `miejsce leży w „${parent.id}” (TERYT „${parent.teryt}”), więc jego kod TERYT musi zaczynać się od „${parent.teryt}” i być od niego dłuższy; znaleziono „${code}”`;
}

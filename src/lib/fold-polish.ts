/**
 * Polish text folded to plain Latin letters, for comparing words typed with or without Polish
 * letters and for ASCII addresses. Unicode decomposition (NFD) takes the marks off ą ć ę ń ó ś ź ż
 * and other accented letters; ł has no decomposition, so it is mapped by hand first.
 */
const STROKED_L: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L' };

/** Text with Polish (and other Latin) diacritics removed, case kept: "Michałowo" → "Michalowo". */
export function foldPolish(text: string): string {
  return text
    .replace(/[łŁ]/g, (letter) => STROKED_L[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

import { describe, expect, test } from 'vitest';
import { guideAddresses } from '../collections/routes.ts';
import { formatRedirectsFile, formerAddressMatcher, isPageAddress, parseRedirectsFile, redirectsUnder } from './redirects.ts';

describe('redirects', () => {
  test('an entry page under each former id leads to the current page', () => {
    expect(redirectsUnder('/modele/nowy/', ['/modele/dawny/', '/modele/starszy/'])).toEqual([
      { from: '/modele/dawny/', to: '/modele/nowy/' },
      { from: '/modele/starszy/', to: '/modele/nowy/' },
    ]);
  });

  test('every address of a guidance document has its twin under the former id', () => {
    const addresses = guideAddresses('nowy', [2, 1]);
    expect(addresses).toEqual([
      '/dokumenty/nowy/',
      '/dokumenty/nowy/wersja-1/',
      '/dokumenty/nowy/wersja-1/formularz-uwag.csv',
      '/dokumenty/nowy/wersja-2/',
      '/dokumenty/nowy/wersja-2/formularz-uwag.csv',
      '/dokumenty/nowy/porownanie/',
      '/dokumenty/nowy/porownanie/1-2/',
    ]);
    expect(redirectsUnder('/dokumenty/nowy/', ['/dokumenty/dawny/'], addresses).map((redirect) => redirect.from)).toEqual(
      addresses.map((address) => address.replace('/nowy/', '/dawny/')),
    );
  });

  test('a document with one version has no comparison pages', () => {
    expect(guideAddresses('nowy', [1])).toEqual(['/dokumenty/nowy/', '/dokumenty/nowy/wersja-1/', '/dokumenty/nowy/wersja-1/formularz-uwag.csv']);
  });

  test('refuses an address that is not the entry’s own', () => {
    expect(() => redirectsUnder('/modele/nowy/', ['/modele/dawny/'], ['/modele/inny/'])).toThrow('/modele/inny/');
  });

  test('pages end in a slash, files do not', () => {
    expect(isPageAddress('/dokumenty/a/wersja-1/')).toBe(true);
    expect(isPageAddress('/dokumenty/a/wersja-1/formularz-uwag.csv')).toBe(false);
  });

  test('the _redirects file lists 301 lines sorted by old address and reads back', () => {
    const redirects = [
      { from: '/modele/b/', to: '/modele/nowy/' },
      { from: '/modele/a/', to: '/modele/nowy/' },
    ];
    const text = formatRedirectsFile(redirects);
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/modele/a/ /modele/nowy/ 301', '/modele/b/ /modele/nowy/ 301', '']);
    expect(parseRedirectsFile(text)).toEqual([...redirects].reverse());
    expect(parseRedirectsFile(formatRedirectsFile([]))).toEqual([]);
  });

  test('recognises every address at or under a former entry address', () => {
    const isFormer = formerAddressMatcher(['/dokumenty/dawny/', '/modele/stary/']);
    expect(isFormer('/dokumenty/dawny/')).toBe(true);
    expect(isFormer('/dokumenty/dawny/wersja-1/')).toBe(true);
    expect(isFormer('/modele/stary/')).toBe(true);
    expect(isFormer('/modele/stary-drugi/')).toBe(false);
    expect(isFormer('/dokumenty/')).toBe(false);
  });
});

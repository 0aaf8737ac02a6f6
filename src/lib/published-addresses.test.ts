import { describe, expect, test } from 'vitest';
import {
  addedAddressesNotice,
  addressesOfBuild,
  addressOfBuiltFile,
  compareWithBuild,
  formatAddressList,
  missingAddressesMessage,
  parseAddressList,
} from './published-addresses.ts';

describe('addressOfBuiltFile', () => {
  test.each([
    ['index.html', '/'],
    ['modele/model-a/index.html', '/modele/model-a/'],
    ['dane/wskazniki.csv', '/dane/wskazniki.csv'],
    ['dokumenty/poradnik/wersja-1/formularz-uwag.csv', '/dokumenty/poradnik/wersja-1/formularz-uwag.csv'],
    ['zmiany/feed.xml', '/zmiany/feed.xml'],
    ['zrodla/zrodlo-a/programy/index.html', '/zrodla/zrodlo-a/programy/'],
    ['programy/strona/index.html', '/programy/strona/'],
  ])('%s is published as %s', (file, address) => {
    expect(addressOfBuiltFile(file)).toBe(address);
  });

  test.each([
    '404.html',
    '_redirects',
    '_astro/page.a1b2.js',
    '_astro/style.css',
    'pagefind/pagefind.js',
    'pagefind/index/pl.pf_index',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'favicon.svg',
    'szukaj/slownik.json',
    'programy/strona/2/index.html',
    'zrodla/zrodlo-a/programy/strona/34/index.html',
  ])('%s is not an address readers link to', (file) => {
    expect(addressOfBuiltFile(file)).toBeUndefined();
  });
});

test('the addresses of a build are sorted by code point, so the list reads the same on every machine', () => {
  expect(addressesOfBuild(['zrodla/z/index.html', 'index.html', 'dane/a.csv', 'modele/index.html', 'modele/a/index.html', '_astro/x.js'])).toEqual([
    '/',
    '/dane/a.csv',
    '/modele/',
    '/modele/a/',
    '/zrodla/z/',
  ]);
});

describe('the list file', () => {
  test('is a commented header and one sorted address a line, and reads back', () => {
    const text = formatAddressList(['/modele/', '/', '/modele/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(text.endsWith('/\n/modele/\n')).toBe(true);
    expect(parseAddressList(text)).toEqual(['/', '/modele/']);
  });

  test('tolerates blank lines, spaces and Windows line ends', () => {
    expect(parseAddressList('# komentarz\r\n\r\n /modele/ \r\n/\r\n')).toEqual(['/modele/', '/']);
  });
});

describe('comparing the list with a build', () => {
  test('finds the addresses that disappeared and those that are new', () => {
    expect(compareWithBuild(['/', '/modele/a/', '/modele/b/'], ['/', '/modele/b/', '/modele/c/'])).toEqual({ missing: ['/modele/a/'], added: ['/modele/c/'] });
  });

  test('the failure names each missing address and both ways to fix it', () => {
    const message = missingAddressesMessage(['/modele/a/']);
    expect(message).toContain('Z budowania zniknął adres, który był już opublikowany (lista: published-addresses.txt)');
    expect(message).toContain('  • /modele/a/');
    expect(message).toContain('dopisz dawny identyfikator do pola „aliases”');
    expect(message).toContain('usuń jej wiersz z published-addresses.txt w tym samym commicie');
    expect(missingAddressesMessage(['/a/', '/b/'])).toContain('zniknęły adresy, które były już opublikowane (2;');
  });

  test("the failure shows the build's new addresses, where the renamed entry usually is", () => {
    expect(missingAddressesMessage(['/modele/a/'], ['/modele/b/'])).toMatch(/Nowe adresy w tym budowaniu .*:\n {2}• \/modele\/b\/$/);
    expect(missingAddressesMessage(['/modele/a/'])).not.toContain('Nowe adresy');
  });

  test('long lists are cut short with a count of the rest', () => {
    const many = Array.from({ length: 25 }, (_, index) => `/modele/m${index}/`);
    const notice = addedAddressesNotice(many);
    expect(notice).toContain('Nowe adresy (25)');
    expect(notice).toContain('… i 5 więcej');
    expect(notice).toContain('npm run addresses');
  });
});

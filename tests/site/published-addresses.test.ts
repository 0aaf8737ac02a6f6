/**
 * The committed list of published addresses (`published-addresses.txt`) and the build in dist/
 * agree: every page of the build is on the list (a new page is added with `npm run addresses` and
 * committed with it), every address on the list is still built, the list is in the form that
 * command writes, and every former address in `_redirects` leads to a built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtAddresses, redirectsToNowhere } from '../../src/integrations/published-addresses.ts';
import { parseRedirectsFile } from '../../src/lib/redirects.ts';
import { ADDRESS_LIST_COMMAND, ADDRESS_LIST_FILE, compareWithBuild, formatAddressList, parseAddressList } from '../../src/lib/published-addresses.ts';
import { DIST } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const listText = readFileSync(path.join(ROOT, ADDRESS_LIST_FILE), 'utf8');
const listed = parseAddressList(listText);
const built = builtAddresses(DIST);
const { missing, added } = compareWithBuild(listed, built);

describe(`the list ${ADDRESS_LIST_FILE}`, () => {
  test(`has every address of the build (if not: run ${ADDRESS_LIST_COMMAND} and commit the list)`, () => {
    expect(added, `Adresy spoza ${ADDRESS_LIST_FILE}. Uruchom: ${ADDRESS_LIST_COMMAND}, i dołącz listę do commitu.`).toEqual([]);
  });

  test('has no address the build lost', () => {
    expect(missing, 'Opublikowane adresy, których nie ma w dist/: docs/EDITING.md, „Zmiana adresu wpisu”.').toEqual([]);
  });

  test(`is sorted, without repeats, in the form ${ADDRESS_LIST_COMMAND} writes`, () => {
    expect(listText).toBe(formatAddressList(listed));
  });

  test('holds pages, data files, remark forms and the change feed', () => {
    expect(listed).toContain('/');
    expect(listed).toContain('/modele/model-kooperacji-dla-miast/');
    expect(listed).toContain('/dane/wskazniki.csv');
    expect(listed).toContain('/zmiany/feed.xml');
    expect(listed.some((address) => address.endsWith('/formularz-uwag.csv'))).toBe(true);
  });
});

describe('_redirects', () => {
  const file = path.join(DIST, '_redirects');

  test('is published for hosts that read it, and every former address in it leads to a built page', () => {
    expect(existsSync(file)).toBe(true);
    expect(redirectsToNowhere(DIST, built)).toEqual([]);
  });

  test('every former address in it is served by the build too, for hosts that do not read it', () => {
    const notServed = parseRedirectsFile(readFileSync(file, 'utf8')).filter((redirect) => !built.includes(redirect.from));
    expect(notServed).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { alternatesOf, counterpartPath, languageOfPath, type RoutePair } from './language-routes.ts';

const PAIRS: RoutePair[] = [
  { pl: '/', en: '/en/', exact: true },
  { pl: '/slownik/', en: '/en/glossary/', exact: true },
  { pl: '/projekty/', en: '/en/projects/' },
];

describe('language routes', () => {
  test.each([
    ['/', 'pl'],
    ['/projekty/a/', 'pl'],
    ['/en/', 'en'],
    ['/en/projects/a/', 'en'],
    ['/english/', 'pl'],
  ])('%s is a page in %s', (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });

  test.each([
    ['/', '/en/'],
    ['/en/', '/'],
    ['/slownik/', '/en/glossary/'],
    ['/projekty/liderzy-kooperacji/', '/en/projects/liderzy-kooperacji/'],
    ['/en/projects/liderzy-kooperacji/', '/projekty/liderzy-kooperacji/'],
    ['/projekty/', undefined],
    ['/projekty/a/wskazniki/', undefined],
    ['/slownik/ops/', undefined],
    ['/zmiany/', undefined],
  ])('the counterpart of %s is %s', (path, expected) => {
    expect(counterpartPath(path, PAIRS)).toBe(expected);
  });

  test('sitemap alternates pair only addresses that both exist, both ways', () => {
    const site = 'https://example.org';
    const addresses = ['/', '/en/', '/projekty/a/', '/en/projects/a/', '/projekty/b/', '/zmiany/'].map((path) => `${site}${path}`);
    const alternates = alternatesOf(addresses, PAIRS);
    expect(Object.fromEntries(alternates)).toEqual({
      [`${site}/`]: { pl: `${site}/`, en: `${site}/en/` },
      [`${site}/en/`]: { pl: `${site}/`, en: `${site}/en/` },
      [`${site}/projekty/a/`]: { pl: `${site}/projekty/a/`, en: `${site}/en/projects/a/` },
      [`${site}/en/projects/a/`]: { pl: `${site}/projekty/a/`, en: `${site}/en/projects/a/` },
    });
  });
});

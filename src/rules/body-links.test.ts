import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { bodyLinks, linkedEntry } from './body-links.ts';

const TEXT = 'content/projects/projekt-testowy.md';

/** A project page whose text (starting on line 4 of its file) holds `body`. */
const linking = (body: string): TestPage => ({ type: 'projects', id: 'projekt-testowy', file: TEXT, body });

const programme: TestPage = { type: 'programmes', id: 'program-testowy', file: 'content/programmes/program-testowy.md', data: { aliases: ['stary-program'] } };

describe('linkedEntry', () => {
  test.each([
    ['/programy/program-testowy/#cel', { type: 'programmes', id: 'program-testowy' }],
    ['/programy/program-testowy?x=1', { type: 'programmes', id: 'program-testowy' }],
    ['/dokumenty/poradnik/wersja-2/', { type: 'guides', id: 'poradnik' }],
    ['/miejsca/gmina%2Dx/', { type: 'places', id: 'gmina-x' }],
  ])('%s names an entry', (url, expected) => {
    expect(linkedEntry(url)).toEqual(expected);
  });

  test.each(['/programy/', '/programy/strona/2/', '/szukaj/', 'https://example.org/programy/x/', '//example.org/programy/x/', '#cel', 'mailto:a@b.pl'])(
    '%s names no entry',
    (url) => {
      expect(linkedEntry(url)).toBeUndefined();
    },
  );
});

describe('links in texts', () => {
  test('accepts links to entries that exist, to a guidance document by any version, and to other pages', () => {
    const body = [
      '[program](/programy/program-testowy/#cel) i [poradnik](/dokumenty/poradnik/wersja-1/).',
      '',
      '[lista](/programy/) [strona 2](/programy/strona/2/) [zewnętrzny](https://example.org/programy/x/) [szukaj](/szukaj/)',
    ].join('\n');
    const input = ruleInput([linking(body), programme, { type: 'guides', id: 'poradnik/1', file: 'content/guides/poradnik/1.mdx' }]);
    expect(bodyLinks.check(input)).toEqual({ problems: [], knockOns: [] });
  });

  test('a link to an entry that does not exist, with the line in the file and the address likely meant', () => {
    const input = ruleInput([linking('Tekst.\n\nZob. [program](/programy/program-testow/#cel).'), programme]);
    expect(bodyLinks.check(input).problems).toEqual([
      {
        file: TEXT,
        field: 'treść, wiersz 6, odnośnik',
        message:
          'odnośnik „/programy/program-testow/#cel” prowadzi do strony, której nie ma: w dziale /programy/ nie ma wpisu „program-testow”. Czy chodziło o „/programy/program-testowy/”?',
      },
    ]);
  });

  test('no guess when no id is close, and ids of other sections do not count', () => {
    const input = ruleInput([linking('[x](/instytucje/program-testowy/)'), programme]);
    expect(bodyLinks.check(input).problems.map((problem) => problem.message)).toEqual([
      'odnośnik „/instytucje/program-testowy/” prowadzi do strony, której nie ma: w dziale /instytucje/ nie ma wpisu „program-testowy”',
    ]);
  });

  test('a link with broken percent-encoding is reported as written, not thrown', () => {
    const input = ruleInput([linking('[x](/programy/program%E0/)'), programme]);
    expect(bodyLinks.check(input).problems.map((problem) => problem.message)).toEqual([
      'odnośnik „/programy/program%E0/” prowadzi do strony, której nie ma: w dziale /programy/ nie ma wpisu „program%E0”',
    ]);
  });

  test("a link to an entry's former id, with its address now", () => {
    const glossary: TestPage = { type: 'glossary', id: 'ops', file: 'content/glossary.yaml', entry: 'ops', data: { formerIds: ['osrodek'] } };
    const input = ruleInput([linking('[a](/programy/stary-program/) i [b](/slownik/osrodek/#definicja)'), programme, glossary]);
    expect(bodyLinks.check(input).problems).toEqual([
      {
        file: TEXT,
        field: 'treść, wiersz 4, odnośnik',
        message: '„/programy/stary-program/” to dawny adres wpisu, który ma teraz adres /programy/program-testowy/; wpisz nowy adres',
      },
      {
        file: TEXT,
        field: 'treść, wiersz 4, odnośnik',
        message: '„/slownik/osrodek/#definicja” to dawny adres wpisu, który ma teraz adres /slownik/ops/; wpisz nowy adres',
      },
    ]);
  });

  test('a link to an entry that failed its schema is a knock-on of that entry, one per link', () => {
    const input = ruleInput([
      linking('[a](/programy/program-testowy/) [b](/programy/program-testowy/#cel)\n\n[c](/slownik/ops/)'),
      { ...programme, data: undefined },
      { type: 'glossary', id: 'ops', file: 'content/glossary.yaml', entry: 'ops', data: undefined },
    ]);
    expect(bodyLinks.check(input)).toEqual({
      problems: [],
      knockOns: [
        { cause: 'content/programmes/program-testowy.md', file: TEXT },
        { cause: 'content/programmes/program-testowy.md', file: TEXT },
        { cause: 'content/glossary.yaml (wpis „ops”)', file: TEXT },
      ],
    });
  });
});

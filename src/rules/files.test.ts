import { describe, expect, test } from 'vitest';
import type { ContentTypeName } from '../collections/table.ts';
import { ruleInput } from './__fixtures__/rule-input.ts';
import { fileNameProblem, fileNames } from './files.ts';

/** The file names problems of these files, as "file: message". */
function problems(...files: [ContentTypeName, string][]): string[] {
  const input = { ...ruleInput([]), files: files.map(([type, file]) => ({ type, file })) };
  return fileNames.check(input).problems.map((problem) => {
    expect(problem.field).toBe('');
    return `${problem.file}: ${problem.message}`;
  });
}

describe('fileNameProblem', () => {
  test.each([
    ['projects', 'content/projects/projekt-testowy.mdx'],
    ['places', 'content/places/gmina-2005082.md'],
    ['guides', 'content/guides/poradnik/1.mdx'],
    ['guides', 'content/guides/poradnik-2/12.md'],
    ['glossary', 'content/glossary.yaml'],
  ] as const)('%s: %s may stand there', (type, file) => {
    expect(fileNameProblem(type, file)).toBeUndefined();
  });

  test.each([
    ['content/places/gminy/gmina.md', 'strony leżą bezpośrednio w folderze content/places/, bez podfolderów; przenieś ten plik do content/places/'],
    [
      'content/places/gmina.txt',
      'w folderze content/places/ mogą być tylko pliki .md (sam tekst) i .mdx (tekst z komponentami); usuń ten plik albo zmień jego rozszerzenie',
    ],
    ['content/places/gmina.MD', 'w folderze content/places/ mogą być tylko pliki .md'],
    [
      'content/places/Gmina_Testowa.md',
      'nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „rops-bialystok.md”',
    ],
    ['content/places/łódź.md', 'nazwa pliku jest adresem strony'],
    ['content/places/gmina--testowa.md', 'nazwa pliku jest adresem strony'],
  ])('a page file %s', (file, expected) => {
    expect(fileNameProblem('places', file)).toContain(expected);
  });

  test.each([
    [
      'content/guides/poradnik.mdx',
      'w folderze content/guides/ każdy dokument ma własny folder z plikami wersji (np. guides/poradnik/1.mdx); przenieś ten plik do folderu dokumentu',
    ],
    ['content/guides/poradnik/wersje/1.mdx', 'w folderze dokumentu są tylko pliki wersji (1.mdx, 2.mdx…), bez dalszych folderów; przenieś ten plik'],
    ['content/guides/Poradnik/1.mdx', 'nazwa folderu jest adresem dokumentu, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki'],
    ['content/guides/poradnik/wersja-1.mdx', 'plik wersji nazywa się jej numerem: 1.mdx, 2.mdx, 3.mdx… (albo 1.md, 2.md…)'],
    ['content/guides/poradnik/01.mdx', 'plik wersji nazywa się jej numerem'],
    ['content/guides/poradnik/1.txt', 'plik wersji nazywa się jej numerem'],
  ])('a guidance document file %s', (file, expected) => {
    expect(fileNameProblem('guides', file)).toContain(expected);
  });
});

describe('file names', () => {
  test('accepts well-named files, one per address', () => {
    expect(
      problems(
        ['projects', 'content/projects/projekt-a.mdx'],
        ['projects', 'content/projects/projekt-b.md'],
        ['guides', 'content/guides/poradnik/1.md'],
        ['guides', 'content/guides/poradnik/2.mdx'],
        ['sources', 'content/sources.yaml'],
      ),
    ).toEqual([]);
  });

  test('reports a badly named file at the file, with no field', () => {
    expect(problems(['institutions', 'content/institutions/Instytucja-Testowa.mdx'])).toEqual([
      'content/institutions/Instytucja-Testowa.mdx: nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „rops-bialystok.md”',
    ]);
  });

  test('one address written as .md and .mdx: the .mdx file is reported, naming the .md, in any order', () => {
    const expected = [
      'content/programmes/program-testowy.mdx: ten sam adres ma już plik content/programmes/program-testowy.md; jedna strona to jeden plik: .md albo .mdx, nie oba',
    ];
    expect(problems(['programmes', 'content/programmes/program-testowy.mdx'], ['programmes', 'content/programmes/program-testowy.md'])).toEqual(expected);
    expect(problems(['programmes', 'content/programmes/program-testowy.md'], ['programmes', 'content/programmes/program-testowy.mdx'])).toEqual(expected);
  });

  test('one version of a guidance document written as .md and .mdx', () => {
    expect(problems(['guides', 'content/guides/poradnik/1.md'], ['guides', 'content/guides/poradnik/1.mdx'])).toEqual([
      'content/guides/poradnik/1.mdx: ten sam adres ma już plik content/guides/poradnik/1.md; jedna strona to jeden plik: .md albo .mdx, nie oba',
    ]);
  });

  test('only the badly named file among good ones is reported', () => {
    expect(problems(['places', 'content/places/gmina.md'], ['places', 'content/places/gmina.txt'])).toEqual([
      'content/places/gmina.txt: w folderze content/places/ mogą być tylko pliki .md (sam tekst) i .mdx (tekst z komponentami); usuń ten plik albo zmień jego rozszerzenie',
    ]);
  });
});

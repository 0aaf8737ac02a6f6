import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { archivedCopies, citations } from './citations.ts';

const TEXT = 'content/programmes/program-testowy.mdx';
const SOURCES = 'content/sources.yaml';

/** A programme page in MDX whose text (starting on line 4 of its file) holds `body`. */
const citing = (body: string): TestPage => ({ type: 'programmes', id: 'program-testowy', file: TEXT, body });

const source = (id: string, data: unknown = {}): TestPage => ({ type: 'sources', id, file: SOURCES, entry: id, data });

describe('citations', () => {
  test('accepts citations of sources that exist', () => {
    const input = ruleInput([citing('Tekst <Cite source="uchwala-2024" />.\n\n<Cite source="raport-gus" />'), source('uchwala-2024'), source('raport-gus')]);
    expect(citations.check(input)).toEqual({ problems: [] });
  });

  test('a source that does not exist, with the line in the file and the id likely meant', () => {
    const input = ruleInput([citing('Tekst.\n\nDalej <Cite source="uchwala-2042" />.'), source('uchwala-2024')]);
    expect(citations.check(input).problems).toEqual([
      {
        file: TEXT,
        field: 'treść, wiersz 6, <Cite source>',
        message: 'oczekiwano identyfikatora źródła z content/sources.yaml; znaleziono „uchwala-2042”, a takiego źródła nie ma. Czy chodziło o „uchwala-2024”?',
      },
    ]);
  });

  test('no guess when no source id is close; an id of another type is no source', () => {
    const input = ruleInput([citing('<Cite source="program-testowy" />'), source('uchwala-2024')]);
    expect(citations.check(input).problems.map((problem) => problem.message)).toEqual([
      'oczekiwano identyfikatora źródła z content/sources.yaml; znaleziono „program-testowy”, a takiego źródła nie ma',
    ]);
  });

  test('a citation without a source names the empty text it found', () => {
    const input = ruleInput([citing('<Cite />'), source('uchwala-2024')]);
    expect(citations.check(input).problems.map((problem) => problem.message)).toEqual([
      'oczekiwano identyfikatora źródła z content/sources.yaml; znaleziono „”, a takiego źródła nie ma',
    ]);
  });

  test('a source that failed its schema is still known, so citing it is no new problem', () => {
    const input = ruleInput([citing('<Cite source="uchwala-2024" />'), { ...source('uchwala-2024'), data: undefined }]);
    expect(citations.check(input).problems).toEqual([]);
  });

  test('says nothing while content/sources.yaml cannot be read', () => {
    const page = ruleInput([citing('<Cite source="uchwala-2024" />')]);
    const input = { ...page, files: [...page.files, { type: 'sources' as const, file: SOURCES }] };
    expect(citations.check(input).problems).toHaveLength(1);
    expect(citations.check({ ...input, unreadable: new Set([SOURCES]) }).problems).toEqual([]);
  });
});

describe('archived copies', () => {
  const archive = new Set(['000_02c70b4723686d81.txt', '001_ffee.pdf']);

  test('accepts a copy that is in content/archive/, and a source that names none', () => {
    const input = ruleInput([source('uchwala-2024', { archivedCopy: '001_ffee.pdf' }), source('raport-gus', {})], { archive });
    expect(archivedCopies.check(input)).toEqual({ problems: [] });
  });

  test('a copy missing from content/archive/, at the source entry, with the file name likely meant', () => {
    const input = ruleInput([source('uchwala-2024', { archivedCopy: '000_02c70b4723686d8.txt' })], { archive });
    expect(archivedCopies.check(input).problems).toEqual([
      {
        file: SOURCES,
        entry: 'uchwala-2024',
        field: 'archivedCopy',
        message:
          'w folderze content/archive/ nie ma pliku „000_02c70b4723686d8.txt”; każdy dokument źródłowy ma tam swoją kopię, więc dodaj plik albo popraw nazwę. Czy chodziło o „000_02c70b4723686d81.txt”?',
      },
    ]);
  });

  test('no guess when no archived file name is close', () => {
    const input = ruleInput([source('uchwala-2024', { archivedCopy: 'uchwala.docx' })], { archive });
    expect(archivedCopies.check(input).problems.map((problem) => problem.message)).toEqual([
      'w folderze content/archive/ nie ma pliku „uchwala.docx”; każdy dokument źródłowy ma tam swoją kopię, więc dodaj plik albo popraw nazwę',
    ]);
  });

  test('only readable sources are checked', () => {
    const input = ruleInput([
      { ...source('uchwala-2024'), data: undefined },
      { type: 'programmes', id: 'program-testowy', file: TEXT, data: { archivedCopy: 'brak.txt' } },
    ]);
    expect(archivedCopies.check(input).problems).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { consultationReports, unitIds } from './consultation-reports.ts';

const CONSULTED = { version: 2, consultation: { from: new Date('2026-11-23'), to: new Date('2026-12-18') } };
const version = (number: number, data: object = { ...CONSULTED, version: number }): TestPage => ({
  type: 'guides',
  id: `poradnik/${number}`,
  file: `content/guides/poradnik/${number}.mdx`,
  data,
  body: '## Cel\n\nPierwszy.\n\n- punkt\n- punkt\n\n## Zakres\n\nTrzeci.\n',
});
const report = (id: string, data: { document: string; version: number; paragraphs: string[] }): TestPage => ({
  type: 'consultationReports',
  id,
  file: `content/consultation-reports/${id}.yaml`,
  data: { document: data.document, version: data.version, remarks: data.paragraphs.map((paragraph) => ({ paragraph })) },
});

/** Each problem as "field: message". */
function problems(pages: TestPage[]): string[] {
  return consultationReports.check(ruleInput(pages)).problems.map((problem) => `${problem.file} ${problem.field}: ${problem.message}`);
}

describe('consultation reports', () => {
  test('a report on a consulted version whose units exist passes', () => {
    expect(
      problems([version(1), version(2), report('poradnik-wersja-2', { document: 'poradnik', version: 2, paragraphs: ['p-1-1', 'p-1-2', 'p-2-1'] })]),
    ).toEqual([]);
  });

  test.each([
    [
      'an unknown document',
      [report('inny-wersja-2', { document: 'inny', version: 2, paragraphs: ['p-1-1'] })],
      'content/consultation-reports/inny-wersja-2.yaml document: nie ma dokumentu „inny” (folderu content/guides/inny/)',
    ],
    [
      'an unknown version',
      [report('poradnik-wersja-5', { document: 'poradnik', version: 5, paragraphs: ['p-1-1'] })],
      'content/consultation-reports/poradnik-wersja-5.yaml version: dokument „poradnik” nie ma wersji 5; są wersje: 1, 2',
    ],
    [
      'an unknown unit',
      [report('poradnik-wersja-2', { document: 'poradnik', version: 2, paragraphs: ['p-1-1', 'p-3-1'] })],
      'content/consultation-reports/poradnik-wersja-2.yaml remarks › pozycja 2 › paragraph: w wersji 2 dokumentu „poradnik” nie ma ustępu § 3 ust. 1 (p-3-1); ostatni ustęp tej wersji to § 2 ust. 1',
    ],
    [
      'a file named after another version',
      [report('poradnik-raport', { document: 'poradnik', version: 2, paragraphs: ['p-1-1'] })],
      'content/consultation-reports/poradnik-raport.yaml : raport o wersji 2 dokumentu „poradnik” musi nazywać się poradnik-wersja-2.yaml',
    ],
  ])('names the file and field of %s', (_name, reports, message) => {
    expect(problems([version(1), version(2), ...reports])).toEqual([message]);
  });

  test('a version that was never in consultation has no report', () => {
    expect(problems([version(1, { version: 1 }), report('poradnik-wersja-1', { document: 'poradnik', version: 1, paragraphs: ['p-1-1'] })])).toEqual([
      'content/consultation-reports/poradnik-wersja-1.yaml version: wersja 1 dokumentu „poradnik” nie była w konsultacjach (nie ma pola „consultation”)',
    ]);
  });
});

describe('unitIds', () => {
  test('counts paragraphs and lists under each second-level heading, as the page numbers them', () => {
    const input = ruleInput([version(1)]);
    expect([...unitIds(input.entries[0]!.body!.blocks)]).toEqual(['p-1-1', 'p-1-2', 'p-2-1']);
  });
});

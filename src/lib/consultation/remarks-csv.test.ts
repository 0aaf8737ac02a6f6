import { describe, expect, test } from 'vitest';
import { CSV_BOM, parseCsv } from '../csv.ts';
import { ParagraphNumberer, type DocumentStructure } from './paragraphs.ts';
import { REMARK_COLUMNS, remarksFileName, remarksToCsv, remarkTemplateCsv } from './remarks-csv.ts';
import type { Remark } from './remark.ts';

let counter = 0;
function remark(paragraphId: string, fields: Partial<Remark> = {}): Remark {
  counter += 1;
  const [, section, unit] = paragraphId.split('-');
  return {
    id: `uwaga-${counter}`,
    paragraphId,
    paragraphLabel: `§ ${section} ust. ${unit}`,
    currentText: `Tekst ${paragraphId}.`,
    proposal: `Uwaga do ${paragraphId}.`,
    justification: '',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...fields,
  };
}

const AWKWARD = [
  'Cudzysłów "prosty" i „polski”',
  'średnik; i jeszcze jeden;',
  'przecinek, kropka. dwukropek:',
  'Pierwsza linia\r\nDruga po CRLF',
  'Pierwsza linia\nDruga po LF\n\nI pusta między nimi',
  'Sam CR\rw środku',
  '  spacje na początku i na końcu  ',
  '\ttabulator\t',
  'Zażółć gęślą jaźń ŻÓŁĆ',
  '<script>alert("x")</script> &amp; <b>b</b>',
  '=SUM(A1)',
  '+48 123 456 789',
  '-1',
  '@import',
  '👍🏽 emoji',
  '"',
  '""',
  ';',
  '',
];

describe('REMARK_COLUMNS', () => {
  test('are the columns of the form, in order', () => {
    expect(REMARK_COLUMNS).toEqual(['Lp.', 'Podmiot zgłaszający', 'Część dokumentu', 'Dotychczasowy zapis', 'Treść uwagi / proponowany zapis', 'Uzasadnienie']);
  });
});

describe('remarksToCsv', () => {
  test('starts with a BOM and the exact header, ends every line with CRLF', () => {
    const csv = remarksToCsv([remark('p-1-1', { proposal: 'Krótko', justification: 'Bo tak' })], 'Gmina Testowa');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(
      `${CSV_BOM}Lp.;Podmiot zgłaszający;Część dokumentu;Dotychczasowy zapis;Treść uwagi / proponowany zapis;Uzasadnienie\r\n1;Gmina Testowa;§ 1 ust. 1;Tekst p-1-1.;Krótko;Bo tak\r\n`,
    );
  });

  test('with no remarks, only the header', () => {
    expect(parseCsv(remarksToCsv([], 'Gmina'))).toEqual([[...REMARK_COLUMNS]]);
  });

  test('numbers the rows in document order: section, then unit, then the older remark first', () => {
    const remarks = [
      remark('p-10-1'),
      remark('p-2-2', { proposal: 'druga do 2.2', createdAt: '2025-03-02T00:00:00.000Z' }),
      remark('p-2-10'),
      remark('p-2-2', { proposal: 'pierwsza do 2.2', createdAt: '2025-03-01T00:00:00.000Z' }),
      remark('p-1-3'),
    ];
    const rows = parseCsv(remarksToCsv(remarks, 'Gmina')).slice(1);
    expect(rows.map((row) => [row[0], row[2], row[4]])).toEqual([
      ['1', '§ 1 ust. 3', 'Uwaga do p-1-3.'],
      ['2', '§ 2 ust. 2', 'pierwsza do 2.2'],
      ['3', '§ 2 ust. 2', 'druga do 2.2'],
      ['4', '§ 2 ust. 10', 'Uwaga do p-2-10.'],
      ['5', '§ 10 ust. 1', 'Uwaga do p-10-1.'],
    ]);
    expect(remarks[0]?.paragraphId).toBe('p-10-1');
  });

  test('puts the submitter on every row', () => {
    const rows = parseCsv(remarksToCsv([remark('p-1-1'), remark('p-1-2')], 'OPS w Testowie')).slice(1);
    expect(rows.map((row) => row[1])).toEqual(['OPS w Testowie', 'OPS w Testowie']);
  });

  test.each(AWKWARD)('writes %j exactly as typed, in every text column, and reads back the same', (text) => {
    const csv = remarksToCsv([remark('p-1-1', { paragraphLabel: text, currentText: text, proposal: text, justification: text })], text);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['1', text, text, text, text, text]);
  });

  test('all the awkward texts in one file come back row by row', () => {
    const remarks = AWKWARD.map((text, index) => remark(`p-1-${index + 1}`, { proposal: text, justification: `${text}|${index}` }));
    const rows = parseCsv(remarksToCsv(remarks, ' Podmiot; "z cudzysłowem" ')).slice(1);
    expect(rows.map((row) => [row[4], row[5]])).toEqual(AWKWARD.map((text, index) => [text, `${text}|${index}`]));
    expect(rows.every((row) => row[1] === ' Podmiot; "z cudzysłowem" ')).toBe(true);
  });

  test('does not neutralise text a spreadsheet might read as a formula', () => {
    const csv = remarksToCsv([remark('p-1-1', { proposal: '=SUM(A1)' })], 'Gmina');
    expect(csv).toContain(';=SUM(A1);');
  });
});

describe('remarkTemplateCsv', () => {
  function structure(): DocumentStructure {
    const numberer = new ParagraphNumberer();
    numberer.startSection('Cel', 'cel');
    numberer.nextParagraph('Dokument opisuje; krok po kroku, "jak" to zrobić.');
    numberer.nextParagraph('pierwszy punkt\ndrugi punkt');
    numberer.startSection('Zakres', 'zakres');
    numberer.nextParagraph('Zażółć gęślą jaźń.');
    return numberer.structure;
  }

  test('one numbered row per unit with its citation and wording, the remark columns empty', () => {
    const csv = remarkTemplateCsv(structure());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [...REMARK_COLUMNS],
      ['1', '', '§ 1 ust. 1', 'Dokument opisuje; krok po kroku, "jak" to zrobić.', '', ''],
      ['2', '', '§ 1 ust. 2', 'pierwszy punkt\ndrugi punkt', '', ''],
      ['3', '', '§ 2 ust. 1', 'Zażółć gęślą jaźń.', '', ''],
    ]);
  });

  test('follows document order even when the units are listed out of order', () => {
    const { sections, paragraphs } = structure();
    const rows = parseCsv(remarkTemplateCsv({ sections, paragraphs: [...paragraphs].reverse() })).slice(1);
    expect(rows.map((row) => `${row[0]} ${row[2]}`)).toEqual(['1 § 1 ust. 1', '2 § 1 ust. 2', '3 § 2 ust. 1']);
  });

  test('a document without units gives the header alone', () => {
    expect(remarkTemplateCsv({ sections: [], paragraphs: [] })).toBe(`${CSV_BOM}${REMARK_COLUMNS.join(';')}\r\n`);
  });
});

describe('remarksFileName', () => {
  test('names the document and the version', () => {
    expect(remarksFileName('poradnik-wdrazania-modelu', 2)).toBe('uwagi-poradnik-wdrazania-modelu-wersja-2.csv');
  });
});

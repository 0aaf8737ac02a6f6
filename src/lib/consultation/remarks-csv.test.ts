import { describe, expect, test } from 'vitest';
import { CSV_BOM, parseCsv } from '../csv.ts';
import { ParagraphNumberer, type DocumentStructure } from './paragraphs.ts';
import { REMARK_COLUMNS, remarksFileName, remarksToCsv, remarkTemplateCsv, type Submitter } from './remarks-csv.ts';
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
    expect(REMARK_COLUMNS).toEqual([
      'Lp.',
      'Podmiot zgłaszający',
      'Rodzaj podmiotu',
      'Część dokumentu',
      'Dotychczasowy zapis',
      'Treść uwagi / proponowany zapis',
      'Uzasadnienie',
      'Wersja dokumentu',
    ]);
  });
});

const ADDRESS = '/dokumenty/poradnik/wersja-2/';
const org = (name: string): Submitter => ({ name, kind: 'organizacja' });

describe('remarksToCsv', () => {
  test('starts with a BOM and the exact header, ends every line with CRLF', () => {
    const csv = remarksToCsv([remark('p-1-1', { proposal: 'Krótko', justification: 'Bo tak' })], org('Gmina Testowa'), ADDRESS);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(
      `${CSV_BOM}Lp.;Podmiot zgłaszający;Rodzaj podmiotu;Część dokumentu;Dotychczasowy zapis;Treść uwagi / proponowany zapis;Uzasadnienie;Wersja dokumentu\r\n` +
        `1;Gmina Testowa;organizacja;§ 1 ust. 1;Tekst p-1-1.;Krótko;Bo tak;${ADDRESS}\r\n`,
    );
  });

  test('with no remarks, only the header', () => {
    expect(parseCsv(remarksToCsv([], org('Gmina'), ADDRESS))).toEqual([[...REMARK_COLUMNS]]);
  });

  test('numbers the rows in document order: section, then unit, then the older remark first', () => {
    const remarks = [
      remark('p-10-1'),
      remark('p-2-2', { proposal: 'druga do 2.2', createdAt: '2025-03-02T00:00:00.000Z' }),
      remark('p-2-10'),
      remark('p-2-2', { proposal: 'pierwsza do 2.2', createdAt: '2025-03-01T00:00:00.000Z' }),
      remark('p-1-3'),
    ];
    const rows = parseCsv(remarksToCsv(remarks, org('Gmina'), ADDRESS)).slice(1);
    expect(rows.map((row) => [row[0], row[3], row[5]])).toEqual([
      ['1', '§ 1 ust. 3', 'Uwaga do p-1-3.'],
      ['2', '§ 2 ust. 2', 'pierwsza do 2.2'],
      ['3', '§ 2 ust. 2', 'druga do 2.2'],
      ['4', '§ 2 ust. 10', 'Uwaga do p-2-10.'],
      ['5', '§ 10 ust. 1', 'Uwaga do p-10-1.'],
    ]);
    expect(remarks[0]?.paragraphId).toBe('p-10-1');
  });

  test('puts the submitter, its kind and the version address on every row', () => {
    const rows = parseCsv(remarksToCsv([remark('p-1-1'), remark('p-1-2')], org('OPS w Testowie'), ADDRESS)).slice(1);
    expect(rows.map((row) => [row[1], row[2], row[7]])).toEqual([
      ['OPS w Testowie', 'organizacja', ADDRESS],
      ['OPS w Testowie', 'organizacja', ADDRESS],
    ]);
  });

  test('names a private person as such, and leaves the kind empty until it is chosen', () => {
    const person = parseCsv(remarksToCsv([remark('p-1-1')], { name: 'Jan Kowalski', kind: 'osoba-prywatna' }, ADDRESS));
    expect(person[1]?.[2]).toBe('osoba prywatna');
    const unknown = parseCsv(remarksToCsv([remark('p-1-1')], { name: 'Ktoś', kind: null }, ADDRESS));
    expect(unknown[1]?.[2]).toBe('');
  });

  test.each(AWKWARD)('writes %j exactly as typed, in every text column, and reads back the same', (text) => {
    const csv = remarksToCsv([remark('p-1-1', { paragraphLabel: text, currentText: text, proposal: text, justification: text })], org(text), ADDRESS);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['1', text, 'organizacja', text, text, text, text, ADDRESS]);
  });

  test('all the awkward texts in one file come back row by row', () => {
    const remarks = AWKWARD.map((text, index) => remark(`p-1-${index + 1}`, { proposal: text, justification: `${text}|${index}` }));
    const rows = parseCsv(remarksToCsv(remarks, org(' Podmiot; "z cudzysłowem" '), ADDRESS)).slice(1);
    expect(rows.map((row) => [row[5], row[6]])).toEqual(AWKWARD.map((text, index) => [text, `${text}|${index}`]));
    expect(rows.every((row) => row[1] === ' Podmiot; "z cudzysłowem" ')).toBe(true);
  });

  test('does not neutralise text a spreadsheet might read as a formula', () => {
    const csv = remarksToCsv([remark('p-1-1', { proposal: '=SUM(A1)' })], org('Gmina'), ADDRESS);
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
    const csv = remarkTemplateCsv(structure(), ADDRESS);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [...REMARK_COLUMNS],
      ['1', '', '', '§ 1 ust. 1', 'Dokument opisuje; krok po kroku, "jak" to zrobić.', '', '', ADDRESS],
      ['2', '', '', '§ 1 ust. 2', 'pierwszy punkt\ndrugi punkt', '', '', ADDRESS],
      ['3', '', '', '§ 2 ust. 1', 'Zażółć gęślą jaźń.', '', '', ADDRESS],
    ]);
  });

  test('follows document order even when the units are listed out of order', () => {
    const { sections, paragraphs } = structure();
    const rows = parseCsv(remarkTemplateCsv({ sections, paragraphs: [...paragraphs].reverse() }, ADDRESS)).slice(1);
    expect(rows.map((row) => `${row[0]} ${row[3]}`)).toEqual(['1 § 1 ust. 1', '2 § 1 ust. 2', '3 § 2 ust. 1']);
  });

  test('a document without units gives the header alone', () => {
    expect(remarkTemplateCsv({ sections: [], paragraphs: [] }, ADDRESS)).toBe(`${CSV_BOM}${REMARK_COLUMNS.join(';')}\r\n`);
  });
});

describe('remarksFileName', () => {
  test('names the document and the version', () => {
    expect(remarksFileName('poradnik-wdrazania-modelu', 2)).toBe('uwagi-poradnik-wdrazania-modelu-wersja-2.csv');
    expect(remarksFileName('poradnik-wdrazania-modelu', 2, 'docx')).toBe('uwagi-poradnik-wdrazania-modelu-wersja-2.docx');
  });
});

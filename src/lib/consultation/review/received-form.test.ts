import { describe, expect, test } from 'vitest';
import { CSV_BOM, parseCsv } from '../../csv.ts';
import { remarksToCsv } from '../remarks-csv.ts';
import type { Remark } from '../remark.ts';
import { OTHER_VERSION, VERSION } from './__fixtures__/consulted-version.ts';
import { decodeFormBytes, paragraphIdFromLabel, readReceivedForm } from './received-form.ts';

function remark(paragraphId: string, proposal: string, justification = ''): Remark {
  const paragraph = VERSION.paragraphs.find((candidate) => candidate.id === paragraphId)!;
  const at = '2026-11-25T10:00:00.000Z';
  return { id: paragraphId, paragraphId, paragraphLabel: paragraph.label, currentText: paragraph.text, proposal, justification, createdAt: at, updatedAt: at };
}

const AWKWARD = 'Zapis „ust. 2”; proponuję: "nowe", brzmienie,\nw dwóch wierszach <b>x</b>';
/** The form as the site exports it: BOM, `;`, CRLF. */
const exported = remarksToCsv(
  [remark('p-1-2', AWKWARD, 'Bo; tak'), remark('p-2-1', '=SUM(A1)')],
  { name: 'OPS w Testowie', kind: 'organizacja' },
  VERSION.address,
);

/** The same form after a spreadsheet round trip: another separator, no BOM, other line ends. */
function resaved(separator: ';' | ',', bom: boolean, lineEnd: '\r\n' | '\n'): string {
  const body = exported.slice(CSV_BOM.length);
  const rows = parseCsv(body);
  const field = (value: string) => (/[;,"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return (bom ? CSV_BOM : '') + rows.map((row) => row.map(field).join(separator)).join(lineEnd) + lineEnd;
}

describe('readReceivedForm', () => {
  const variants = [
    ['as exported: BOM, semicolons, CRLF', exported],
    ['semicolons, no BOM, LF', resaved(';', false, '\n')],
    ['commas (Calc, English settings), BOM, CRLF', resaved(',', true, '\r\n')],
    ['commas, no BOM, LF', resaved(',', false, '\n')],
    ['semicolons, BOM, LF', resaved(';', true, '\n')],
  ] as const;

  test.each(variants)('reads every remark exactly as typed: %s', (_name, text) => {
    const reading = readReceivedForm('uwagi.csv', text, VERSION, [VERSION, OTHER_VERSION]);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(
      reading.remarks.map(({ paragraphId, proposal, justification, submitter, submitterKind }) => ({
        paragraphId,
        proposal,
        justification,
        submitter,
        submitterKind,
      })),
    ).toEqual([
      { paragraphId: 'p-1-2', proposal: AWKWARD, justification: 'Bo; tak', submitter: 'OPS w Testowie', submitterKind: 'organizacja' },
      { paragraphId: 'p-2-1', proposal: '=SUM(A1)', justification: '', submitter: 'OPS w Testowie', submitterKind: 'organizacja' },
    ]);
  });

  test('gives the same keys to the same remarks whatever the round trip did to the file', () => {
    const keys = variants.map(([, text]) => {
      const reading = readReceivedForm('uwagi.csv', text, VERSION, [VERSION]);
      return reading.ok ? reading.remarks.map((remark) => remark.key) : [];
    });
    expect(new Set(keys.map((list) => list.join())).size).toBe(1);
  });

  test('decodes a Windows-1250 file (Excel "CSV" on a Polish system) and UTF-8 alike', () => {
    const cp1250 = Uint8Array.from([0x9c, 0xbf, 0xb3, 0xea, 0xb9]); // śżłęą
    expect(decodeFormBytes(cp1250)).toBe('śżłęą');
    expect(decodeFormBytes(new TextEncoder().encode('Zażółć'))).toBe('Zażółć');
  });

  test('skips the rows of a blank form the participant left empty', () => {
    const blank = `Lp.;Podmiot zgłaszający;Rodzaj podmiotu;Część dokumentu;Dotychczasowy zapis;Treść uwagi / proponowany zapis;Uzasadnienie;Wersja dokumentu\r\n1;;;§ 1 ust. 1;Pierwszy ustęp.;;;${VERSION.address}\r\n2;Jan;osoba prywatna;§ 1 ust. 2;Drugi ustęp.;Zmienić;;${VERSION.address}\r\n`;
    const reading = readReceivedForm('pusty.csv', blank, VERSION, [VERSION]);
    expect(reading.ok && reading.remarks.map((remark) => [remark.paragraphId, remark.submitterKind])).toEqual([['p-1-2', 'osoba-prywatna']]);
  });

  test.each([
    [
      'a CSV of something else',
      'Imię,Nazwisko\r\nJan,Kowalski\r\n',
      /^Plik „obcy\.csv” nie został wczytany: to nie jest formularz uwag z tego serwisu \(brak kolumn „Podmiot zgłaszający”, .*\)/,
    ],
    ['an empty file', '', /^Plik „obcy\.csv” nie został wczytany: to nie jest formularz uwag/],
    [
      'a form of another version',
      exported.replaceAll(VERSION.address, OTHER_VERSION.address),
      /wiersz 2 dotyczy wersji 1 dokumentu „Poradnik testowy”, a zestawienie dotyczy wersji 2/,
    ],
    [
      'a form of an unknown document',
      exported.replaceAll(VERSION.address, '/dokumenty/inny/wersja-1/'),
      /wiersz 2, kolumna „Wersja dokumentu”: oczekiwano adresu \/dokumenty\/poradnik\/wersja-2\/.*znaleziono „\/dokumenty\/inny\/wersja-1\/”/,
    ],
    [
      'a unit the version does not have',
      exported.replace('§ 2 ust. 1', '§ 9 ust. 1'),
      /wiersz 3, kolumna „Część dokumentu”: w wersji 2 nie ma ustępu „§ 9 ust. 1”/,
    ],
  ])('refuses %s with a Polish message naming the file', (_name, text, message) => {
    const reading = readReceivedForm('obcy.csv', text, VERSION, [VERSION, OTHER_VERSION]);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(message);
  });

  test('accepts the full address of the version, as a spreadsheet may turn it into a link', () => {
    const reading = readReceivedForm('a.csv', exported.replaceAll(VERSION.address, `https://example.org${VERSION.address}`), VERSION, [VERSION]);
    expect(reading.ok).toBe(true);
  });
});

describe('paragraphIdFromLabel', () => {
  test.each([
    ['§ 2 ust. 3', 'p-2-3'],
    ['§2 ust 3', 'p-2-3'],
    [' § 10 ust.12 ', 'p-10-12'],
    ['ust. 3', null],
    ['§ 2', null],
  ])('%j → %j', (label, id) => {
    expect(paragraphIdFromLabel(label)).toBe(id);
  });
});

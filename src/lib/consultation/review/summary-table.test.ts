import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../csv.ts';
import { readOdtTable } from '../../office/__fixtures__/read-office-table.ts';
import { odtTable } from '../../office/odt-table.ts';
import { spreadsheetSafe } from '../../spreadsheet-safe.ts';
import { VERSION, received } from './__fixtures__/consulted-version.ts';
import { reportFile, reportFileName, type ReportFile } from './report-file.ts';
import { addRemarks, emptyReview, setAnswer, shareAnswer } from './review.ts';
import { SUMMARY_COLUMNS, summaryCsv, summaryDocument, summaryFileName } from './summary-table.ts';

const loaded = addRemarks(emptyReview(), [
  received('p-2-1', { proposal: '=HYPERLINK("http://zly.example")', submitter: '@Gmina' }),
  received('p-1-1', { submitter: 'Jan Kowalski', submitterKind: 'osoba-prywatna', justification: '-bo tak\nnaprawdę: "tak" # nie komentarz' }),
]).review;
const [first, second] = loaded.remarks.map((remark) => remark.key) as [string, string];
const answered = shareAnswer(setAnswer(loaded, first, { position: 'czesciowo-uwzgledniona', justification: '+Zmieniono część zapisu.' }), [first, second]);

describe('spreadsheetSafe', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+48 123', "'+48 123"],
    ['-1', "'-1"],
    ['@import', "'@import"],
    ['\tTab', "'\tTab"],
    ['zwykły tekst = nic', 'zwykły tekst = nic'],
    ['', ''],
  ])('%j → %j', (text, safe) => {
    expect(spreadsheetSafe(text)).toBe(safe);
  });
});

describe('the zestawienie', () => {
  test('as CSV: BOM, the usual columns, one row per remark in document order, every formula neutralised', () => {
    const csv = summaryCsv(answered);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...SUMMARY_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        '1',
        '§ 1 ust. 1',
        'Jan Kowalski',
        'osoba prywatna',
        'Pierwszy ustęp.',
        'Uwaga do p-1-1.',
        '\'-bo tak\nnaprawdę: "tak" # nie komentarz',
        'częściowo uwzględniona',
        "'+Zmieniono część zapisu.",
      ],
      [
        '2',
        '§ 2 ust. 1',
        "'@Gmina",
        'organizacja',
        'Trzeci ustęp.',
        '\'=HYPERLINK("http://zly.example")',
        '',
        'częściowo uwzględniona',
        "'+Zmieniono część zapisu.",
      ],
    ]);
  });

  test('as an office document: title, version and period in the heading, the same neutralised rows', () => {
    const table = summaryDocument(answered, VERSION);
    expect(table.lines).toEqual(['Dokument: Poradnik testowy', 'Wersja: 2', 'Konsultacje: od 23 listopada 2026 do 18 grudnia 2026']);
    const rows = readOdtTable(odtTable(table)).rows;
    expect(rows[2]?.[5]).toBe('\'=HYPERLINK("http://zly.example")');
    expect(summaryFileName(VERSION, 'odt')).toBe('zestawienie-uwag-poradnik-wersja-2.odt');
  });
});

describe('reportFile', () => {
  test('is refused while a remark has no position or no justification', () => {
    const half = setAnswer(loaded, first, { position: 'uwzgledniona', justification: 'Tak.' });
    expect(reportFile(half, VERSION, '2027-01-15')).toEqual({
      ok: false,
      message: 'Raportu nie można jeszcze opublikować: 1 uwaga nie ma stanowiska albo uzasadnienia stanowiska.',
    });
    expect(reportFile(emptyReview(), VERSION, '2027-01-15').ok).toBe(false);
  });

  test('names organisations, never a private person, and holds every answer', () => {
    const result = reportFile(answered, VERSION, '2027-01-15');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('Kowalski');
    expect(load(result.text) as ReportFile).toEqual({
      title: 'Raport z konsultacji: Poradnik testowy, wersja 2',
      document: 'poradnik',
      version: 2,
      date: '2027-01-15',
      remarks: [
        {
          paragraph: 'p-1-1',
          submitterType: 'osoba-prywatna',
          proposal: 'Uwaga do p-1-1.',
          justification: '-bo tak\nnaprawdę: "tak" # nie komentarz',
          position: 'czesciowo-uwzgledniona',
          answer: '+Zmieniono część zapisu.',
        },
        {
          paragraph: 'p-2-1',
          submitterType: 'organizacja',
          submitter: '@Gmina',
          proposal: '=HYPERLINK("http://zly.example")',
          justification: '',
          position: 'czesciowo-uwzgledniona',
          answer: '+Zmieniono część zapisu.',
        },
      ],
    });
    expect(reportFileName(VERSION)).toBe('poradnik-wersja-2.yaml');
  });
});

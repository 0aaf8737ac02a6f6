import { describe, expect, it } from 'vitest';
import { PROJECTS, INDICATORS, ACHIEVED_INDICATOR, PROJECT_SOURCES, SOURCE_TITLES, TITLES, TODAY } from './__fixtures__/chart-fixtures.ts';
import { budgetTable, cellCsv, cellText, indicatorTable, tableToCsv, timelineTable, type ChartLinks, type ChartTable, type TableCell } from './chart-tables.ts';
import { parseCsv } from '../csv.ts';
import { budgetRows, timelineRows } from './figures.ts';

const byProject = (table: ChartTable, title: string) => {
  const row = table.rows.find((cells) => cells[0]!.kind === 'text' && cells[0]!.text === title);
  if (!row) throw new Error(`Brak wiersza ${title}`);
  return row;
};

/** Pages as the site addresses them; the tables link to whatever the caller gives. */
const LINKS: ChartLinks = { project: (id) => `/projekty/${id}/`, indicator: (id) => `/wskazniki/${id}/`, source: (id) => `/zrodla/${id}/` };

/** "1 234,5" with the no-break spaces Intl writes, as plain spaces, for readable expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('cells', () => {
  it.each<[TableCell, string, string]>([
    [{ kind: 'money', grosze: 1660715136 }, '16 607 151,36 zł', '16607151,36'],
    [{ kind: 'number', value: 49.6 }, '49,6', '49,6'],
    [{ kind: 'number', value: 1234 }, '1234', '1234'],
    [{ kind: 'date', date: new Date('2024-02-29T00:00:00Z') }, '29 lutego 2024', '2024-02-29'],
    [{ kind: 'year', year: 2018 }, '2018', '2018'],
    [{ kind: 'missing', text: 'nie podano' }, 'nie podano', ''],
    [{ kind: 'missing', text: 'brak danych' }, 'brak danych', ''],
    [{ kind: 'text', text: 'kwota dokładna', href: '/x/' }, 'kwota dokładna', 'kwota dokładna'],
  ])('%j reads "%s" on the page and "%s" in the CSV', (cell, text, csv) => {
    expect(plain(cellText(cell))).toBe(text);
    expect(cellCsv(cell)).toBe(csv);
  });
});

describe('budgetTable', () => {
  const table = budgetTable(budgetRows(PROJECTS), SOURCE_TITLES, LINKS, PROJECT_SOURCES);

  it('has Polish headers, one row per project and as many cells as headers', () => {
    expect(table.headers[0]).toBe('Projekt');
    expect(table.headers).toContain('Dofinansowanie z UE (zł)');
    expect(table.rows).toHaveLength(PROJECTS.length);
    for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    expect(table.numeric).toHaveLength(table.headers.length);
  });

  it('koordynacja: 13 704 221,30 + 2 902 930,06 = 16 607 151,36 exactly, with nothing left unsplit', () => {
    const row = byProject(table, PROJECTS[1]!.title).map(cellCsv);
    expect(row.slice(1, 7)).toEqual(['16607151,36', 'kwota dokładna', '13704221,30', '2902930,06', '0,00', 'źródło podaje wszystkie części']);
  });

  it('liderzy: the part the source does not split is 31 023 712,56 − 4 655 373,79 = 26 368 338,77, and EU co-financing is "nie podano"', () => {
    const row = byProject(table, 'Liderzy Kooperacji');
    expect(row.map(cellCsv).slice(1, 7)).toEqual(['31023712,56', 'kwota dokładna', '', '4655373,79', '26368338,77', 'nie podano: dofinansowanie z UE']);
    expect(cellText(row[3]!)).toBe('nie podano');
  });

  it('model dla miast: the total is a ceiling and neither part is given', () => {
    const row = byProject(table, PROJECTS[3]!.title).map(cellCsv);
    expect(row.slice(1, 7)).toEqual([
      '12894064,00',
      'kwota maksymalna (nie więcej niż)',
      '',
      '',
      '12894064,00',
      'nie podano: dofinansowanie z UE, dotacja celowa',
    ]);
  });

  it('a project without a value has empty amounts in the CSV and "nie podano" on the page, never 0', () => {
    const row = byProject(table, 'Dać to, czego naprawdę potrzeba');
    expect(row.slice(1, 6).map(cellCsv)).toEqual(['', '', '', '', '']);
    expect(row.slice(1, 6).map(cellText)).toEqual(['nie podano', 'nie podano', 'nie podano', 'nie podano', 'nie podano']);
    // The source column names the document that was read, even though it gives no figures.
    expect(row.at(-1)).toEqual({ kind: 'text', text: 'O projekcie „Dać to, czego naprawdę potrzeba”', href: '/zrodla/zrodlo-dac/', citation: true });
  });

  it('the CSV holds exactly the rows of the table', () => {
    const csv = parseCsv(tableToCsv(table));
    expect(csv[0]).toEqual(table.headers);
    expect(csv.slice(1)).toEqual(table.rows.map((row) => row.map(cellCsv)));
  });
});

describe('timelineTable', () => {
  const table = timelineTable(timelineRows(PROJECTS), SOURCE_TITLES, LINKS, TODAY);

  it('says the date the status refers to in its header', () => {
    expect(table.headers).toContain('Stan na 23 listopada 2026 (według dat ze źródła)');
  });

  it.each([
    ['Dać to, czego naprawdę potrzeba', ['', '2024-02-29', 'tylko data końca', 'zakończony']],
    ['Liderzy Kooperacji', ['2018-04-01', '2022-11-30', 'dokładne daty', 'zakończony']],
    [PROJECTS[1]!.title, ['2023-10-01', '2028-12-31', 'dokładne daty', 'w trakcie']],
    [PROJECTS[3]!.title, ['2018', '2021', 'tylko lata', 'zakończony']],
  ])('%s: start, end, precision and status as the source allows', (title, expected) => {
    expect(byProject(table, title).map(cellCsv).slice(2, 6)).toEqual(expected);
  });

  it('writes the missing start of an end-only period as "nie podano" on the page', () => {
    expect(cellText(byProject(table, 'Dać to, czego naprawdę potrzeba')[2]!)).toBe('nie podano');
  });
});

describe('indicatorTable', () => {
  it('gives targets with their unit and "brak danych" for achieved values the sources do not give', () => {
    const table = indicatorTable(INDICATORS, TITLES, SOURCE_TITLES, LINKS);
    expect(table.rows.map((row) => row.map(cellCsv).slice(2, 8))).toEqual([
      ['wskaźnik rezultatu', 'osoby', '789', '', '', 'brak danych: źródło nie podaje wartości osiągniętej'],
      ['wskaźnik rezultatu', '%', '50', '', '', 'brak danych: źródło nie podaje wartości osiągniętej'],
    ]);
    expect(table.rows.map((row) => cellText(row[5]!))).toEqual(['brak danych', 'brak danych']);
  });

  it('computes how much of the target is reached when the achieved value is given', () => {
    const table = indicatorTable([ACHIEVED_INDICATOR], TITLES, SOURCE_TITLES, LINKS);
    expect(table.rows[0]!.map(cellCsv).slice(4, 8)).toEqual(['830', '412', '49,6', '']);
  });
});

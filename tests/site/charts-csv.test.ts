/**
 * The chart data files in dist/dane/: each opens in a Polish spreadsheet (BOM, `;`, decimal comma,
 * no thousands separator, Polish headers), says the same as the table under its chart on
 * /wskazniki/ row by row, and agrees with the content it was built from (content/projects/*.mdx,
 * content/indicators.yaml) and, for amounts, with the archived source documents. Runs over dist/
 * after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { fundingProgrammes } from '../../src/lib/vocabulary.ts';
import { DIST, builtPage, normalizeSpace, readableText } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHARTS_PAGE = '/wskazniki/';
const DATA_DIR = path.join(DIST, 'dane');

const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const pad = (value: number) => String(value).padStart(2, '0');

// --- the files ----------------------------------------------------------------------------------

interface CsvFile {
  name: string;
  href: string;
  bytes: Buffer;
  rows: string[][];
}

const csvFiles: CsvFile[] = readdirSync(DATA_DIR)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => {
    const bytes = readFileSync(path.join(DATA_DIR, name));
    return { name, href: `/dane/${name}`, bytes, rows: parseCsv(bytes.toString('utf8')) };
  });

function csvFile(name: string): CsvFile {
  const file = csvFiles.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`Nie ma pliku ${DATA_DIR}/${name}; czy komponent wykresu i jego endpoint są na miejscu?`);
  return file;
}

/** Rows of a CSV as objects keyed by header, for checks against the content. */
function records(file: CsvFile): Record<string, string>[] {
  const [headers = [], ...rows] = file.rows;
  return rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? ''])));
}

// --- the page -----------------------------------------------------------------------------------

function figureFor(href: string): HTMLElement | undefined {
  return builtPage(CHARTS_PAGE)
    .querySelectorAll('figure.chart')
    .find((figure) => figure.querySelector('.chart__downloads a')?.getAttribute('href') === href);
}

/** An HTML table as text rows (header row first), cells read as a reader sees them. */
function tableRows(table: HTMLElement): string[][] {
  return table.querySelectorAll('tr').map((row) => row.querySelectorAll('th, td').map((cell) => readableText(cell)));
}

/**
 * What a cell on the page means in the CSV: "nie podano" / "brak danych" is an empty field,
 * "16 607 151,36 zł" is 16607151,36, "1 października 2023" is 2023-10-01; other text is the same.
 */
function asCsvValue(pageText: string): string {
  const text = normalizeSpace(pageText);
  if (text === 'nie podano' || text === 'brak danych') return '';
  const number = /^(\d{1,3}(?: \d{3})*|\d+)(,\d+)?(?: zł)?$/.exec(text);
  if (number) return `${number[1]!.replace(/ /g, '')}${number[2] ?? ''}`;
  const date = new RegExp(`^(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})$`).exec(text);
  if (date) return `${date[3]}-${pad(MONTHS.indexOf(date[2]!) + 1)}-${pad(Number(date[1]))}`;
  return text;
}

// --- the content --------------------------------------------------------------------------------

interface ProjectContent {
  title: string;
  period: { start?: Date; end?: Date; startYear?: number; endYear?: number };
  funding: { programme: keyof typeof fundingProgrammes };
  budget?: { total?: string; euFunding?: string; targetedGrant?: string; totalIsCeiling?: boolean; source: string };
}

function frontmatter(file: string): ProjectContent {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: brak frontmattera`);
  return yaml.load(match[1]!) as ProjectContent;
}

const PROJECTS_DIR = path.join(ROOT, 'content/projects');
const projects = readdirSync(PROJECTS_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.replace(/\.mdx$/, ''), ...frontmatter(path.join(PROJECTS_DIR, name)) }));

const sources = yaml.load(readFileSync(path.join(ROOT, 'content/sources.yaml'), 'utf8')) as { id: string; title: string; archivedCopy: string }[];
const indicators = yaml.load(readFileSync(path.join(ROOT, 'content/indicators.yaml'), 'utf8')) as {
  id: string;
  label: string;
  unit: string;
  target: number;
  achieved?: number;
  project: string;
  source: string;
}[];

/** "16 607 151,36" (as editors write amounts) → "16607151,36"; a plain number gets two decimals. */
function moneyAsCsv(amount: string | number | undefined): string {
  if (amount === undefined) return '';
  if (typeof amount === 'number') return amount.toFixed(2).replace('.', ',');
  const text = amount.replace(/\s/g, '');
  return text.includes(',') ? text : `${text},00`;
}

/** "16607151,36" → 1660715136 grosze, exact. */
function grosze(csvAmount: string): number {
  const [units = '0', cents = '00'] = csvAmount.split(',');
  return Number(units) * 100 + Number(cents.padEnd(2, '0'));
}

function archivedText(sourceId: string): string {
  const source = sources.find((candidate) => candidate.id === sourceId);
  if (!source) throw new Error(`content/sources.yaml nie ma źródła ${sourceId}`);
  return normalizeSpace(readFileSync(path.join(ROOT, 'content/archive', source.archivedCopy), 'utf8'));
}

/** "16607151,36" as the sources write it: "16 607 151,36". */
function polishAmount(csvAmount: string): string {
  const [units = '', cents = ''] = csvAmount.split(',');
  return `${units.replace(/\B(?=(\d{3})+$)/g, ' ')},${cents}`;
}

// --- tests --------------------------------------------------------------------------------------

describe('the chart data files in dist/dane/', () => {
  it('include the budgets, the timeline and the indicators', () => {
    expect(csvFiles.map((file) => file.name)).toEqual(expect.arrayContaining(['budzety-projektow.csv', 'harmonogram-projektow.csv', 'wskazniki.csv']));
  });

  describe.each(csvFiles.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    it('is UTF-8 with a byte-order mark, CRLF line ends and semicolons', () => {
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = file.bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text, 'każdy koniec wiersza to CRLF').not.toMatch(/[^\r]\n|\r(?!\n)/);
      expect(file.rows[0]!.length).toBeGreaterThan(1);
      for (const row of file.rows) expect(row).toHaveLength(file.rows[0]!.length);
    });

    it('has Polish column headers in its first row', () => {
      for (const header of file.rows[0]!) expect(header).toMatch(/^[A-ZĄĆĘŁŃÓŚŹŻ][\p{L}\p{N} ()%,.–-]*$/u);
    });

    it('writes numbers with a decimal comma and no thousands separator', () => {
      for (const value of file.rows.slice(1).flat()) {
        if (/^[\d\s.,]+$/.test(value) && /\d/.test(value)) expect(value, `„${value}” w ${file.name}`).toMatch(/^\d+(,\d+)?$|^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it(`is offered for download by a chart on ${CHARTS_PAGE}`, () => {
      expect(figureFor(file.href), `żaden wykres na ${CHARTS_PAGE} nie ma linku do ${file.href}`).toBeDefined();
    });
  });

  /**
   * The budget, timeline and indicator charts have one table each, with the CSV's columns. (The
   * territory map splits its file into two tables by kind of place; its own tests compare them.)
   */
  describe.each(['budzety-projektow.csv', 'harmonogram-projektow.csv', 'wskazniki.csv'])('%s and the table under its chart', (name) => {
    const file = csvFile(name);
    const tables = () => figureFor(file.href)!.querySelectorAll('.chart__data table');

    it('is the only table of the chart, with the same headers', () => {
      expect(tables()).toHaveLength(1);
      expect(tableRows(tables()[0]!)[0]).toEqual(file.rows[0]);
    });

    it('has the same rows, cell by cell, in the same order', () => {
      const pageRows = tableRows(tables()[0]!).slice(1);
      expect(pageRows.map((row) => row.map(asCsvValue))).toEqual(file.rows.slice(1));
    });

    it('writes a missing value on the page as "nie podano" or "brak danych", never as an empty cell or 0', () => {
      const pageRows = tableRows(tables()[0]!).slice(1);
      file.rows.slice(1).forEach((row, rowIndex) =>
        row.forEach((value, column) => {
          if (value === '') expect(['nie podano', 'brak danych', '']).toContain(pageRows[rowIndex]![column]);
          if (value === '' && file.rows[0]![column]!.includes('(zł)')) expect(pageRows[rowIndex]![column]).toBe('nie podano');
        }),
      );
    });
  });
});

describe('budzety-projektow.csv and the sources', () => {
  const rows = records(csvFile('budzety-projektow.csv'));

  it('has one row per project', () => {
    expect(rows.map((row) => row['Projekt']).sort()).toEqual(projects.map((project) => project.title).sort());
  });

  it.each(projects.map((project) => [project.id, project] as const))('%s: amounts as in its content file, parts as the source gives them', (_id, project) => {
    const row = rows.find((candidate) => candidate['Projekt'] === project.title)!;
    expect(row['Wartość projektu (zł)']).toBe(moneyAsCsv(project.budget?.total));
    expect(row['Dofinansowanie z UE (zł)']).toBe(moneyAsCsv(project.budget?.euFunding));
    expect(row['Dotacja celowa (zł)']).toBe(moneyAsCsv(project.budget?.targetedGrant));
    if (project.budget?.total === undefined) {
      expect(row['Część bez podziału w źródle (zł)']).toBe('');
      expect(row['Czego źródło nie podaje']).toContain('wartość projektu');
    } else {
      // Computed here again in whole grosze: total minus the parts the source gives.
      const rest =
        grosze(moneyAsCsv(project.budget.total)) -
        grosze(moneyAsCsv(project.budget.euFunding) || '0') -
        grosze(moneyAsCsv(project.budget.targetedGrant) || '0');
      expect(grosze(row['Część bez podziału w źródle (zł)']!)).toBe(rest);
      expect(row['Jak źródło podaje wartość']).toBe(project.budget.totalIsCeiling ? 'kwota maksymalna (nie więcej niż)' : 'kwota dokładna');
    }
  });

  it('koordynacja: 13 704 221,30 + 2 902 930,06 = 16 607 151,36, liderzy: 31 023 712,56 − 4 655 373,79 = 26 368 338,77', () => {
    const koordynacja = rows.find((row) => row['Projekt']!.startsWith('Koordynacja działań'))!;
    expect([
      koordynacja['Wartość projektu (zł)'],
      koordynacja['Dofinansowanie z UE (zł)'],
      koordynacja['Dotacja celowa (zł)'],
      koordynacja['Część bez podziału w źródle (zł)'],
    ]).toEqual(['16607151,36', '13704221,30', '2902930,06', '0,00']);
    const liderzy = rows.find((row) => row['Projekt'] === 'Liderzy Kooperacji')!;
    expect([
      liderzy['Wartość projektu (zł)'],
      liderzy['Dotacja celowa (zł)'],
      liderzy['Część bez podziału w źródle (zł)'],
      liderzy['Dofinansowanie z UE (zł)'],
    ]).toEqual(['31023712,56', '4655373,79', '26368338,77', '']);
  });

  it('every amount a source gives is written in that source document', () => {
    for (const project of projects) {
      if (!project.budget) continue;
      const text = archivedText(project.budget.source);
      for (const amount of [project.budget.total, project.budget.euFunding, project.budget.targetedGrant]) {
        if (amount === undefined) continue;
        expect(text, `${project.id}: ${amount}`).toContain(polishAmount(moneyAsCsv(amount)));
      }
    }
  });
});

describe('harmonogram-projektow.csv and the sources', () => {
  const file = csvFile('harmonogram-projektow.csv');
  const rows = records(file);
  const statusHeader = file.rows[0]!.find((header) => header.startsWith('Stan na '))!;
  const dateMatch = new RegExp(`^Stan na (\\d{1,2}) (${MONTHS.join('|')}) (\\d{4}) \\(według dat ze źródła\\)$`).exec(statusHeader ?? '');
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  it('names the date its status refers to, as the chart labels "dziś"', () => {
    expect(dateMatch, `nagłówek „${statusHeader}”`).not.toBeNull();
    const label = `dziś (stan na ${dateMatch![1]} ${dateMatch![2]} ${dateMatch![3]})`;
    expect(readableText(figureFor(file.href)!)).toContain(label);
  });

  it.each(projects.map((project) => [project.id, project] as const))('%s: programme and period as in its content file', (_id, project) => {
    const row = rows.find((candidate) => candidate['Projekt'] === project.title)!;
    expect(row['Program finansowania']).toBe(fundingProgrammes[project.funding.programme]);
    const { start, end, startYear, endYear } = project.period;
    expect(row['Początek']).toBe(start ? iso(start) : startYear !== undefined ? String(startYear) : '');
    expect(row['Koniec']).toBe(end ? iso(end) : endYear !== undefined ? String(endYear) : '');
  });

  it('model-kooperacji-dla-miast is given in years, dac-to-czego-naprawde-potrzeba only by its end', () => {
    const miasta = projects.find((project) => project.id === 'model-kooperacji-dla-miast')!;
    const miastaRow = rows.find((row) => row['Projekt'] === miasta.title)!;
    expect([miastaRow['Początek'], miastaRow['Koniec'], miastaRow['Jak źródło podaje okres']]).toEqual(['2018', '2021', 'tylko lata']);
    const dac = rows.find((row) => row['Projekt'] === 'Dać to, czego naprawdę potrzeba')!;
    expect([dac['Początek'], dac['Koniec'], dac['Jak źródło podaje okres']]).toEqual(['', '2024-02-29', 'tylko data końca']);
  });

  it('calls a project "zakończony" only when its end is before the date in the header', () => {
    const today = `${dateMatch![3]}-${pad(MONTHS.indexOf(dateMatch![2]!) + 1)}-${pad(Number(dateMatch![1]))}`;
    for (const row of rows) {
      const end = row['Koniec']!;
      const endDay = /^\d{4}$/.test(end) ? `${end}-12-31` : end;
      if (row[statusHeader] === 'zakończony') expect(endDay < today, row['Projekt']).toBe(true);
      else if (endDay !== '') expect(endDay >= today || row[statusHeader]!.startsWith('nie wiadomo'), row['Projekt']).toBe(true);
    }
  });
});

describe('wskazniki.csv and the sources', () => {
  const rows = records(csvFile('wskazniki.csv'));

  it('has every indicator of content/indicators.yaml with its target and unit, and no achieved value no source gives', () => {
    expect(rows).toHaveLength(indicators.length);
    for (const indicator of indicators) {
      const row = rows.find((candidate) => candidate['Wskaźnik'] === indicator.label);
      expect(row, indicator.id).toBeDefined();
      expect(row!['Jednostka']).toBe(indicator.unit);
      expect(row!['Wartość docelowa']).toBe(String(indicator.target).replace('.', ','));
      expect(row!['Wartość osiągnięta']).toBe(indicator.achieved === undefined ? '' : String(indicator.achieved).replace('.', ','));
      if (indicator.achieved === undefined) {
        expect(row!['Realizacja celu (%)']).toBe('');
        expect(row!['Uwagi']).toContain('brak danych');
      }
      expect(row!['Projekt']).toBe(projects.find((project) => project.id === indicator.project)!.title);
    }
  });

  it('every target is written in its source document', () => {
    for (const indicator of indicators) {
      const text = archivedText(indicator.source);
      expect(text, indicator.id).toContain(`– ${indicator.target}${indicator.unit === '%' ? '%' : ''}`);
    }
  });
});

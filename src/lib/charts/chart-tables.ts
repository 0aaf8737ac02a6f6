/**
 * The numbers behind each chart as one table: the HTML table under the chart and the CSV file are
 * both written from the rows made here, so they cannot disagree. A cell keeps its value typed
 * (money in grosze, a date, a missing value); `cellText` writes it for the page, `cellCsv` for a
 * spreadsheet.
 */
import { formatDatePl, toIsoDate } from '../dates.ts';
import { formatMoneyPl, toZloty } from '../money.ts';
import { formatNumberPl } from '../numbers.ts';
import { csvDecimal, csvMoney, toCsv } from '../csv.ts';
import { BUDGET_PART_LABELS, type BudgetRow, type IndicatorFigures, type TimelineRow } from './figures.ts';
import { kindLabel, progressPercent } from './indicator-chart.ts';
import { periodStatus, statusHeading } from './timeline-texts.ts';

export type TableCell =
  /** `citation`: the cell names the source document (marked as a citation on the page). */
  | { kind: 'text'; text: string; href?: string | undefined; citation?: boolean | undefined }
  | { kind: 'money'; grosze: number }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: Date }
  | { kind: 'year'; year: number }
  /** A value the source does not give: "nie podano" on the page, an empty cell in the CSV. */
  | { kind: 'missing'; text: 'nie podano' | 'brak danych' };

export interface ChartTable {
  /** Polish column headers, the first row of the CSV. */
  headers: string[];
  /** Columns whose cells are numbers, aligned right on the page. */
  numeric: boolean[];
  rows: TableCell[][];
}

/** The cell as the page shows it: "16 607 151,36 zł", "1 października 2023", "nie podano". */
export function cellText(cell: TableCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'money':
      return formatMoneyPl(toZloty(cell.grosze));
    case 'number':
      return formatNumberPl(cell.value);
    case 'date':
      return formatDatePl(cell.date);
    case 'year':
      return String(cell.year);
    case 'missing':
      return cell.text;
  }
}

/** The cell for a Polish spreadsheet: "16607151,36", "2023-10-01", and an empty field for a missing value. */
export function cellCsv(cell: TableCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'money':
      return csvMoney(cell.grosze);
    case 'number':
      return csvDecimal(cell.value);
    case 'date':
      return toIsoDate(cell.date);
    case 'year':
      return String(cell.year);
    case 'missing':
      return '';
  }
}

export function tableToCsv(table: ChartTable): string {
  return toCsv(
    table.headers,
    table.rows.map((row) => row.map(cellCsv)),
  );
}

const text = (value: string, href?: string): TableCell => ({ kind: 'text', text: value, href });
const money = (grosze: number | undefined): TableCell => (grosze === undefined ? { kind: 'missing', text: 'nie podano' } : { kind: 'money', grosze });

/** Source id → title, for the "Źródło" column. */
export type SourceTitles = ReadonlyMap<string, string>;

/** The pages the cells link to, by the entry's id: the caller makes them, as src/lib knows no addresses. */
export interface ChartLinks {
  project: (id: string) => string | undefined;
  indicator: (id: string) => string | undefined;
  source: (id: string) => string | undefined;
}

function sourceCell(id: string | undefined, sources: SourceTitles, links: ChartLinks): TableCell {
  if (!id) return { kind: 'missing', text: 'nie podano' };
  return { kind: 'text', text: sources.get(id) ?? id, href: links.source(id), citation: true };
}

/**
 * One row per project. `projectSources` names, for a project without budget figures, the document
 * that was read and does not give them, so the "Źródło" column is never empty.
 */
export function budgetTable(
  rows: readonly BudgetRow[],
  sources: SourceTitles,
  links: ChartLinks,
  projectSources: ReadonlyMap<string, string> = new Map(),
): ChartTable {
  return {
    headers: [
      'Projekt',
      'Wartość projektu (zł)',
      'Jak źródło podaje wartość',
      `${capitalise(BUDGET_PART_LABELS.eu)} (zł)`,
      `${capitalise(BUDGET_PART_LABELS.grant)} (zł)`,
      'Część bez podziału w źródle (zł)',
      'Czego źródło nie podaje',
      'Źródło',
    ],
    numeric: [false, true, false, true, true, true, false, false],
    rows: rows.map((row) => {
      const amount = (key: 'eu' | 'grant' | 'unspecified') => row.parts.find((part) => part.key === key)?.grosze;
      const missing: string[] = [];
      if (row.totalGrosze === undefined) missing.push('wartość projektu');
      if (amount('eu') === undefined) missing.push(BUDGET_PART_LABELS.eu);
      if (amount('grant') === undefined) missing.push(BUDGET_PART_LABELS.grant);
      // With a known total, the part left after the given parts is computed, and 0 when they add up.
      const unspecified = row.totalGrosze === undefined ? undefined : (amount('unspecified') ?? 0);
      return [
        text(row.title, links.project(row.projectId)),
        money(row.totalGrosze),
        row.totalGrosze === undefined
          ? { kind: 'missing', text: 'nie podano' }
          : text(row.totalIsCeiling ? 'kwota maksymalna (nie więcej niż)' : 'kwota dokładna'),
        money(amount('eu')),
        money(amount('grant')),
        money(unspecified),
        text(missing.length === 0 ? 'źródło podaje wszystkie części' : `nie podano: ${missing.join(', ')}`),
        sourceCell(row.source ?? projectSources.get(row.projectId), sources, links),
      ];
    }),
  };
}

const PRECISION_LABELS: Record<TimelineRow['precision'], string> = {
  day: 'dokładne daty',
  year: 'tylko lata',
  'end-only': 'tylko data końca',
  none: 'brak okresu',
};

function periodEnd(row: TimelineRow, which: 'start' | 'end'): TableCell {
  const date = row[which];
  if (!date) return { kind: 'missing', text: 'nie podano' };
  if (row.precision === 'year') return { kind: 'year', year: date.getUTCFullYear() };
  return { kind: 'date', date };
}

export function timelineTable(rows: readonly TimelineRow[], sources: SourceTitles, links: ChartLinks, today: Date): ChartTable {
  return {
    headers: ['Projekt', 'Program finansowania', 'Początek', 'Koniec', 'Jak źródło podaje okres', capitalise(statusHeading(today)), 'Źródło'],
    numeric: [false, false, false, false, false, false, false],
    rows: rows.map((row) => [
      text(row.title, links.project(row.projectId)),
      text(row.programme),
      periodEnd(row, 'start'),
      periodEnd(row, 'end'),
      text(PRECISION_LABELS[row.precision]),
      text(periodStatus(row, today)),
      sourceCell(row.source, sources, links),
    ]),
  };
}

export function indicatorTable(
  indicators: readonly IndicatorFigures[],
  projectTitles: ReadonlyMap<string, string>,
  sources: SourceTitles,
  links: ChartLinks,
): ChartTable {
  return {
    headers: ['Wskaźnik', 'Projekt', 'Rodzaj wskaźnika', 'Jednostka', 'Wartość docelowa', 'Wartość osiągnięta', 'Realizacja celu (%)', 'Uwagi', 'Źródło'],
    numeric: [false, false, false, false, true, true, true, false, false],
    rows: indicators.map((indicator) => {
      const percent = progressPercent(indicator);
      return [
        text(indicator.label, links.indicator(indicator.id)),
        text(projectTitles.get(indicator.projectId) ?? indicator.projectId, links.project(indicator.projectId)),
        text(kindLabel(indicator.kind)),
        text(indicator.unit),
        { kind: 'number', value: indicator.target },
        indicator.achieved === undefined ? { kind: 'missing', text: 'brak danych' } : { kind: 'number', value: indicator.achieved },
        percent === undefined ? { kind: 'missing', text: 'brak danych' } : { kind: 'number', value: percent },
        text(indicator.achieved === undefined ? 'brak danych: źródło nie podaje wartości osiągniętej' : ''),
        sourceCell(indicator.source, sources, links),
      ];
    }),
  };
}

function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase('pl-PL') + value.slice(1);
}

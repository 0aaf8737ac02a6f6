/**
 * The numbers behind each chart as one table: the HTML table under the chart and the CSV file are
 * both written from the rows made here, so they cannot disagree. A cell keeps its value typed
 * (money in grosze, a date, a missing value); `cellText` writes it for the page, `cellCsv` for a
 * spreadsheet.
 */
import { toIsoDate } from '../dates.ts';
import { interfaceText } from '../i18n/interface-text.ts';
import { formatNumberPl } from '../numbers.ts';
import { csvDecimal, toCsv } from '../csv.ts';
import { capitalise, type ChartText } from './chart-text.ts';
import type { BudgetRow, IndicatorFigures, TimelineRow } from './figures.ts';
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

/** The tables' words when none are given: Polish, the site's own language. */
const POLISH: ChartText = interfaceText('pl').charts;

export interface ChartTable {
  /** Column headers in the page's language, the first row of the CSV. */
  headers: string[];
  /** Columns whose cells are numbers, aligned right on the page. */
  numeric: boolean[];
  rows: TableCell[][];
}

/** The cell as the page shows it: "16 607 151,36 zł", "1 października 2023", "nie podano". */
export const cellText = cellTextIn(POLISH);

/** `cellText` in another language's words and formats. */
export function cellTextIn(text: ChartText): (cell: TableCell) => string {
  return (cell) => {
    switch (cell.kind) {
      case 'text':
        return cell.text;
      case 'money':
        return text.money(cell.grosze);
      case 'number':
        return formatNumberPl(cell.value);
      case 'date':
        return text.date(cell.date);
      case 'year':
        return String(cell.year);
      case 'missing':
        return cell.text === 'nie podano' ? text.notGiven : text.noData;
    }
  };
}

/** The cell for a Polish spreadsheet: "16607151,36", "2023-10-01", and an empty field for a missing value. */
export const cellCsv = cellCsvIn(POLISH);

/** `cellCsv` in another language's number format. */
function cellCsvIn(text: ChartText): (cell: TableCell) => string {
  return (cell) => {
    switch (cell.kind) {
      case 'text':
        return cell.text;
      case 'money':
        return text.csvMoney(cell.grosze);
      case 'number':
        return csvDecimal(cell.value);
      case 'date':
        return toIsoDate(cell.date);
      case 'year':
        return String(cell.year);
      case 'missing':
        return '';
    }
  };
}

export function tableToCsv(table: ChartTable, text: ChartText = POLISH): string {
  return toCsv(
    table.headers,
    table.rows.map((row) => row.map(cellCsvIn(text))),
    text.csvSeparator,
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
  chartText: ChartText = POLISH,
): ChartTable {
  const words = chartText.budgetTable;
  const labels = chartText.partLabels;
  return {
    headers: [
      words.project,
      words.total,
      words.howGiven,
      words.part(capitalise(labels.eu)),
      words.part(capitalise(labels.grant)),
      words.unspecified,
      words.missingColumn,
      words.source,
    ],
    numeric: [false, true, false, true, true, true, false, false],
    rows: rows.map((row) => {
      const amount = (key: 'eu' | 'grant' | 'unspecified') => row.parts.find((part) => part.key === key)?.grosze;
      const missing: string[] = [];
      if (row.totalGrosze === undefined) missing.push(words.totalName);
      if (amount('eu') === undefined) missing.push(labels.eu);
      if (amount('grant') === undefined) missing.push(labels.grant);
      // With a known total, the part left after the given parts is computed, and 0 when they add up.
      const unspecified = row.totalGrosze === undefined ? undefined : (amount('unspecified') ?? 0);
      return [
        text(row.title, links.project(row.projectId)),
        money(row.totalGrosze),
        row.totalGrosze === undefined ? { kind: 'missing', text: 'nie podano' } : text(row.totalIsCeiling ? words.ceiling : words.exact),
        money(amount('eu')),
        money(amount('grant')),
        money(unspecified),
        text(missing.length === 0 ? words.allParts : words.missingList(missing.join(', '))),
        sourceCell(row.source ?? projectSources.get(row.projectId), sources, links),
      ];
    }),
  };
}

function periodEnd(row: TimelineRow, which: 'start' | 'end'): TableCell {
  const date = row[which];
  if (!date) return { kind: 'missing', text: 'nie podano' };
  if (row.precision === 'year') return { kind: 'year', year: date.getUTCFullYear() };
  return { kind: 'date', date };
}

export function timelineTable(rows: readonly TimelineRow[], sources: SourceTitles, links: ChartLinks, today: Date, chartText: ChartText = POLISH): ChartTable {
  const words = chartText.timelineTable;
  return {
    headers: [words.project, words.programme, words.start, words.end, words.howGiven, capitalise(statusHeading(today, chartText)), words.source],
    numeric: [false, false, false, false, false, false, false],
    rows: rows.map((row) => [
      text(row.title, links.project(row.projectId)),
      text(row.programme),
      periodEnd(row, 'start'),
      periodEnd(row, 'end'),
      text(chartText.precision[row.precision]),
      text(periodStatus(row, today, chartText)),
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

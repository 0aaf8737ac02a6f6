/**
 * What the budget, timeline and indicator charts and their CSV files need, assembled once: the
 * chart component and the CSV endpoint of each chart call the same function here, so the table
 * under a chart and the file behind its download link come from the same rows.
 */
import { budgetRows, selectProjects, timelineRows, type BudgetRow, type IndicatorFigures, type TimelineRow } from '../lib/charts/figures.ts';
import { budgetTable, indicatorTable, timelineTable, type ChartLinks, type ChartTable } from '../lib/charts/chart-tables.ts';
import { chartFigures } from './chart-figures.ts';
import { sourceRef, type AnyEntry, type SourceRef } from '../collections/entries.ts';
import { hrefOf } from '../collections/routes.ts';
import { BUILD_DATE } from './build-day.ts';
import { knowledgeBase } from './knowledge-base.ts';

export const CSV_PATHS = {
  budgets: '/dane/budzety-projektow.csv',
  timeline: '/dane/harmonogram-projektow.csv',
  indicators: '/dane/wskazniki.csv',
} as const;

/** Each entry's page by its id. */
function pagesById(entries: readonly AnyEntry[]): (id: string) => string | undefined {
  const pages = new Map(entries.map((entry) => [entry.id, hrefOf(entry)]));
  return (id) => pages.get(id);
}

async function context() {
  const [figures, kb] = await Promise.all([chartFigures(), knowledgeBase()]);
  const links: ChartLinks = { project: pagesById(kb.projects), indicator: pagesById(kb.indicators), source: pagesById(kb.sources) };
  return {
    ...figures,
    links,
    sourceTitles: new Map(kb.sources.map((source) => [source.id, source.data.title])),
    projectTitles: new Map(figures.projects.map((project) => [project.id, project.title])),
    shortTitles: new Map(figures.projects.map((project) => [project.id, project.shortTitle])),
  };
}

/** Source references for a chart's source line, each document once. */
export function sourceRefs(ids: readonly string[]): SourceRef[] {
  return [...new Set(ids)].map(sourceRef);
}

export interface BudgetChartData {
  rows: BudgetRow[];
  table: ChartTable;
  sources: SourceRef[];
}

export async function budgetChartData(projectIds?: readonly string[]): Promise<BudgetChartData> {
  const { projects, sourceTitles, links } = await context();
  const selected = selectProjects(projects, projectIds, 'BudgetChart');
  const rows = budgetRows(selected);
  // A project without budget figures is still cited: its source is the document that does not give them.
  const projectSources = new Map(selected.map((project) => [project.id, project.source]));
  return {
    rows,
    table: budgetTable(rows, sourceTitles, links, projectSources),
    sources: sourceRefs(rows.map((row) => row.source ?? projectSources.get(row.projectId)!)),
  };
}

export interface TimelineChartData {
  rows: TimelineRow[];
  table: ChartTable;
  sources: SourceRef[];
  today: Date;
}

/** Always every project: a project page highlights its own among them. */
export async function timelineChartData(): Promise<TimelineChartData> {
  const { projects, sourceTitles, links } = await context();
  const rows = timelineRows(projects);
  return { rows, table: timelineTable(rows, sourceTitles, links, BUILD_DATE), sources: sourceRefs(rows.map((row) => row.source)), today: BUILD_DATE };
}

export interface IndicatorChartData {
  indicators: IndicatorFigures[];
  table: ChartTable;
  sources: SourceRef[];
  shortTitles: ReadonlyMap<string, string>;
}

export async function indicatorChartData(projectIds?: readonly string[]): Promise<IndicatorChartData> {
  const { projects, indicators, sourceTitles, projectTitles, shortTitles, links } = await context();
  const selected = new Set(selectProjects(projects, projectIds, 'IndicatorChart').map((project) => project.id));
  const shown = indicators.filter((indicator) => selected.has(indicator.projectId));
  return {
    indicators: shown,
    table: indicatorTable(shown, projectTitles, sourceTitles, links),
    sources: sourceRefs(shown.map((indicator) => indicator.source)),
    shortTitles,
  };
}

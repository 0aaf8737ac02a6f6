/**
 * The budget and timeline charts of the English pages: the same figures as the Polish charts
 * (src/data/chart-data.ts), with each project's English title, the programmes' English names,
 * links to the English project pages and the words of src/lib/i18n/text-en.ts.
 */
import { englishEntryHref, englishStaticPages } from '../collections/languages.ts';
import { hrefOf } from '../collections/routes.ts';
import { budgetTable, timelineTable, type ChartLinks } from '../lib/charts/chart-tables.ts';
import { budgetRows, selectProjects, timelineRows, type ProjectFigures } from '../lib/charts/figures.ts';
import { interfaceText } from '../lib/i18n/interface-text.ts';
import type { FundingProgramme } from '../lib/vocabulary.ts';
import { BUILD_DATE } from './build-day.ts';
import { sourceRefs } from './chart-data.ts';
import { chartFigures } from './chart-figures.ts';
import { knowledgeBase } from './knowledge-base.ts';

export const ENGLISH_TEXT = interfaceText('en').charts;

export const ENGLISH_CSV_PATHS = {
  budgets: `${englishStaticPages.home}data/project-budgets.csv`,
  timeline: `${englishStaticPages.home}data/project-timeline.csv`,
} as const;

async function englishContext() {
  const [figures, kb] = await Promise.all([chartFigures(), knowledgeBase()]);
  const byId = new Map(kb.projects.map((project) => [project.id, project]));
  const projects: ProjectFigures[] = figures.projects.map((figure) => {
    const project = byId.get(figure.id)!;
    const title = project.data.english?.title ?? figure.title;
    return { ...figure, title, shortTitle: title, programme: ENGLISH_TEXT.programmeNames[project.data.funding.programme as FundingProgramme] };
  });
  const sourcePages = new Map(kb.sources.map((source) => [source.id, hrefOf(source)]));
  const links: ChartLinks = {
    project: (id) => {
      const project = byId.get(id);
      return project?.data.english ? englishEntryHref(project) : undefined;
    },
    indicator: () => undefined,
    source: (id) => sourcePages.get(id),
  };
  return { projects, links, sourceTitles: new Map(kb.sources.map((source) => [source.id, source.data.title])) };
}

export async function englishBudgetChartData(projectIds?: readonly string[]) {
  const { projects, links, sourceTitles } = await englishContext();
  const selected = selectProjects(projects, projectIds, 'BudgetChartEn');
  const rows = budgetRows(selected).map((row) => ({ ...row, parts: row.parts.map((part) => ({ ...part, label: ENGLISH_TEXT.partLabels[part.key] })) }));
  const projectSources = new Map(selected.map((project) => [project.id, project.source]));
  return {
    rows,
    table: budgetTable(rows, sourceTitles, links, projectSources, ENGLISH_TEXT),
    sources: sourceRefs(rows.map((row) => row.source ?? projectSources.get(row.projectId)!)),
  };
}

export async function englishTimelineChartData() {
  const { projects, links, sourceTitles } = await englishContext();
  const rows = timelineRows(projects);
  return {
    rows,
    table: timelineTable(rows, sourceTitles, links, BUILD_DATE, ENGLISH_TEXT),
    sources: sourceRefs(rows.map((row) => row.source)),
    today: BUILD_DATE,
  };
}

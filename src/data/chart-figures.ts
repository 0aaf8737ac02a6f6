/**
 * The knowledge base in the shape the chart functions in `src/lib/charts/` take: plain objects,
 * no Astro types, so the same functions run in unit tests on fixed data.
 */
import type { IndicatorFigures, PlaceFigures, ProjectFigures } from '../lib/charts/figures.ts';
import type { ProjectEntry } from '../collections/entries.ts';
import { hrefOf } from '../collections/routes.ts';
import { fundingProgrammes } from '../lib/vocabulary.ts';
import { knowledgeBase } from './knowledge-base.ts';

export interface ChartFigures {
  projects: ProjectFigures[];
  places: PlaceFigures[];
  indicators: IndicatorFigures[];
}

let figures: Promise<ChartFigures> | undefined;

/** Built once per build: every chart on every page reads the same figures. */
export function chartFigures(): Promise<ChartFigures> {
  figures ??= loadChartFigures();
  return figures;
}

async function loadChartFigures(): Promise<ChartFigures> {
  const kb = await knowledgeBase();
  const projects = kb.projects.map(projectFigures);
  const places = kb.places.map((place) => {
    const { id, data } = place;
    return { id, name: data.name, title: data.title, type: data.type, parent: data.parent?.id, teryt: data.teryt, href: hrefOf(place) };
  });
  const indicators = kb.indicators.map(({ id, data }) => ({
    id,
    label: data.label,
    kind: data.kind,
    unit: data.unit,
    target: data.target,
    achieved: data.achieved,
    projectId: data.project.id,
    source: data.source.id,
  }));
  return { projects, places, indicators };
}

function projectFigures(project: ProjectEntry): ProjectFigures {
  const { id, data } = project;
  return {
    id,
    title: data.title,
    shortTitle: data.shortTitle ?? data.title,
    programme: fundingProgrammes[data.funding.programme],
    period: data.period,
    budget: data.budget && {
      total: data.budget.total,
      totalIsCeiling: data.budget.totalIsCeiling,
      euFunding: data.budget.euFunding,
      targetedGrant: data.budget.targetedGrant,
      source: data.budget.source.id,
    },
    territory: data.territory.map((place) => place.id),
    source: data.sources[0]!.id,
    href: hrefOf(project),
  };
}

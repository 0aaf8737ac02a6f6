/**
 * Every figure another site can embed, one embed page each (src/pages/osadz/[...figure].astro):
 * the four charts of /wskazniki/, each project's charts, each model's workflow. The ids are those
 * the pages give their figures; a mismatch cannot be published, since each figure's "Osadź" panel
 * links to its embed page and each embed page links back to `page#figure`, and the build's link
 * checks follow both.
 */
import { hrefOf } from '../collections/routes.ts';
import { embedPath, type EmbedKind } from '../lib/embeds/embed-address.ts';
import { PAGE_SECTIONS } from '../lib/page-sections.ts';
import { knowledgeBase } from './knowledge-base.ts';

export type EmbeddedFigure =
  { type: 'budget' | 'timeline' | 'indicators' | 'map'; projectIds: readonly string[] | undefined } | { type: 'workflow'; modelId: string };

export interface EmbedPage {
  /** The embed's address, e.g. `/osadz/projekty/liderzy-kooperacji/wykres-budzet/`. */
  path: string;
  kind: EmbedKind;
  /** The page's `<title>`: what the figure shows and of what. */
  title: string;
  figure: EmbeddedFigure;
  figureId: string;
}

const CHART_NAMES = { budget: 'Budżet', timeline: 'Okres realizacji', indicators: 'Wskaźniki', map: 'Zasięg terytorialny' } as const;

export async function embedPages(): Promise<EmbedPage[]> {
  const kb = await knowledgeBase();
  const page = (pagePath: string, figureId: string, title: string, figure: EmbeddedFigure): EmbedPage => ({
    path: embedPath(pagePath, figureId),
    kind: figure.type === 'map' ? 'map' : figure.type === 'workflow' ? 'workflow' : 'chart',
    title,
    figure,
    figureId,
  });
  const allCharts = [
    page('/wskazniki/', 'wykres-wskazniki', 'Wskaźniki projektów', { type: 'indicators', projectIds: undefined }),
    page('/wskazniki/', 'wykres-budzety', 'Budżety projektów', { type: 'budget', projectIds: undefined }),
    page('/wskazniki/', 'wykres-harmonogram', 'Okresy realizacji projektów', { type: 'timeline', projectIds: undefined }),
    page('/wskazniki/', 'wykres-zasieg', 'Zasięg terytorialny projektów', { type: 'map', projectIds: undefined }),
  ];
  const projectCharts = kb.projects.flatMap((project) => {
    const projectIds = [project.id];
    const withIndicators = kb.indicators.some((indicator) => indicator.data.project.id === project.id);
    const charts = [
      ['wykres-budzet', 'budget'],
      ['wykres-harmonogram', 'timeline'],
      ['wykres-zasieg', 'map'],
      ...(withIndicators ? [['wykres-wskazniki', 'indicators'] as const] : []),
    ] as const;
    return charts.map(([figureId, type]) => page(hrefOf(project), figureId, `${CHART_NAMES[type]}: ${project.data.title}`, { type, projectIds }));
  });
  const workflows = kb.models
    .filter((model) => model.data.workflow)
    .map((model) => page(hrefOf(model), PAGE_SECTIONS.workflow.id, `Krok po kroku: ${model.data.title}`, { type: 'workflow', modelId: model.id }));
  return [...allCharts, ...projectCharts, ...workflows];
}

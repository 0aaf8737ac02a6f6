/**
 * Everything a trainer can put in a course path, in site order: model by model, then projects,
 * programmes, trainings, guidance documents and the charts page, each page in page order.
 * Section ids are the ones `render(entry)` reports, so they are exactly the ids on the page.
 * Built once per build; published as /dane/elementy-sciezek.json.
 */
import { render, type CollectionEntry } from 'astro:content';
import { knowledgeBase } from './knowledge-base.ts';
import { guideDocuments, renderVersion } from './guides.ts';
import { CITATION_MARK, paragraphSummary, sectionSummaries, withKeys, type CatalogueItem, type CatalogueItemDraft } from '../lib/link-catalogue.ts';
import { PAGE_SECTIONS, type PageSectionKey } from '../lib/page-sections.ts';
import { entryHref, guideRoutes, sectionHref } from '../lib/routes.ts';
import { stepCode } from '../lib/step-codes.ts';
import { stepAnchor } from '../lib/workflow-explorer.ts';

interface Page {
  title: string;
  /** Address without anchor, ending in "/". */
  href: string;
}

let catalogue: Promise<CatalogueItem[]> | undefined;

/** The catalogue of linkable items; stops the build when two items would share a key. */
export function linkCatalogue(): Promise<CatalogueItem[]> {
  catalogue ??= buildCatalogue();
  return catalogue;
}

async function buildCatalogue(): Promise<CatalogueItem[]> {
  const kb = await knowledgeBase();
  const citation = (sourceId: string) => {
    const source = kb.sources.find((entry) => entry.id === sourceId);
    return source && `${CITATION_MARK} ${source.data.title})`;
  };
  const bodySections = async (entry: CollectionEntry<'models' | 'projects' | 'programmes' | 'trainings'>, page: Page) => {
    const { headings } = await render(entry);
    const summaries = sectionSummaries(entry.body ?? '', headings, citation);
    return headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => sectionItem(page, heading.slug, heading.text, summaries.get(heading.slug)));
  };

  const drafts: CatalogueItemDraft[] = [];

  for (const model of kb.models) {
    const page = { title: model.data.title, href: entryHref('models', model.id) };
    drafts.push(layoutSection(page, 'keyFacts'), ...(await bodySections(model, page)));
    const { workflow } = model.data;
    if (workflow) {
      drafts.push(layoutSection(page, 'workflow'));
      workflow.steps.forEach((step, index) => {
        drafts.push({
          kind: 'krok',
          title: step.title,
          pageTitle: page.title,
          href: `${page.href}#${stepAnchor(step.id)}`,
          code: stepCode(workflow.code, index + 1),
          summary: step.summary,
        });
      });
    }
    if (model.data.roles.length > 0) drafts.push(layoutSection(page, 'roles'));
  }

  for (const project of kb.projects) {
    const page = { title: project.data.title, href: entryHref('projects', project.id) };
    const hasIndicators = kb.indicators.some((indicator) => indicator.data.project.id === project.id);
    drafts.push(layoutSection(page, 'keyFacts'), ...(await bodySections(project, page)), layoutSection(page, 'charts'));
    drafts.push(...PROJECT_CHARTS.filter((chart) => hasIndicators || chart.id !== 'wykres-wskazniki').map((chart) => chartItem(page, chart)));
    drafts.push(layoutSection(page, 'indicators'));
  }

  for (const entry of [...kb.programmes, ...kb.trainings]) {
    const page = { title: entry.data.title, href: entryHref(entry.collection, entry.id) };
    drafts.push(layoutSection(page, 'keyFacts'), ...(await bodySections(entry, page)));
  }

  for (const guide of await guideDocuments()) {
    const page = { title: guide.current.data.title, href: guideRoutes.document(guide.id) };
    const { structure } = await renderVersion(guide.current);
    drafts.push(layoutSection(page, 'keyFacts'));
    for (const section of structure.sections) {
      const first = structure.paragraphs.find((paragraph) => paragraph.section === section.number);
      // The page shows the heading with its number, "§ 2. Cel modelu".
      drafts.push(sectionItem(page, section.id, `§ ${section.number}. ${section.title}`, first && paragraphSummary(first.text)));
    }
  }

  const chartsPage = { title: 'Wskaźniki i wykresy', href: sectionHref('indicators') };
  drafts.push(...INDICATORS_PAGE_CHARTS.map((chart) => chartItem(chartsPage, chart)));

  return withKeys(drafts);
}

function sectionItem(page: Page, id: string, title: string, summary?: string): CatalogueItemDraft {
  return { kind: 'sekcja', title, pageTitle: page.title, href: `${page.href}#${id}`, ...(summary ? { summary } : {}) };
}

function layoutSection(page: Page, section: PageSectionKey): CatalogueItemDraft {
  return sectionItem(page, PAGE_SECTIONS[section].id, PAGE_SECTIONS[section].title);
}

interface ChartEntry {
  /** The figure's id on the page. */
  id: string;
  /** The chart's title as its component writes it; tests/site/link-catalogue.test.ts checks they agree. */
  title: string;
  summary: string;
}

function chartItem(page: Page, chart: ChartEntry): CatalogueItemDraft {
  return { kind: 'wykres', title: chart.title, pageTitle: page.title, href: `${page.href}#${chart.id}`, summary: chart.summary };
}

/** The four charts on /wskazniki/, in page order. */
const INDICATORS_PAGE_CHARTS: readonly ChartEntry[] = [
  {
    id: 'wykres-wskazniki',
    title: 'Wskaźniki: wartości docelowe i osiągnięte',
    summary: 'Wartości docelowe wskaźników wszystkich projektów; wartość osiągnięta tylko tam, gdzie podaje ją źródło.',
  },
  {
    id: 'wykres-budzety',
    title: 'Budżety projektów: wartość i części finansowania',
    summary: 'Wartość każdego projektu w złotych i części finansowania, które podaje źródło: dofinansowanie z UE i dotacja celowa.',
  },
  {
    id: 'wykres-harmonogram',
    title: 'Kiedy trwają projekty i z jakich programów są finansowane',
    summary: 'Okresy realizacji wszystkich projektów na jednej osi czasu, z programem, z którego są finansowane.',
  },
  {
    id: 'wykres-zasieg',
    title: 'Gdzie działają projekty: województwa, powiaty i gminy',
    summary: 'Mapa województw z liczbą projektów, które obejmują każde z nich, oraz powiaty i gminy wymienione w źródłach.',
  },
];

/** The charts of a project page, in page order; the indicator chart only when the project has indicators. */
const PROJECT_CHARTS: readonly ChartEntry[] = [
  {
    id: 'wykres-budzet',
    title: 'Budżet projektu: wartość i części finansowania',
    summary: 'Wartość projektu w złotych i części finansowania, które podaje źródło: dofinansowanie z UE i dotacja celowa.',
  },
  {
    id: 'wykres-harmonogram',
    title: 'Kiedy trwają projekty i z jakich programów są finansowane',
    summary: 'Okres realizacji projektu na tle pozostałych projektów, z programem, z którego jest finansowany.',
  },
  {
    id: 'wykres-zasieg',
    title: 'Gdzie działa projekt: województwa, powiaty i gminy',
    summary: 'Województwa, powiaty i gminy, w których działa projekt według źródła.',
  },
  {
    id: 'wykres-wskazniki',
    title: 'Wskaźniki: wartości docelowe i osiągnięte',
    summary: 'Wartości docelowe wskaźników projektu; wartość osiągnięta tylko tam, gdzie podaje ją źródło.',
  },
];

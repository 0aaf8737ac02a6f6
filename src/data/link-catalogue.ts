/**
 * Everything a trainer can put in a course path, in the order of the table's `catalogue` specs
 * (model by model, then projects, programmes, trainings), then guidance documents and the charts
 * page, each page in page order.
 * Section ids are the ones `render(entry)` reports, so they are exactly the ids on the page.
 * Built once per build; published as /dane/elementy-sciezek.json.
 */
import { render } from 'astro:content';
import type { AnyEntry } from '../collections/entries.ts';
import { entryTitle, knowledgeBase } from './knowledge-base.ts';
import { relationPreview } from './relation-lists.ts';
import type { CatalogueSection, ContentTypeRow } from '../collections/row.ts';
import { contentTypeNames, contentTypes } from '../collections/table.ts';
import { guideDocuments, renderVersion } from './guides.ts';
import type { CatalogueItem, CatalogueItemDraft } from '../lib/link-catalogue.ts';
import { withKeys } from '../lib/link-catalogue-keys.ts';
import { CITATION_MARK, paragraphSummary, sectionSummaries } from '../lib/section-summaries.ts';
import { PAGE_SECTIONS, type PageSectionKey } from '../lib/page-sections.ts';
import { guideRoutes, hrefOf, sectionHref } from '../collections/routes.ts';
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
  const bodySections = async (entry: AnyEntry, page: Page) => {
    const { headings } = await render(entry);
    const summaries = sectionSummaries(entry.body ?? '', headings, citation);
    return headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => sectionItem(page, heading.slug, heading.text, summaries.get(heading.slug)));
  };

  /** The items of one section of an entry's page, as the table's `catalogue` names it. */
  const itemsOf = async (entry: AnyEntry, page: Page, section: CatalogueSection): Promise<CatalogueItemDraft[]> => {
    const data = entry.data as { workflow?: { code: string; steps: { id: string; title: string; summary: string }[] }; roles?: unknown[] };
    switch (section) {
      case 'keyFacts':
        return [layoutSection(page, 'keyFacts')];
      case 'body':
        return bodySections(entry, page);
      case 'workflow': {
        const { workflow } = data;
        if (!workflow) return [];
        return [
          layoutSection(page, 'workflow'),
          ...workflow.steps.map((step, index) => ({
            kind: 'krok' as const,
            title: step.title,
            pageTitle: page.title,
            href: `${page.href}#${stepAnchor(step.id)}`,
            code: stepCode(workflow.code, index + 1),
            summary: step.summary,
          })),
        ];
      }
      case 'roles':
        return (data.roles?.length ?? 0) > 0 ? [layoutSection(page, 'roles')] : [];
      case 'charts': {
        const hasIndicators = (await relationPreview(entry, INDICATORS_RELATION)).total > 0;
        return [
          layoutSection(page, 'charts'),
          ...PROJECT_CHARTS.filter((chart) => hasIndicators || chart.id !== 'wykres-wskazniki').map((chart) => chartItem(page, chart)),
        ];
      }
      case 'indicators': {
        const { section: indicators } = await relationPreview(entry, INDICATORS_RELATION);
        return [sectionItem(page, indicators.id, indicators.title)];
      }
    }
  };

  const drafts: CatalogueItemDraft[] = [];
  const catalogued = contentTypeNames
    .flatMap((type) => ((contentTypes[type] as ContentTypeRow).catalogue ? [{ type, spec: (contentTypes[type] as ContentTypeRow).catalogue! }] : []))
    .sort((a, b) => a.spec.order - b.spec.order);
  for (const { type, spec } of catalogued) {
    const row = contentTypes[type] as ContentTypeRow;
    // Thousands of pages on a grown site: the builder lists their sections only through its filter.
    const filterGroup = row.growth === 'per-gmina' ? { filterGroup: row.names.genitivePlural } : {};
    for (const entry of kb.entriesOf(type) as AnyEntry[]) {
      const page = { title: entryTitle(entry), href: hrefOf(entry) };
      for (const section of spec.sections) drafts.push(...(await itemsOf(entry, page, section)).map((item) => ({ ...item, ...filterGroup })));
    }
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

/** The relation (src/collections/table.ts) whose section lists an entry's indicators, and whose entries decide its indicator chart. */
const INDICATORS_RELATION = 'wskazniki';

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

/**
 * The site's interface strings (header, footer, search, charts, explorer, tables, print) in every
 * language, from one typed dictionary: each language's file must give every key of
 * `InterfaceText`, so a missing string is a type error, and `interface-text.test.ts` checks the
 * same at run time. Content is not here; it comes from `content/` (the `english` fields).
 */
import type { ChartText } from '../charts/chart-text.ts';
import type { FundingProgramme, WorkflowLevel, WorkflowSector } from '../vocabulary.ts';
import { englishText } from './text-en.ts';
import { polishText } from './text-pl.ts';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface InterfaceText {
  /** The language's own name, for the language link ("English", "Polski"). */
  languageName: string;
  /** `og:locale`. */
  locale: string;
  /** Acronyms the site itself uses that no glossary entry explains ("CSV"), explained on first use. */
  siteAcronyms: readonly { term: string; expansion: string }[];
  site: { name: string; tagline: string; skipLink: string };
  header: {
    /** The breadcrumb trail's name for screen readers. */
    breadcrumbs: string;
    mainMenu: string;
    home: string;
    glossary: string;
    search: string;
    searchDialogTitle: string;
    close: string;
    searchLabel: string;
    searchHint: string;
    allResults: string;
    /** The language link's text, naming the page in the other language. */
    otherLanguage: string;
  };
  footer: { heading: string; accessibility: string; sitemap: string; about: (siteName: string, tagline: string) => string };
  /**
   * The "Kopiuj link" controls (src/lib/copy-link.ts). A target is worded to follow "link" (`do
   * sekcji „Cele”`); the messages are said in the page's status region once the address is copied.
   */
  copyLink: {
    label: string;
    section: (title: string) => string;
    paragraph: (number: number, sectionTitle: string | undefined) => string;
    chart: (title: string) => string;
    copied: (target: string) => string;
    failed: (target: string) => string;
  };
  /** The page at a former address, which sends the reader on to the new one. */
  formerAddress: {
    pageTitle: (title: string) => string;
    description: (title: string, address: string) => string;
    heading: string;
    lead: string;
    explanation: (title: string) => string;
  };
  search: {
    searching: string;
    failed: string;
    failedOnPage: string;
    /** Search without a connection: pagefind's index is not saved with the pages for reading offline. */
    offline: string;
    /** The status line after a search: how many results for the query, and how many are shown. */
    results: (total: number, query: string, shown: number) => string;
    sectionsOf: (title: string) => string;
  };
  explorer: {
    /** The sectors and levels of government of a workflow's steps, by their keys in src/lib/vocabulary.ts. */
    sectorNames: Record<WorkflowSector, string>;
    levelNames: Record<WorkflowLevel, string>;
    stepsNav: string;
    optionalShort: string;
    highlighted: string;
    previous: string;
    next: string;
    progress: (position: number, total: number) => string;
    step: (position: number) => string;
    stepCode: string;
    optionalStep: string;
    whoActs: string;
    sourceSilent: string;
    sectors: string;
    level: string;
    inputs: string;
    outputs: string;
    copyStepLink: string;
    stepLink: string;
    lastStep: string;
    nextOneOf: string;
    nextOnly: string;
    or: string;
    backTo: (title: string) => string;
    copied: (title: string) => string;
    copyFailed: (address: string) => string;
    filtersTitle: string;
    anyActor: string;
    sector: string;
    anySector: string;
    filterSummary: (highlighted: number, total: number, actor: string | undefined, sector: string | undefined) => string;
    swimlaneCaption: string;
    swimlaneKeys: string;
    swimlaneMark: (position: number, step: string, actor: string, highlighted: boolean) => string;
    source: string;
  };
  /** The budget and timeline charts, their tables and CSV files; `programmeNames` by the vocabulary's keys. */
  charts: ChartText & { programmeNames: Record<FundingProgramme, string> };
  print: { asOf: string; address: string; linkNote: (origin: string) => string };
}

/** The explorer's strings, which its island takes by language (functions cannot be island props). */
export type ExplorerText = InterfaceText['explorer'];

const TEXTS: Record<Language, InterfaceText> = { pl: polishText, en: englishText };

/** The interface strings of a language. */
export function interfaceText(language: Language): InterfaceText {
  return TEXTS[language];
}

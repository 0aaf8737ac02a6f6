/**
 * The catalogue of things a trainer can link: sections of entry pages, workflow steps and charts,
 * each with a short key that a course path carries in its address. Pure: the Astro side
 * (`src/data/link-catalogue.ts`) reads the collections and hands plain values in.
 */
import { searchKey } from './search-text.ts';
import { normalStepCode, stepCodeAnchor } from './step-codes.ts';

export type CatalogueKind = 'sekcja' | 'krok' | 'wykres';

export interface CatalogueItem {
  /** Short, stable, URL-safe key derived from `href`, e.g. "k3x9a0". */
  key: string;
  kind: CatalogueKind;
  /** Heading text, step title or chart title, as the page shows it. */
  title: string;
  /** Title of the page the item is on. */
  pageTitle: string;
  /** Page address with the item's anchor, e.g. "/modele/model-kooperacji-dla-miast/#krok-zgloszenie-potrzeby". */
  href: string;
  /** Step code, e.g. "MK-M 1". */
  code?: string;
  /** Step summary; chart caption; for a section, its first paragraph as plain text when there is one. */
  summary?: string;
  /**
   * On pages of a type editors grow gmina by gmina (src/collections/table.ts): that type's name in
   * the genitive plural ("programów"). Such items are thousands on a grown site, so lists show them
   * only when a typed filter asks for them.
   */
  filterGroup?: string;
}

export type CatalogueItemDraft = Omit<CatalogueItem, 'key'>;

/** Where the built catalogue is published, for the course-path pages only. */
export const LINK_CATALOGUE_PATH = '/dane/elementy-sciezek.json';

export const CATALOGUE_KIND_LABELS: Record<CatalogueKind, string> = {
  sekcja: 'Sekcja',
  krok: 'Krok',
  wykres: 'Wykres',
};

/** An item's kind as a list names it before the title: "Sekcja", "Krok MK-M 3", "Wykres". */
export function catalogueItemKind(item: Pick<CatalogueItem, 'kind' | 'code'>): string {
  const label = CATALOGUE_KIND_LABELS[item.kind];
  return item.code ? `${label} ${item.code}` : label;
}

export const CATALOGUE_KINDS: readonly CatalogueKind[] = ['sekcja', 'krok', 'wykres'];

/** Keys are six characters of base 36: 36⁶ ≈ 2.2 billion values, so collisions stay rare. */
export const CATALOGUE_KEY_LENGTH = 6;
export const CATALOGUE_KEY = /^[0-9a-z]{6}$/;
const KEY_SPACE = 36 ** CATALOGUE_KEY_LENGTH;

/**
 * cyrb53: a 53-bit string hash from integer arithmetic only, so every machine and every build
 * gives the same number for the same text.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The key of an item at `href`. It depends on the address alone, not on the catalogue's order or
 * content, so a printed path keeps working as long as the heading, step or chart keeps its anchor.
 */
export function catalogueKey(href: string): string {
  return (hash53(href) % KEY_SPACE).toString(36).padStart(CATALOGUE_KEY_LENGTH, '0');
}

/** Two catalogue items share a key or an address: the build stops, naming both. */
export class CatalogueKeyCollisionError extends Error {
  override name = 'CatalogueKeyCollisionError';
}

/** Keys for every item, in the given order; stops the build when two items would share a key. */
export function withKeys(drafts: readonly CatalogueItemDraft[]): CatalogueItem[] {
  const byKey = new Map<string, CatalogueItemDraft>();
  const byHref = new Map<string, CatalogueItemDraft>();
  return drafts.map((draft) => {
    const sameHref = byHref.get(draft.href);
    if (sameHref) {
      throw new CatalogueKeyCollisionError(
        `Katalog elementów ścieżek: adres ${draft.href} występuje dwa razy („${sameHref.title}” i „${draft.title}” na stronie „${draft.pageTitle}”). Każdy nagłówek, krok i wykres musi mieć na stronie własny identyfikator.`,
      );
    }
    byHref.set(draft.href, draft);
    const key = catalogueKey(draft.href);
    const sameKey = byKey.get(key);
    if (sameKey) {
      throw new CatalogueKeyCollisionError(
        `Katalog elementów ścieżek: dwa elementy dostały ten sam klucz „${key}”: ${sameKey.href} („${sameKey.title}”) i ${draft.href} („${draft.title}”). Zmień identyfikator jednego z nich (nagłówek, krok albo wykres), żeby adresy ścieżek szkoleniowych pozostały jednoznaczne.`,
      );
    }
    byKey.set(key, draft);
    return { key, ...draft };
  });
}

/**
 * The item a trainer's reference points at: a step code ("MK-M 3", "mk-m-3"), an address
 * ("/modele/…/#krok-diagnoza", also with the site's origin or a step-code anchor "#mk-m-3") or
 * an item key.
 */
export function findCatalogueItem(items: readonly CatalogueItem[], reference: string): CatalogueItem | undefined {
  const text = reference.trim();
  if (text === '') return undefined;
  if (CATALOGUE_KEY.test(text)) {
    const byKey = items.find((item) => item.key === text);
    if (byKey) return byKey;
  }
  const code = normalStepCode(text);
  if (code) return items.find((item) => item.code === code);
  const address = splitAddress(text);
  if (!address) return undefined;
  const exact = items.find((item) => item.href === `${address.path}#${address.anchor}`);
  if (exact) return exact;
  const anchorCode = normalStepCode(address.anchor);
  if (!anchorCode) return undefined;
  return items.find((item) => item.code === anchorCode && item.href.startsWith(`${address.path}#`));
}

/** "/modele/x#krok-a", "https://host/modele/x/#krok-a" → { path: "/modele/x/", anchor: "krok-a" }. */
function splitAddress(text: string): { path: string; anchor: string } | undefined {
  let url: URL;
  try {
    url = new URL(text, 'http://adres.invalid');
  } catch {
    return undefined;
  }
  const anchor = safeDecode(url.hash.replace(/^#/, ''));
  if (anchor === '') return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { path: safeDecode(path), anchor };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The items of one page, in page order, for lists grouped by page. */
export interface CataloguePage {
  pageTitle: string;
  /** The page address without the anchor. */
  pageHref: string;
  items: CatalogueItem[];
}

export function pageHrefOf(item: Pick<CatalogueItem, 'href'>): string {
  const hash = item.href.indexOf('#');
  return hash < 0 ? item.href : item.href.slice(0, hash);
}

/** Consecutive items of the same page grouped together, keeping the catalogue's order. */
export function groupByPage(items: readonly CatalogueItem[]): CataloguePage[] {
  const pages: CataloguePage[] = [];
  for (const item of items) {
    const pageHref = pageHrefOf(item);
    const last = pages[pages.length - 1];
    if (last && last.pageHref === pageHref) last.items.push(item);
    else pages.push({ pageTitle: item.pageTitle, pageHref, items: [item] });
  }
  return pages;
}

export interface CatalogueFilter {
  /** Words typed by the trainer; every word must occur in the title, the page title or the step code. */
  query: string;
  /** Kinds to show; all when empty. */
  kinds: readonly CatalogueKind[];
}

/** The text a query is matched against, folded the way search folds Polish letters. */
function filterText(item: CatalogueItem): string {
  const parts = [item.title, item.pageTitle];
  if (item.code) parts.push(item.code, stepCodeAnchor(item.code));
  return searchKey(parts.join(' '));
}

/** Items matching the filter, in catalogue order. "mkm 3", "diagnoza", "Bialystok" all match. */
export function filterCatalogue(items: readonly CatalogueItem[], filter: CatalogueFilter): CatalogueItem[] {
  const words = searchKey(filter.query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.kinds.length > 0 && !filter.kinds.includes(item.kind)) return false;
    if (words.length === 0) return true;
    const text = filterText(item);
    return words.every((word) => text.includes(word));
  });
}

/**
 * Items on pages of types editors grow gmina by gmina (a programme's sections): thousands of them
 * on a grown site, so a list shows them only when a typed filter asks for them. Decided by the
 * page's type (`filterGroup`, set by the build), never by how many there are today.
 */
export function isFoundByFilterOnly(item: Pick<CatalogueItem, 'filterGroup'>): boolean {
  return item.filterGroup !== undefined;
}

/** The items a list shows before anything is typed: all but those found by the filter only. */
export function itemsListedWithoutFilter(items: readonly CatalogueItem[]): CatalogueItem[] {
  return items.filter((item) => !isFoundByFilterOnly(item));
}

/** How many items are found by the filter only, per type (its `filterGroup`), in catalogue order. */
export function itemsFoundByFilterOnly(items: readonly CatalogueItem[]): { group: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.filterGroup !== undefined) counts.set(item.filterGroup, (counts.get(item.filterGroup) ?? 0) + 1);
  }
  return [...counts].map(([group, count]) => ({ group, count }));
}

/** At most this many matches are drawn at once; a trainer narrows the filter to see others. */
export const MAX_SHOWN_MATCHES = 100;

export interface CatalogueView {
  /** Items to draw, in catalogue order. */
  shown: CatalogueItem[];
  /** Items that match: all kinds chosen and every typed word; without typed words, the items listed without a filter. */
  matching: number;
  /** True when something is typed: then the whole catalogue is searched. */
  filtered: boolean;
}

/**
 * What the builder's list shows: without typed words the items listed without a filter (of the
 * chosen kinds); with them, matches from the whole catalogue, at most `limit` of them drawn.
 */
export function catalogueView(items: readonly CatalogueItem[], filter: CatalogueFilter, limit = MAX_SHOWN_MATCHES): CatalogueView {
  if (filter.kinds.length === 0) return { shown: [], matching: 0, filtered: false };
  const filtered = searchKey(filter.query).trim() !== '';
  if (!filtered) {
    const listed = filterCatalogue(itemsListedWithoutFilter(items), filter);
    return { shown: listed, matching: listed.length, filtered };
  }
  const matches = filterCatalogue(items, filter);
  return { shown: matches.slice(0, limit), matching: matches.length, filtered };
}

/** A heading as `render(entry)` reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Turns a source id of `<Cite source="…" />` into the text the page shows, e.g. "(źródło: …)". */
export type CitationText = (sourceId: string) => string | undefined;

const SUMMARY_LIMIT = 240;

/**
 * The first paragraph under each `##` and `###` heading of an MDX body, as plain text, keyed by
 * the heading's id. Headings are paired with the rendered ones by position and checked by text;
 * a section whose first block is a list, a table or a component other than `<Cite />`, or whose
 * heading does not pair up, gets no summary rather than a wrong one.
 */
export function sectionSummaries(body: string, headings: readonly RenderedHeading[], citation: CitationText): Map<string, string> {
  const rendered = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  const written = bodySections(body);
  const summaries = new Map<string, string>();
  rendered.forEach((heading, index) => {
    const section = written[index];
    if (!section || section.depth !== heading.depth || comparable(plainInline(section.heading, citation) ?? '') !== comparable(heading.text)) return;
    const paragraph = section.firstBlock === undefined ? undefined : plainInline(section.firstBlock, citation);
    const summary = paragraph && paragraphSummary(paragraph);
    if (summary) summaries.set(heading.slug, summary);
  });
  return summaries;
}

interface WrittenSection {
  depth: number;
  heading: string;
  /** The first block after the heading when it is a paragraph; undefined otherwise. */
  firstBlock?: string | undefined;
}

function bodySections(body: string): WrittenSection[] {
  const sections: WrittenSection[] = [];
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  let current: WrittenSection | undefined;
  let collecting: string[] | undefined;
  const finishParagraph = () => {
    if (current && collecting) current.firstBlock = collecting.join(' ');
    collecting = undefined;
  };
  for (const line of lines) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      finishParagraph();
      fence = fenceMatch[1];
      if (current) current = undefined;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      finishParagraph();
      current = { depth: heading[1]!.length, heading: heading[2]! };
      if (current.depth === 2 || current.depth === 3) sections.push(current);
      else current = undefined;
      continue;
    }
    if (collecting) {
      if (line.trim() === '') finishParagraph();
      else collecting.push(line.trim());
      continue;
    }
    if (!current || current.firstBlock !== undefined || line.trim() === '') continue;
    // Only a plain paragraph makes a summary: lists, quotes, tables and components do not.
    if (/^\s*([-*+>|<{]|\d+[.)]\s|import\s|export\s)/.test(line)) {
      current.firstBlock = '';
      current = undefined;
      continue;
    }
    collecting = [line.trim()];
  }
  finishParagraph();
  return sections;
}

/**
 * Inline Markdown as plain text: links keep their text, emphasis and code marks go, `<Cite />`
 * becomes its citation text. Undefined when anything else (a component, an expression, HTML) is
 * in the way, because its text cannot be known without rendering.
 */
function plainInline(markdown: string, citation: CitationText): string | undefined {
  let unknownMarkup = false;
  let text = markdown.replace(/<Cite\s+source=["']([^"']+)["']\s*\/>/g, (_match, source: string) => {
    const cited = citation(source);
    if (cited === undefined) unknownMarkup = true;
    return cited ?? '';
  });
  if (unknownMarkup || /[<{}]/.test(text)) return undefined;
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function comparable(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/g, '');
}

/**
 * A section's first paragraph as its summary, or nothing: a paragraph ending in a colon only
 * introduces the list after it, and one cut inside a sentence could lose the citation that
 * names the source of a figure.
 */
export function paragraphSummary(paragraph: string): string | undefined {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text === '' || text.endsWith(':')) return undefined;
  const summary = shortSummary(text);
  if (summary.endsWith('…') && text.includes(CITATION_MARK)) return undefined;
  return summary;
}

/** How a citation starts in text, as `<Cite />` renders it. */
export const CITATION_MARK = '(źródło:';

/** Full stops after these Polish abbreviations do not end a sentence: "2021 r. Lokalny…", "ul. Żużlowa". */
const SENTENCE_END = /(?<!(?:^|[\s(.])(?:r|ul|nr|np|tj|ok|tzw|godz|tel|im|św|in|art|ust|pkt|poz|zob|ang|wg|m))[.!?…](?=\s+[\p{Lu}\d„"(])/gu;

/** Sentences of a paragraph, each with its closing punctuation. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * At most about 240 characters: as many whole sentences as fit, so a figure keeps the citation
 * that follows it; only a first sentence longer than that is cut at a word, with an ellipsis.
 */
export function shortSummary(text: string, limit = SUMMARY_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (Array.from(clean).length <= limit) return clean;
  const sentences = sentencesOf(clean);
  let summary = '';
  for (const sentence of sentences) {
    const joined = summary ? `${summary} ${sentence}` : sentence;
    if (Array.from(joined).length > limit) break;
    summary = joined;
  }
  if (summary) return summary;
  const cut = Array.from(clean).slice(0, limit).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * The published catalogue as the browser receives it: anything that is not a well-formed item is
 * dropped, so a damaged or stale file shows fewer items instead of breaking the page.
 */
export function parseCatalogue(json: unknown): CatalogueItem[] {
  if (!Array.isArray(json)) return [];
  const text = (value: unknown): value is string => typeof value === 'string' && value !== '';
  return json.flatMap((value): CatalogueItem[] => {
    if (!value || typeof value !== 'object') return [];
    const { key, kind, title, pageTitle, href, code, summary, filterGroup } = value as Record<string, unknown>;
    if (!text(key) || !CATALOGUE_KEY.test(key) || !CATALOGUE_KINDS.includes(kind as CatalogueKind)) return [];
    if (!text(title) || !text(pageTitle) || !text(href) || !/^\/(?!\/)/.test(href)) return [];
    return [
      {
        key,
        kind: kind as CatalogueKind,
        title,
        pageTitle,
        href,
        ...(text(code) ? { code } : {}),
        ...(text(summary) ? { summary } : {}),
        ...(text(filterGroup) ? { filterGroup } : {}),
      },
    ];
  });
}

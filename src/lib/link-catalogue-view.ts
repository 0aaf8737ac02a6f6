/**
 * What lists of the catalogue show: items grouped by page, filtered by typed words and kinds, and
 * the items of per-gmina pages left out until a typed filter asks for them.
 */
import type { CatalogueItem, CatalogueKind } from './link-catalogue.ts';
import { formatNumberPl } from './numbers.ts';
import { listInPolish } from './polish-list.ts';
import { searchKey } from './search-text.ts';
import { stepCodeAnchor } from './step-codes.ts';

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

/** "5 z 1234 elementów": how many of the whole catalogue a list holds. */
function ofAllItems(count: number, total: number): string {
  return `${formatNumberPl(count)} z ${formatNumberPl(total)} elementów`;
}

export interface CatalogueViewContext {
  /** How many items the whole catalogue has. */
  total: number;
  /** How many kinds the trainer has chosen to show. */
  kindsChosen: number;
  /** `itemsFoundByFilterOnly` of the whole catalogue. */
  foundByFilterOnly: readonly { group: string; count: number }[];
}

/** What a view of the list shows: all items, the matches (and how many are drawn), or what is left out until something is typed. */
export function catalogueViewSummary(view: CatalogueView, { total, kindsChosen, foundByFilterOnly }: CatalogueViewContext): string {
  if (kindsChosen === 0) return 'Zaznacz co najmniej jeden rodzaj elementów.';
  if (view.filtered) {
    const matching = `Pasuje ${ofAllItems(view.matching, total)}.`;
    return view.shown.length < view.matching ? `${matching} Lista pokazuje pierwsze ${view.shown.length}: dopisz słowo, aby zawęzić wyniki.` : matching;
  }
  if (view.matching === total) return `Wszystkie elementy: ${formatNumberPl(total)}.`;
  const hidden = foundByFilterOnly.reduce((sum, group) => sum + group.count, 0);
  const listed = `Lista pokazuje ${ofAllItems(view.matching, total)}.`;
  if (hidden === 0) return listed;
  return `${listed} Sekcje stron ${listInPolish(foundByFilterOnly.map(({ group }) => group))} (${formatNumberPl(hidden)}) pojawią się, gdy wpiszesz nazwę gminy albo słowo z tytułu.`;
}

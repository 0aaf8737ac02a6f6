/**
 * The catalogue of things a trainer can link: sections of entry pages, workflow steps and charts,
 * each with a short key that a course path carries in its address. This module is the item and
 * its published form; keys are made in `link-catalogue-keys.ts`, references looked up in
 * `link-catalogue-lookup.ts`, lists drawn by `link-catalogue-view.ts`, and section summaries
 * written by `section-summaries.ts`. Pure: the Astro side (`src/data/link-catalogue.ts`) reads the
 * collections and hands plain values in.
 */
import { countPl } from './plural.ts';

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

const ITEM_FORMS = { one: 'element', few: 'elementy', many: 'elementów' };

/** "1 element", "3 elementy", "5 elementów": catalogue items as the course-path pages count them. */
export function catalogueItemCount(count: number): string {
  return countPl(count, ITEM_FORMS);
}

/** Keys are six characters of base 36: 36⁶ ≈ 2.2 billion values, so collisions stay rare. */
export const CATALOGUE_KEY_LENGTH = 6;
export const CATALOGUE_KEY = /^[0-9a-z]{6}$/;

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

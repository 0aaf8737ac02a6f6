/**
 * The key of a catalogue item: six base-36 characters hashed from its address, the same on every
 * machine and in every build, so a printed course path keeps working.
 */
import { hash53 } from './hash53.ts';
import { CATALOGUE_KEY_LENGTH, type CatalogueItem, type CatalogueItemDraft } from './link-catalogue.ts';

const KEY_SPACE = 36 ** CATALOGUE_KEY_LENGTH;

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

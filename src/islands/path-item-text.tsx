/** How the course-path builder names a catalogue item, in its list and in the chosen path alike. */
import { catalogueItemKind, type CatalogueItem } from '../lib/link-catalogue.ts';

/** How a button names its item: the same heading ("Najważniejsze informacje") is on many pages. */
export function itemName(item: CatalogueItem): string {
  return `${item.title} (${item.pageTitle})`;
}

/** "Krok MK-M 3:" before an item's title, in the catalogue and in the chosen list alike. */
export function ItemKind({ item }: { item: CatalogueItem }) {
  return (
    <span className="path-catalogue-item__kind">
      {catalogueItemKind(item)}
      <span className="visually-hidden">:</span>
    </span>
  );
}

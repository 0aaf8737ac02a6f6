/** The catalogue of linkable items, fetched by the two course-path islands only when they open. */
import { parseCatalogue, type CatalogueItem } from '../lib/link-catalogue.ts';

export async function loadCatalogue(href: string): Promise<CatalogueItem[]> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseCatalogue((await response.json()) as unknown);
}

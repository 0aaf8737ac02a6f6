/**
 * Where the site links to each type's section, as the table's `navigation` and `startHere` say:
 * the main navigation, the footer and the home page's "Od czego zacząć".
 */
import { sectionTitle } from './names.ts';
import { sectionHref } from './routes.ts';
import type { ContentTypeRow, StartReader } from './row.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from './table.ts';

export interface NavigationLink {
  label: string;
  href: string;
}

const polishOrder = new Intl.Collator('pl-PL');

function sectionLink(type: ContentTypeName): NavigationLink {
  return { label: sectionTitle(type), href: sectionHref(type) };
}

/** The sections of the main navigation, in the table's order (the header adds search after them). */
export const sectionNavigation: readonly NavigationLink[] = contentTypeNames.filter((type) => contentTypes[type].navigation === 'main').map(sectionLink);

/** The sections the footer links to, by title. */
export const footerSections: readonly NavigationLink[] = contentTypeNames
  .filter((type) => contentTypes[type].navigation === 'footer')
  .map(sectionLink)
  .sort((a, b) => polishOrder.compare(a.label, b.label));

/** A link the home page adds to a reader's list, at its place among the sections'. */
export interface PlacedLink extends NavigationLink {
  position: number;
}

/** One reader's links under "Od czego zacząć": the sections the table gives them and the page's own links, in place order. */
export function startHereLinks(reader: StartReader, pageLinks: readonly PlacedLink[] = []): NavigationLink[] {
  const sections = contentTypeNames.flatMap((type): PlacedLink[] => {
    const { startHere } = contentTypes[type] as ContentTypeRow;
    return startHere?.reader === reader ? [{ label: startHere.label ?? sectionTitle(type), href: sectionHref(type), position: startHere.position }] : [];
  });
  return [...sections, ...pageLinks].sort((a, b) => a.position - b.position).map(({ label, href }) => ({ label, href }));
}

/** What pages call each content type, from the names in the table. */
import { PAGE_SECTIONS } from '../lib/page-sections.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from './table.ts';

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl-PL') + text.slice(1);
}

/** The label of a page of the type and the value of the search filter "Rodzaj treści": "Program". */
export function typeLabel(type: ContentTypeName): string {
  return capitalised(contentTypes[type].names.singular);
}

/** The capitalised plural: "Programy", "Pojęcia". */
export function pluralTitle(type: ContentTypeName): string {
  return capitalised(contentTypes[type].names.plural);
}

/** The title of the type's section (navigation, breadcrumbs, list pages): "Programy", "Słownik". */
export function sectionTitle(type: ContentTypeName): string {
  const { names } = contentTypes[type] as { names: { sectionTitle?: string } };
  return names.sectionTitle ?? pluralTitle(type);
}

/**
 * The section of a page that lists related entries of this type: its id, `powiazane-<route>`, is
 * fixed so trainers can link it, and reserved so a heading in the text never takes it.
 */
export function relatedSection(type: ContentTypeName): { id: string; title: string } {
  const { names, route } = contentTypes[type] as { names: { relatedTitle?: string }; route: string };
  return { id: `powiazane-${route}`, title: names.relatedTitle ?? sectionTitle(type) };
}

/**
 * Sections a page may add around an entry's text, by id with their titles: the layout's and
 * every related-entries section. A heading in the text must never take one of their ids.
 */
export const RESERVED_SECTIONS: ReadonlyMap<string, string> = new Map([
  ...Object.values(PAGE_SECTIONS).map((section): [string, string] => [section.id, section.title]),
  ...contentTypeNames.map((type): [string, string] => [relatedSection(type).id, relatedSection(type).title]),
]);

export const RESERVED_SECTION_IDS: readonly string[] = [...RESERVED_SECTIONS.keys()];

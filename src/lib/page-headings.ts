/** Assembling a page's contents list from the layout's sections and the entry's own headings. */
import { PAGE_SECTIONS, type PageSectionKey } from './page-sections.ts';
import type { Heading } from './toc.ts';

/** A heading entry for one of the layout's fixed sections. */
export function sectionHeading(section: PageSectionKey, title?: string): Heading {
  return { depth: 2, slug: PAGE_SECTIONS[section].id, text: title ?? PAGE_SECTIONS[section].title };
}

/** Sections that are shown only when they have entries. */
export function sectionHeadingsIf(sections: readonly [PageSectionKey, boolean, string?][]): Heading[] {
  return sections.filter(([, shown]) => shown).map(([section, , title]) => sectionHeading(section, title));
}

/** Headings of the sections listing related entries, for the relations that have any. */
export function relatedHeadings(relations: readonly { total: number; section: { id: string; title: string } }[]): Heading[] {
  return relations.filter((relation) => relation.total > 0).map(({ section }) => ({ depth: 2, slug: section.id, text: section.title }));
}

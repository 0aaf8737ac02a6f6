/**
 * Relations: the lists of entries that refer to an entry, shown on its page (the programmes of a
 * województwo, the models of a project, everything written from a source). Declared on the owner's
 * row of the table; a page shows the first entries of each and links to the whole list, paged,
 * at the owner's address plus the relation's slug (src/data/relation-lists.ts).
 */
import type { ContentTypeRow, RelationSpec } from './row.ts';
import { contentTypeNames, contentTypes, entryTypeNames, type ContentTypeName } from './table.ts';
import { pluralTitle, relatedSection, sectionTitle } from './names.ts';
import { slugify } from '../lib/slug.ts';

/** One relation of an owner type, with every default filled in and `*` expanded. */
export interface Relation {
  slug: string;
  from: ContentTypeName;
  field?: string;
  /** Title of the whole list, without the owner's name. */
  title: string;
  /** The section on the owner's page: its id and heading. */
  section: { id: string; title: string };
  intro?: string;
  noun: string;
  layout: 'cards' | 'links' | 'table';
}

function isTypeName(name: string): name is ContentTypeName {
  return Object.hasOwn(contentTypes, name);
}

function expand(owner: ContentTypeName, spec: RelationSpec): Relation[] {
  if (spec.from !== '*') {
    const from = spec.from;
    if (!isTypeName(from)) throw new Error(`src/collections/table.ts: relacja „${spec.slug}” typu „${owner}” odwołuje się do nieznanego typu „${from}”`);
    const related = relatedSection(from);
    return [
      {
        slug: spec.slug,
        from,
        ...(spec.field === undefined ? {} : { field: spec.field }),
        title: spec.title,
        section: { id: related.id, title: spec.heading ?? related.title },
        ...(spec.intro === undefined ? {} : { intro: spec.intro }),
        noun: spec.noun ?? contentTypes[from].names.plural,
        layout: spec.layout ?? 'cards',
      },
    ];
  }
  return entryTypeNames.map((from) => ({
    slug: slugify(contentTypes[from].names.plural),
    from,
    ...(spec.field === undefined ? {} : { field: spec.field }),
    title: `${pluralTitle(from)} ${spec.title}`,
    section: { id: slugify(sectionTitle(from)), title: sectionTitle(from) },
    noun: contentTypes[from].names.plural,
    layout: spec.layout ?? 'links',
  }));
}

const byOwner = new Map<ContentTypeName, readonly Relation[]>(
  contentTypeNames.map((owner) => [owner, (contentTypes[owner] as ContentTypeRow).relations?.flatMap((spec) => expand(owner, spec)) ?? []]),
);

/** The relations an entry of `owner` type shows, in the table's order. */
export function relationsOf(owner: ContentTypeName): readonly Relation[] {
  return byOwner.get(owner) ?? [];
}

/** The owner types that have relations: the ones whose lists can get pages of their own. */
export const relationOwners: readonly ContentTypeName[] = contentTypeNames.filter((owner) => relationsOf(owner).length > 0);

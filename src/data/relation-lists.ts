/**
 * The relations of the table (src/collections/relations.ts) worked out for each entry: the
 * places and programmes of a województwo, the models of a project, everything written from a
 * source. An entry's page shows the first RELATION_PREVIEW_SIZE of each list and links to the
 * whole list, paged, at the entry's address plus the relation's slug
 * (`/miejsca/wojewodztwo-podlaskie/programy/`, `/zrodla/<id>/programy/strona/2/`). That page
 * exists only while the list is longer than the preview; while it is not, the entry's page shows it all.
 */
import { listPagePaths, type ListPage } from '../lib/pagination.ts';
import { sectionTitle } from '../collections/names.ts';
import { relationOwners, relationsOf, type Relation } from '../collections/relations.ts';
import { entryHref, sectionHref } from '../collections/routes.ts';
import type { ContentTypeName } from '../collections/table.ts';
import type { AnyEntry } from '../collections/entries.ts';
import { entryTitle, knowledgeBase } from './knowledge-base.ts';

/** Entries an entry's page lists of one relation before it links to the whole list. */
const RELATION_PREVIEW_SIZE = 20;

/** What an entry's page shows of a relation. */
export interface RelationPreview {
  slug: string;
  /** The type of the listed entries. */
  type: ContentTypeName;
  /** The list's title, without the owner's name: "Lider projektu". */
  title: string;
  /** The section of the owner's page that shows the list: its id and heading. */
  section: { id: string; title: string };
  intro?: string;
  entries: AnyEntry[];
  /** Entries in the whole list. */
  total: number;
  noun: string;
  /** The whole list's address, when the preview leaves entries out. */
  allHref?: string;
}

interface WorkedOut {
  relation: Relation;
  entries: AnyEntry[];
}

// An entry's page and the pages of its lists ask for the same relations: each is worked out once.
const cache = new Map<string, Promise<WorkedOut[]>>();

function workOut(owner: AnyEntry): Promise<WorkedOut[]> {
  const key = `${owner.collection}/${owner.id}`;
  let relations = cache.get(key);
  if (!relations) {
    relations = knowledgeBase().then((kb) =>
      relationsOf(owner.collection).map((relation) => ({ relation, entries: kb.referencing(owner, relation.from, relation.field) as AnyEntry[] })),
    );
    cache.set(key, relations);
  }
  return relations;
}

/** The address of an entry's whole list, e.g. `/zrodla/<id>/programy/`. */
function relationHref(owner: AnyEntry, relation: Relation): string {
  return `${entryHref(owner.collection, owner.id)}${relation.slug}/`;
}

function previewOf(owner: AnyEntry, { relation, entries }: WorkedOut): RelationPreview {
  const cut = entries.length > RELATION_PREVIEW_SIZE;
  return {
    slug: relation.slug,
    type: relation.from,
    title: relation.title,
    section: relation.section,
    ...(relation.intro === undefined ? {} : { intro: relation.intro }),
    entries: cut ? entries.slice(0, RELATION_PREVIEW_SIZE) : entries,
    total: entries.length,
    noun: relation.noun,
    ...(cut ? { allHref: relationHref(owner, relation) } : {}),
  };
}

/** What an entry's page shows of its relation `slug`. */
export async function relationPreview(owner: AnyEntry, slug: string): Promise<RelationPreview> {
  const workedOut = (await workOut(owner)).find((candidate) => candidate.relation.slug === slug);
  if (!workedOut) throw new Error(`${owner.collection}/${owner.id}: typ „${owner.collection}” nie ma relacji „${slug}” (src/collections/table.ts)`);
  return previewOf(owner, workedOut);
}

/** The previews of every non-empty relation of an entry, in the table's order. */
export async function relationPreviews(owner: AnyEntry): Promise<RelationPreview[]> {
  return (await workOut(owner)).filter(({ entries }) => entries.length > 0).map((workedOut) => previewOf(owner, workedOut));
}

export interface RelationListProps {
  owner: { title: string; href: string; sectionTitle: string; sectionHref: string };
  relation: { title: string; layout: Relation['layout'] };
  page: ListPage<AnyEntry>;
}

/** `getStaticPaths()` of `/[section]/[id]/[relation]/[...page]`: the lists that outgrow their preview. */
export async function relationListPaths() {
  const kb = await knowledgeBase();
  const paths = [];
  for (const type of relationOwners) {
    for (const owner of kb.entriesOf(type) as AnyEntry[]) {
      const ownerInfo = { title: entryTitle(owner), href: entryHref(type, owner.id), sectionTitle: sectionTitle(type), sectionHref: sectionHref(type) };
      for (const { relation, entries } of await workOut(owner)) {
        if (entries.length <= RELATION_PREVIEW_SIZE) continue;
        const base = relationHref(owner, relation);
        for (const path of listPagePaths(entries, base, { section: sectionHref(type).slice(1, -1), id: owner.id, relation: relation.slug })) {
          const props: RelationListProps = {
            owner: ownerInfo,
            relation: { title: `${relation.title}: ${ownerInfo.title}`, layout: relation.layout },
            page: path.props.page,
          };
          paths.push({ params: path.params, props });
        }
      }
    }
  }
  return paths;
}

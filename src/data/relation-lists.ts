/**
 * Entries related to an entry through references that grow with the site: the places and
 * programmes of a województwo, the programmes of a model, everything that cites a source. An
 * entry's page shows the first RELATION_PREVIEW_SIZE of each list and links to the whole list,
 * paged, at the entry's address plus the list's slug (`/miejsca/wojewodztwo-podlaskie/programy/`,
 * `/zrodla/<id>/programy/strona/2/`). That page exists only while the list is longer than the
 * preview; while it is not, the entry's page shows it all.
 */
import type { CollectionEntry } from 'astro:content';
import { listPagePaths, type ListPage } from '../lib/pagination.ts';
import { entryHref, sectionHref, sections, type SectionKey } from '../lib/routes.ts';
import { entryTitle, knowledgeBase, type AnyEntry } from './knowledge-base.ts';

/** Entries an entry's page lists of one relation before it links to the whole list. */
const RELATION_PREVIEW_SIZE = 20;

/** Collections whose pages show relation lists that can outgrow a page. */
export type RelationOwnerCollection = 'sources' | 'places' | 'projects' | 'models';
export type RelationOwner = CollectionEntry<RelationOwnerCollection>;

export interface Relation {
  /** The address segment after the owner's address, e.g. "programy". */
  slug: string;
  /** The whole list's heading, e.g. "Programy według modelu: Model kooperacji dla miast". */
  title: string;
  /** What the link to the whole list names, e.g. "programy" in "Zobacz wszystkie programy (1667)". */
  noun: string;
  /** Cards with each entry's summary, or plain links (places, the sources' lists). */
  layout: 'cards' | 'links';
  entries: AnyEntry[];
}

/** What an entry's page shows of a relation. */
export interface RelationPreview {
  entries: AnyEntry[];
  /** Entries in the whole list. */
  total: number;
  noun: string;
  /** The whole list's address, when the preview leaves entries out. */
  allHref?: string;
}

/** Nouns in the accusative plural, for "Zobacz wszystkie …" and the titles of the lists of a source. */
const NOUNS: Record<SectionKey, string> = {
  projects: 'projekty',
  models: 'modele',
  programmes: 'programy',
  trainings: 'szkolenia',
  courses: 'kursy',
  institutions: 'instytucje',
  places: 'miejsca',
  indicators: 'wskaźniki',
  glossary: 'pojęcia',
  sources: 'dokumenty źródłowe',
  guides: 'dokumenty',
};

/** A list of a source: its section's address, except the glossary, whose entries are "pojęcia". */
const SOURCE_LIST_SLUGS: Partial<Record<SectionKey, string>> = { glossary: 'pojecia' };

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl-PL') + text.slice(1);
}

async function buildRelations(owner: RelationOwner): Promise<Relation[]> {
  const kb = await knowledgeBase();
  const title = entryTitle(owner);
  switch (owner.collection) {
    case 'sources': {
      const basedOn = kb.referencedBy(owner);
      return (Object.keys(sections) as SectionKey[]).map((key) => ({
        slug: SOURCE_LIST_SLUGS[key] ?? sections[key].path,
        title: `${capitalised(NOUNS[key])} oparte na dokumencie: ${title}`,
        noun: NOUNS[key],
        layout: 'links',
        entries: basedOn.filter((entry) => entry.collection === key),
      }));
    }
    case 'places':
      return [
        {
          slug: 'miejsca-na-obszarze',
          title: `Miejsca na obszarze: ${title}`,
          noun: 'miejsca na tym obszarze',
          layout: 'links',
          entries: kb.referencing(owner, 'places', 'parent'),
        },
        {
          slug: 'projekty',
          title: `Projekty na obszarze: ${title}`,
          noun: 'projekty',
          layout: 'cards',
          entries: kb.referencing(owner, 'projects', 'territory'),
        },
        { slug: 'programy', title: `Programy na obszarze: ${title}`, noun: 'programy', layout: 'cards', entries: kb.referencing(owner, 'programmes', 'place') },
        {
          slug: 'instytucje',
          title: `Instytucje działające na obszarze: ${title}`,
          noun: 'instytucje',
          layout: 'cards',
          entries: kb.referencing(owner, 'institutions', 'places'),
        },
      ];
    case 'projects':
      return [
        {
          slug: 'modele',
          title: `Modele wypracowane w projekcie: ${title}`,
          noun: 'modele',
          layout: 'cards',
          entries: kb.referencing(owner, 'models', 'project'),
        },
        {
          slug: 'programy',
          title: `Programy przyjęte w ramach projektu: ${title}`,
          noun: 'programy',
          layout: 'cards',
          entries: kb.referencing(owner, 'programmes', 'project'),
        },
        {
          slug: 'szkolenia',
          title: `Szkolenia w projekcie: ${title}`,
          noun: 'szkolenia',
          layout: 'cards',
          entries: kb.referencing(owner, 'trainings', 'project'),
        },
      ];
    case 'models':
      return [
        {
          slug: 'programy',
          title: `Programy według modelu: ${title}`,
          noun: 'programy',
          layout: 'cards',
          entries: kb.referencing(owner, 'programmes', 'model'),
        },
        { slug: 'szkolenia', title: `Szkolenia o modelu: ${title}`, noun: 'szkolenia', layout: 'cards', entries: kb.referencing(owner, 'trainings', 'models') },
      ];
  }
}

// An entry's page and the pages of its lists ask for the same relations: each is worked out once.
const cache = new Map<string, Promise<Relation[]>>();

/** The relation lists of an entry, each sorted as the knowledge base sorts (Polish order of titles). */
function relationsOf(owner: RelationOwner): Promise<Relation[]> {
  const key = `${owner.collection}/${owner.id}`;
  let relations = cache.get(key);
  if (!relations) {
    relations = buildRelations(owner);
    cache.set(key, relations);
  }
  return relations;
}

/** The address of an entry's whole list, e.g. `/zrodla/<id>/programy/`. */
function relationHref(owner: RelationOwner, relation: Pick<Relation, 'slug'>): string {
  return `${entryHref(owner.collection, owner.id)}${relation.slug}/`;
}

function previewOf(owner: RelationOwner, relation: Relation): RelationPreview {
  const { entries, noun } = relation;
  const cut = entries.length > RELATION_PREVIEW_SIZE;
  return {
    entries: cut ? entries.slice(0, RELATION_PREVIEW_SIZE) : entries,
    total: entries.length,
    noun,
    ...(cut ? { allHref: relationHref(owner, relation) } : {}),
  };
}

/** What an entry's page shows of its relation `slug`. */
export async function relationPreview(owner: RelationOwner, slug: string): Promise<RelationPreview> {
  const relation = (await relationsOf(owner)).find((candidate) => candidate.slug === slug);
  if (!relation) throw new Error(`${owner.collection}/${owner.id}: brak listy powiązanych wpisów „${slug}”`);
  return previewOf(owner, relation);
}

/** The previews of every non-empty relation of an entry, in order, with their slugs. */
export async function relationPreviews(owner: RelationOwner): Promise<(RelationPreview & { slug: string; collection: SectionKey | undefined })[]> {
  return (await relationsOf(owner))
    .filter((relation) => relation.entries.length > 0)
    .map((relation) => ({ ...previewOf(owner, relation), slug: relation.slug, collection: relation.entries[0]?.collection }));
}

export interface RelationListProps {
  owner: { title: string; href: string; sectionTitle: string; sectionHref: string };
  relation: Pick<Relation, 'title' | 'layout'>;
  page: ListPage<AnyEntry>;
}

/** `getStaticPaths()` of `/<section>/[id]/[relation]/[...page]`: the lists that outgrow their preview. */
export async function relationListPaths(collection: RelationOwnerCollection) {
  const kb = await knowledgeBase();
  const owners: readonly RelationOwner[] = { sources: kb.sources, places: kb.places, projects: kb.projects, models: kb.models }[collection];
  const paths = [];
  for (const owner of owners) {
    const ownerInfo = {
      title: entryTitle(owner),
      href: entryHref(owner.collection, owner.id),
      sectionTitle: sections[collection].plural,
      sectionHref: sectionHref(collection),
    };
    for (const relation of await relationsOf(owner)) {
      if (relation.entries.length <= RELATION_PREVIEW_SIZE) continue;
      for (const path of listPagePaths(relation.entries, relationHref(owner, relation), { id: owner.id, relation: relation.slug })) {
        const props: RelationListProps = { owner: ownerInfo, relation: { title: relation.title, layout: relation.layout }, page: path.props.page };
        paths.push({ params: path.params, props });
      }
    }
  }
  return paths;
}

/**
 * The knowledge base as pages see it: every collection queried once, sorted the Polish way, with
 * references resolved and back-links indexed. Components ask this module; none calls
 * `getCollection` itself.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildBacklinks, entryKey, findDanglingReferences, orderedLookup, type Backlink, type GraphEntry } from '../lib/knowledge-graph.ts';
import { collectionNames } from '../schemas/collections.ts';

/** Collections whose entries are documents with status, version and history of changes. */
export const documentCollections = ['projects', 'models', 'programmes', 'trainings', 'courses', 'institutions', 'places'] as const;
export type DocumentCollection = (typeof documentCollections)[number];
export type DocumentEntry = { [C in DocumentCollection]: CollectionEntry<C> }[DocumentCollection];

export type AnyEntry = { [C in CollectionKey]: CollectionEntry<C> }[CollectionKey];
export type Ref<C extends CollectionKey = CollectionKey> = { collection: C; id: string };

const polishOrder = new Intl.Collator('pl-PL');

/** The name an entry goes by in lists and links. */
export function entryTitle(entry: AnyEntry): string {
  switch (entry.collection) {
    case 'indicators':
      return entry.data.label;
    case 'glossary':
      return entry.data.term;
    case 'places':
      return entry.data.title;
    default:
      return entry.data.title;
  }
}

function sortByTitle<E extends AnyEntry>(entries: E[]): E[] {
  return [...entries].sort((a, b) => polishOrder.compare(entryTitle(a), entryTitle(b)));
}

async function load() {
  const [projects, models, programmes, trainings, courses, institutions, places, indicators, glossary, sources] = await Promise.all([
    getCollection('projects'),
    getCollection('models'),
    getCollection('programmes'),
    getCollection('trainings'),
    getCollection('courses'),
    getCollection('institutions'),
    getCollection('places'),
    getCollection('indicators'),
    getCollection('glossary'),
    getCollection('sources'),
  ]);
  const all: AnyEntry[] = [...projects, ...models, ...programmes, ...trainings, ...courses, ...institutions, ...places, ...indicators, ...glossary, ...sources];
  const graphEntries: GraphEntry[] = all.map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data }));
  const names = new Set<string>(collectionNames);

  const dangling = findDanglingReferences(graphEntries, names);
  if (dangling.length > 0) {
    const lines = dangling.map(
      ({ from, reference }) => `${from.collection}/${from.id}: ${reference.path.join('.')} → ${reference.collection}/${reference.id} (brak takiego wpisu)`,
    );
    throw new Error(`Nierozwiązane odwołania między wpisami:\n${lines.join('\n')}`);
  }

  const byKey = new Map(all.map((entry) => [entryKey(entry.collection, entry.id), entry]));
  const backlinks = buildBacklinks(graphEntries, names);

  function get<C extends CollectionKey>(reference: Ref<C>): CollectionEntry<C> {
    const entry = byKey.get(entryKey(reference.collection, reference.id));
    if (!entry) throw new Error(`Brak wpisu ${reference.collection}/${reference.id}`);
    return entry as CollectionEntry<C>;
  }

  const inTitleOrder = orderedLookup(sortByTitle(all), (entry) => entryKey(entry.collection, entry.id));

  /** Entries of `collection` that refer to `target`, optionally only through `field`. */
  function referencing<C extends CollectionKey>(target: Ref, collection: C, field?: string): CollectionEntry<C>[] {
    const links: Backlink[] = backlinks.get(entryKey(target.collection, target.id)) ?? [];
    const keys = links.filter((link) => link.collection === collection && (!field || link.field === field)).map((link) => entryKey(link.collection, link.id));
    return inTitleOrder(keys) as CollectionEntry<C>[];
  }

  /** Every entry that refers to `target`, through any field. */
  function referencedBy(target: Ref): AnyEntry[] {
    const links: Backlink[] = backlinks.get(entryKey(target.collection, target.id)) ?? [];
    return inTitleOrder(links.map((link) => entryKey(link.collection, link.id)));
  }

  return {
    projects: sortByTitle(projects),
    models: sortByTitle(models),
    programmes: sortByTitle(programmes),
    trainings: sortByTitle(trainings),
    courses: sortByTitle(courses),
    institutions: sortByTitle(institutions),
    places: sortByTitle(places),
    indicators,
    glossary: sortByTitle(glossary),
    sources,
    all,
    get,
    getAll<C extends CollectionKey>(references: readonly Ref<C>[]): CollectionEntry<C>[] {
      return references.map((reference) => get(reference));
    },
    referencing,
    referencedBy,
    /** All documents (entries with editorial metadata), in collection order. */
    documents: [...projects, ...models, ...programmes, ...trainings, ...courses, ...institutions, ...places] as DocumentEntry[],
  };
}

export type KnowledgeBase = Awaited<ReturnType<typeof load>>;

let loading: Promise<KnowledgeBase> | undefined;

/** The shared, loaded-once knowledge base. */
export function knowledgeBase(): Promise<KnowledgeBase> {
  loading ??= load();
  return loading;
}

/**
 * The knowledge base as pages see it: every collection of the table queried once (guidance
 * documents, gathered from their versions, come from ./guides.ts), in its order
 * (by name the Polish way, or as written), with references resolved and back-links indexed.
 * Components ask this module; none calls `getCollection` itself.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { AnyEntry, DocumentEntry, Ref } from '../collections/entries.ts';
import { buildBacklinks, entryKey, findDanglingReferences, orderedLookup, type Backlink, type GraphEntry } from '../lib/knowledge-graph.ts';
import { contentTypes, documentTypeNames, entryTypeNames, type ContentTypeName, type EntryTypeName } from '../collections/table.ts';

const polishOrder = new Intl.Collator('pl-PL');

/** The name an entry goes by in lists and links (the field the table names for its type). */
export function entryTitle(entry: AnyEntry): string {
  return (entry.data as unknown as Record<string, string>)[contentTypes[entry.collection].titleField]!;
}

function sortByTitle<E extends AnyEntry>(entries: E[]): E[] {
  return [...entries].sort((a, b) => polishOrder.compare(entryTitle(a), entryTitle(b)));
}

type EntriesByType = { [N in EntryTypeName]: CollectionEntry<N>[] };

async function load() {
  const loaded = await Promise.all(entryTypeNames.map((name) => getCollection(name) as Promise<AnyEntry[]>));
  const all: AnyEntry[] = loaded.flat();
  const graphEntries: GraphEntry[] = all.map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data }));
  const names = new Set<string>(entryTypeNames);

  // The content rules stop the build before this; kept so a page can never render a broken link.
  const dangling = findDanglingReferences(graphEntries, names);
  if (dangling.length > 0) {
    const lines = dangling.map(
      ({ from, reference }) => `${from.collection}/${from.id}: ${reference.path.join('.')} → ${reference.collection}/${reference.id} (brak takiego wpisu)`,
    );
    throw new Error(`Nierozwiązane odwołania między wpisami:\n${lines.join('\n')}`);
  }

  const byKey = new Map(all.map((entry) => [entryKey(entry.collection, entry.id), entry]));
  const backlinks = buildBacklinks(graphEntries, names);
  const byType = Object.fromEntries(
    entryTypeNames.map((name, index) => [name, contentTypes[name].order === 'title' ? sortByTitle(loaded[index]!) : loaded[index]!]),
  ) as EntriesByType;

  function get<C extends CollectionKey>(reference: Ref<C>): CollectionEntry<C> {
    const entry = byKey.get(entryKey(reference.collection, reference.id));
    if (!entry) throw new Error(`Brak wpisu ${reference.collection}/${reference.id}`);
    return entry as CollectionEntry<C>;
  }

  const inTitleOrder = orderedLookup(sortByTitle(all), (entry) => entryKey(entry.collection, entry.id));

  /** Entries of `collection` that refer to `target`, optionally only through `field`, by name. */
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
    ...byType,
    /** The entries of one type, in its order. */
    entriesOf(type: ContentTypeName): AnyEntry[] {
      return (byType as Partial<Record<ContentTypeName, AnyEntry[]>>)[type] ?? [];
    },
    all,
    get,
    /** The entry a reference names, or undefined when there is none. */
    find(reference: { collection: string; id: string }): AnyEntry | undefined {
      return byKey.get(entryKey(reference.collection, reference.id));
    },
    getAll<C extends CollectionKey>(references: readonly Ref<C>[]): CollectionEntry<C>[] {
      return references.map((reference) => get(reference));
    },
    referencing,
    referencedBy,
    /** All documents (entries with editorial metadata), in the table's order. */
    documents: documentTypeNames.flatMap((name) => byType[name] as unknown as DocumentEntry[]),
  };
}

export type KnowledgeBase = Awaited<ReturnType<typeof load>>;

let loading: Promise<KnowledgeBase> | undefined;

/** The shared, loaded-once knowledge base. */
export function knowledgeBase(): Promise<KnowledgeBase> {
  loading ??= load();
  return loading;
}

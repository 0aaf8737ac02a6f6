/**
 * Cross-links generated from the data: every reference from one entry to another is also a
 * link back. A project naming an institution as partner makes the institution's page list the
 * project, without anyone writing that list by hand.
 */
import { findReferences } from './references.ts';

export interface GraphEntry {
  collection: string;
  id: string;
  data: unknown;
}

/** An entry that refers to the one being looked at, and the top-level field it does so in. */
export interface Backlink {
  collection: string;
  id: string;
  field: string;
}

export function entryKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** For every referenced entry, the entries referring to it, in input order, each field once. */
export function buildBacklinks(entries: readonly GraphEntry[], collections: ReadonlySet<string>): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const reference of findReferences(entry.data, collections)) {
      const field = String(reference.path[0] ?? '');
      const target = entryKey(reference.collection, reference.id);
      const dedupe = `${target}|${field}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const list = backlinks.get(target) ?? [];
      list.push({ collection: entry.collection, id: entry.id, field });
      backlinks.set(target, list);
    }
  }
  return backlinks;
}

/** References that point at no known entry: a safety net behind the pre-build validator. */
export function findDanglingReferences(entries: readonly GraphEntry[], collections: ReadonlySet<string>) {
  const known = new Set(entries.map((entry) => entryKey(entry.collection, entry.id)));
  return entries.flatMap((entry) =>
    findReferences(entry.data, collections)
      .filter((reference) => !known.has(entryKey(reference.collection, reference.id)))
      .map((reference) => ({ from: entry, reference })),
  );
}

/**
 * Looks entries up by key and returns them in the order of `ordered` (say, by title), each once;
 * unknown keys are left out. Each entry's place is worked out once, so a lookup costs the length
 * of its own list rather than a pass over every entry of the site, which every page would pay.
 */
export function orderedLookup<E>(ordered: readonly E[], keyOf: (entry: E) => string): (keys: Iterable<string>) => E[] {
  const places = new Map(ordered.map((entry, place) => [keyOf(entry), { entry, place }]));
  return (keys) =>
    [...new Set(keys)]
      .map((key) => places.get(key))
      .filter((found) => found !== undefined)
      .sort((a, b) => a.place - b.place)
      .map(({ entry }) => entry);
}

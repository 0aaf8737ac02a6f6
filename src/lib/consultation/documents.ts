/**
 * Guidance documents assembled from their version files: entry ids `<document>/<version>` grouped
 * by document, versions in order, the newest one the build publishes as the current text.
 */

export interface VersionedEntry {
  id: string;
  data: { version: number };
}

export interface GuideDocument<E extends VersionedEntry> {
  /** The document's id, the folder name, e.g. `poradnik-wdrazania-modelu-kooperacji-dla-miast`. */
  id: string;
  /** Every version the build publishes, oldest first. */
  versions: E[];
  /** The newest of them: the text at the document's own address. */
  current: E;
}

/** `poradnik/2` → `poradnik`. */
export function documentIdOf(entryId: string): string {
  const slash = entryId.indexOf('/');
  if (slash < 1) throw new Error(`Identyfikator wersji dokumentu ma postać „dokument/numer”; otrzymano „${entryId}”`);
  return entryId.slice(0, slash);
}

export function groupVersions<E extends VersionedEntry>(entries: readonly E[]): GuideDocument<E>[] {
  const byDocument = new Map<string, E[]>();
  for (const entry of entries) {
    const id = documentIdOf(entry.id);
    byDocument.set(id, [...(byDocument.get(id) ?? []), entry]);
  }
  return [...byDocument.entries()]
    .map(([id, versions]) => {
      const ordered = [...versions].sort((a, b) => a.data.version - b.data.version);
      return { id, versions: ordered, current: ordered[ordered.length - 1]! };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every pair of versions (older, newer) a reader can compare, newest pairs first. */
export function versionPairs(versions: readonly number[]): [number, number][] {
  const sorted = [...versions].sort((a, b) => b - a);
  const pairs: [number, number][] = [];
  for (const newer of sorted) {
    for (const older of sorted) if (older < newer) pairs.push([older, newer]);
  }
  return pairs;
}

/** Finding references between entries in parsed content and explaining the ones that lead nowhere. */

export interface FoundReference {
  /** Path of the field holding the reference, e.g. `['partners', 1]`. */
  path: PropertyKey[];
  collection: string;
  id: string;
}

/**
 * Walks parsed entry data and returns every `{ collection, id }` object whose collection is one of
 * `collections`: the shape Astro's `reference()` produces.
 */
export function findReferences(data: unknown, collections: ReadonlySet<string>, path: PropertyKey[] = []): FoundReference[] {
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, collections, [...path, index]));
  const record = data as Record<string, unknown>;
  if (typeof record.collection === 'string' && typeof record.id === 'string' && collections.has(record.collection)) {
    return [{ path, collection: record.collection, id: record.id }];
  }
  return Object.entries(record).flatMap(([key, value]) => findReferences(value, collections, [...path, key]));
}

/** Edit distance, used to suggest the id an editor probably meant. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The closest known id when it is close enough to be a typo (at most two edits);
 * undefined otherwise, because a wrong guess misleads more than no guess.
 */
export function suggestId(wanted: string, known: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(wanted, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= 2 ? best.id : undefined;
}

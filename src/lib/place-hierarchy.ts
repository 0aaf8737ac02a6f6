/** Where a place lies, as far as the sources state it through `parent`. */

export interface PlaceInHierarchy {
  type: 'wojewodztwo' | 'powiat' | 'gmina';
  parent?: string | undefined;
}

/** Id of the województwo a place lies in: itself, or the first województwo up its parent chain. */
export function voivodeshipOf(placeId: string, places: ReadonlyMap<string, PlaceInHierarchy>): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = placeId;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const place = places.get(current);
    if (!place) return undefined;
    if (place.type === 'wojewodztwo') return current;
    current = place.parent;
  }
  return undefined;
}

/**
 * Search filters of a page (pagefind `data-pagefind-filter`): content type, document status and
 * the województwa an entry concerns. Pure: pages hand in the few ids it needs, nothing is loaded.
 */
import { documentStatuses, type DocumentStatus } from './vocabulary.ts';
import { voivodeshipOf } from './place-hierarchy.ts';

/** Names of the filters, as they appear in the index and in the search page's address. */
export const SEARCH_FILTER_NAMES = ['typ', 'wojewodztwo', 'status'] as const;
export type SearchFilterName = (typeof SEARCH_FILTER_NAMES)[number];

/** What the search UI calls each filter. */
export const SEARCH_FILTER_LABELS: Record<SearchFilterName, string> = {
  typ: 'Rodzaj treści',
  wojewodztwo: 'Województwo',
  status: 'Status dokumentu',
};

export interface FacetPlace {
  /** Name without the type, e.g. "podlaskie". */
  name: string;
  type: 'wojewodztwo' | 'powiat' | 'gmina';
  parent?: string;
}

/** The places of the site by id, as the województwo facet needs them. */
export type FacetPlaces = ReadonlyMap<string, FacetPlace>;

export interface FacetEntry {
  collection: string;
  id: string;
}

/** An entry as the facet walks it: a place itself, or the entries its place-bearing fields refer to. */
export type FacetStep = { place: string } | { next: readonly FacetEntry[] };

/**
 * Ids of the places an entry concerns: the entry itself when it is a place, else the places its
 * references lead to, followed through other entries (a model → its project → the project's
 * territory). Each entry is visited once, so a loop of references ends.
 */
export function placesConcerned(start: FacetEntry, step: (entry: FacetEntry) => FacetStep | undefined): string[] {
  const places: string[] = [];
  const seen = new Set<string>();
  const queue: FacetEntry[] = [start];
  while (queue.length > 0) {
    const entry = queue.shift()!;
    const key = `${entry.collection}/${entry.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = step(entry);
    if (!found) continue;
    if ('place' in found) places.push(found.place);
    else queue.push(...found.next);
  }
  return places;
}

const polishOrder = new Intl.Collator('pl-PL');

/** Distinct województwa of some places, in Polish alphabetical order. */
export function voivodeshipsOf(placeIds: readonly string[], places: FacetPlaces): string[] {
  const names = new Set<string>();
  for (const id of placeIds) {
    const voivodeship = voivodeshipOf(id, places);
    const name = voivodeship === undefined ? undefined : places.get(voivodeship)?.name;
    if (name) names.add(name);
  }
  return [...names].sort(polishOrder.compare);
}

export interface PageFilterInput {
  /** The page's type label, e.g. "Projekt"; the filter value is its lower-case form ("projekt"). */
  typeLabel: string;
  status?: DocumentStatus;
  wojewodztwo?: readonly string[];
}

/** The filter name/value pairs a page emits for the index, in a stable order. */
export function pageSearchFilters(input: PageFilterInput): [SearchFilterName, string][] {
  const pairs: [SearchFilterName, string][] = [['typ', input.typeLabel.toLocaleLowerCase('pl-PL')]];
  for (const name of input.wojewodztwo ?? []) pairs.push(['wojewodztwo', name]);
  if (input.status) pairs.push(['status', documentStatuses[input.status]]);
  return pairs;
}

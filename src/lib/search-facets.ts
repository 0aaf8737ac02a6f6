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

/** The parts of the knowledge base the województwo facet needs, keyed by entry id. */
export interface FacetGraph {
  places: ReadonlyMap<string, FacetPlace>;
  /** Project id → ids of the places of its territory. */
  projectTerritory: ReadonlyMap<string, readonly string[]>;
}

/** What the page is about, with the references that lead to places. */
export type FacetSubject =
  | { collection: 'projects'; territory: readonly string[] }
  | { collection: 'models' | 'trainings'; project: string }
  | { collection: 'institutions'; places?: readonly string[] }
  | { collection: 'places'; id: string }
  | { collection: 'programmes'; place: string };

const polishOrder = new Intl.Collator('pl-PL');

/** Distinct województwa of some places, in Polish alphabetical order. */
export function voivodeshipsOf(placeIds: readonly string[], places: FacetGraph['places']): string[] {
  const names = new Set<string>();
  for (const id of placeIds) {
    const voivodeship = voivodeshipOf(id, places);
    const name = voivodeship === undefined ? undefined : places.get(voivodeship)?.name;
    if (name) names.add(name);
  }
  return [...names].sort(polishOrder.compare);
}

/** Names of the województwa an entry concerns; empty when the sources name none. */
export function voivodeshipsFor(subject: FacetSubject, graph: FacetGraph): string[] {
  switch (subject.collection) {
    case 'projects':
      return voivodeshipsOf(subject.territory, graph.places);
    case 'models':
    case 'trainings':
      return voivodeshipsOf(graph.projectTerritory.get(subject.project) ?? [], graph.places);
    case 'institutions':
      return voivodeshipsOf(subject.places ?? [], graph.places);
    case 'places':
      return voivodeshipsOf([subject.id], graph.places);
    case 'programmes':
      return voivodeshipsOf([subject.place], graph.places);
  }
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

/**
 * The województwa filter of a page, from the table's `placeFields`: a place is itself, other
 * entries lead to places through their references (src/lib/search-facets.ts walks them).
 */
import { placesConcerned, voivodeshipsOf, type FacetEntry, type FacetPlace, type FacetStep } from '../lib/search-facets.ts';
import type { ContentTypeRow } from '../collections/row.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from '../collections/table.ts';
import type { AnyEntry } from '../collections/entries.ts';
import { knowledgeBase, type KnowledgeBase } from './knowledge-base.ts';

/** The type whose entries are places. */
const PLACE_TYPE = contentTypeNames.find((name) => (contentTypes[name] as ContentTypeRow).placeFields === 'self');

function isTypeName(name: string): name is ContentTypeName {
  return Object.hasOwn(contentTypes, name);
}

/** References held by a field: one, a list of them, or none. */
function referencesIn(value: unknown): FacetEntry[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is FacetEntry => typeof item === 'object' && item !== null && 'collection' in item && 'id' in item);
}

function stepper(kb: KnowledgeBase): (entry: FacetEntry) => FacetStep | undefined {
  return (ref) => {
    if (!isTypeName(ref.collection)) return undefined;
    const spec = (contentTypes[ref.collection] as { placeFields?: 'self' | readonly string[] }).placeFields;
    if (spec === 'self') return { place: ref.id };
    if (!spec) return undefined;
    const entry = kb.find(ref);
    if (!entry) return undefined;
    const data = entry.data as Record<string, unknown>;
    return { next: spec.flatMap((field) => referencesIn(data[field])) };
  };
}

let places: Promise<ReadonlyMap<string, FacetPlace>> | undefined;

function placeMap(kb: KnowledgeBase): Promise<ReadonlyMap<string, FacetPlace>> {
  places ??= Promise.resolve(
    new Map(
      (PLACE_TYPE ? (kb.entriesOf(PLACE_TYPE) as AnyEntry[]) : []).map((place) => {
        const data = place.data as { name: string; type: FacetPlace['type']; parent?: { id: string } };
        return [place.id, { name: data.name, type: data.type, ...(data.parent ? { parent: data.parent.id } : {}) }];
      }),
    ),
  );
  return places;
}

/** The names of the województwa an entry concerns, for its page's search filter. */
export async function voivodeshipFilter(entry: AnyEntry): Promise<string[]> {
  const kb = await knowledgeBase();
  return voivodeshipsOf(placesConcerned(entry, stepper(kb)), await placeMap(kb));
}

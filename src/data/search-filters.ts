/** Feeds the pure search-facet rules (src/lib/search-facets.ts) from the knowledge base. */
import { voivodeshipsFor, type FacetGraph, type FacetSubject } from '../lib/search-facets.ts';
import { knowledgeBase, type DocumentEntry } from './knowledge-base.ts';

let graph: Promise<FacetGraph> | undefined;

function facetGraph(): Promise<FacetGraph> {
  graph ??= knowledgeBase().then((kb) => ({
    places: new Map(kb.places.map((place) => [place.id, { name: place.data.name, type: place.data.type, parent: place.data.parent?.id }])),
    projectTerritory: new Map(kb.projects.map((project) => [project.id, project.data.territory.map((ref) => ref.id)])),
  }));
  return graph;
}

function subjectOf(entry: Exclude<DocumentEntry, { collection: 'courses' }>): FacetSubject {
  switch (entry.collection) {
    case 'projects':
      return { collection: 'projects', territory: entry.data.territory.map((ref) => ref.id) };
    case 'models':
    case 'trainings':
      return { collection: entry.collection, project: entry.data.project.id };
    case 'institutions':
      return { collection: 'institutions', places: entry.data.places?.map((ref) => ref.id) };
    case 'places':
      return { collection: 'places', id: entry.id };
    case 'programmes':
      return { collection: 'programmes', place: entry.data.place.id };
  }
}

/** The województwa filter values of a document page; a course's are those of its trainings. */
export async function voivodeshipFilter(entry: DocumentEntry): Promise<string[]> {
  if (entry.collection === 'courses') {
    const kb = await knowledgeBase();
    const perTraining = await Promise.all(kb.getAll(entry.data.trainings).map((training) => voivodeshipFilter(training)));
    return [...new Set(perTraining.flat())].sort();
  }
  return voivodeshipsFor(subjectOf(entry), await facetGraph());
}

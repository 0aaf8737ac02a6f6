/**
 * Astro's content collections, built from the table in `src/schemas/collections.ts`.
 * Files live in the top-level `content/` folder; see README, "Jak dodać treść".
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionDefinitions as c, CONTENT_ROOT, type DocumentCollection, type ListCollection } from './schemas/collections.ts';
import type { ReferenceTo } from './schemas/fields.ts';

const referenceTo = reference as unknown as ReferenceTo;

function documents(definition: DocumentCollection) {
  return glob({
    pattern: '*.mdx',
    base: `./${CONTENT_ROOT}/${definition.folder}`,
    // The file name is the address; Astro's default would also honour a `slug` field.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
}

function list(definition: ListCollection) {
  return file(`./${CONTENT_ROOT}/${definition.file}`);
}

export const collections = {
  projects: defineCollection({ loader: documents(c.projects), schema: c.projects.schema(referenceTo) }),
  models: defineCollection({ loader: documents(c.models), schema: c.models.schema(referenceTo) }),
  programmes: defineCollection({ loader: documents(c.programmes), schema: c.programmes.schema(referenceTo) }),
  trainings: defineCollection({ loader: documents(c.trainings), schema: c.trainings.schema(referenceTo) }),
  institutions: defineCollection({ loader: documents(c.institutions), schema: c.institutions.schema(referenceTo) }),
  places: defineCollection({ loader: documents(c.places), schema: c.places.schema(referenceTo) }),
  indicators: defineCollection({ loader: list(c.indicators), schema: c.indicators.schema(referenceTo) }),
  glossary: defineCollection({ loader: list(c.glossary), schema: c.glossary.schema(referenceTo) }),
  sources: defineCollection({ loader: list(c.sources), schema: c.sources.schema(referenceTo) }),
};

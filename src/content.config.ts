/**
 * Astro's content collections, built from the table in `src/schemas/collections.ts`.
 * Files live in the top-level `content/` folder; see README, "Jak dodać treść".
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { draftsIncluded, isPublished } from './lib/publication.ts';
import {
  collectionDefinitions as c,
  CONTENT_ROOT,
  PAGE_FILE_GLOB,
  type DocumentCollection,
  type ListCollection,
  type VersionedCollection,
} from './schemas/collections.ts';
import type { ReferenceTo } from './schemas/fields.ts';

const referenceTo = reference as unknown as ReferenceTo;
const includeDrafts = draftsIncluded(process.env);

/**
 * Drafts never reach the data store of a public build, so no page, list, feed, search entry or
 * data file can show them: the loader's writes of draft entries are dropped at the source.
 */
function publishedOnly(loader: Loader): Loader {
  if (includeDrafts) return loader;
  return {
    ...loader,
    load: (context) => {
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          // An entry cached by an earlier preview build must not be reused as if it were published.
          if (property === 'get') {
            return (id: string) => {
              const cached = target.get(id);
              if (cached === undefined || isPublished(cached.data, false)) return cached;
              target.delete(id);
              return undefined;
            };
          }
          if (property === 'set') {
            return (entry: { id: string; data: unknown }) => {
              if (isPublished(entry.data, false)) return target.set(entry as Parameters<typeof target.set>[0]);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      return loader.load({ ...context, store });
    },
  };
}

/**
 * Markdown and MDX files under the collection's folder, the path without its extension as the id:
 * `rops-bialystok` for a document, `<document>/<version>` for a version of a guidance document.
 * The file name is the address; Astro's default would also honour a `slug` field.
 */
function pageFiles(definition: DocumentCollection | VersionedCollection) {
  return publishedOnly(
    glob({
      pattern: definition.storage === 'versioned' ? `*/${PAGE_FILE_GLOB}` : PAGE_FILE_GLOB,
      base: `./${CONTENT_ROOT}/${definition.folder}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
  );
}

function list(definition: ListCollection) {
  return file(`./${CONTENT_ROOT}/${definition.file}`);
}

export const collections = {
  projects: defineCollection({ loader: pageFiles(c.projects), schema: c.projects.schema(referenceTo) }),
  models: defineCollection({ loader: pageFiles(c.models), schema: c.models.schema(referenceTo) }),
  programmes: defineCollection({ loader: pageFiles(c.programmes), schema: c.programmes.schema(referenceTo) }),
  trainings: defineCollection({ loader: pageFiles(c.trainings), schema: c.trainings.schema(referenceTo) }),
  courses: defineCollection({ loader: pageFiles(c.courses), schema: c.courses.schema(referenceTo) }),
  institutions: defineCollection({ loader: pageFiles(c.institutions), schema: c.institutions.schema(referenceTo) }),
  places: defineCollection({ loader: pageFiles(c.places), schema: c.places.schema(referenceTo) }),
  guides: defineCollection({ loader: pageFiles(c.guides), schema: c.guides.schema(referenceTo) }),
  indicators: defineCollection({ loader: list(c.indicators), schema: c.indicators.schema(referenceTo) }),
  glossary: defineCollection({ loader: list(c.glossary), schema: c.glossary.schema(referenceTo) }),
  sources: defineCollection({ loader: list(c.sources), schema: c.sources.schema(referenceTo) }),
};

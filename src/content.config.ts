/**
 * Astro's content collections, built from the table in `src/collections/table.ts`.
 * Files live in the top-level `content/` folder; see README, "Jak dodać treść".
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { draftsIncluded, isPublished } from './lib/publication.ts';
import { CONTENT_ROOT } from './collections/files.ts';
import { contentTypeNames, contentTypes, type ContentTypeName, type ContentTypeRow } from './collections/table.ts';
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
 * Markdown and MDX files under the type's folder, the path without its extension as the id:
 * `rops-bialystok` for a document, `<document>/<version>` for a version of a guidance document.
 * The file name is the address; Astro's default would also honour a `slug` field.
 */
function pageFiles(row: ContentTypeRow) {
  return publishedOnly(
    glob({
      pattern: row.storage === 'versioned' ? '*/*.{md,mdx}' : '*.{md,mdx}',
      base: `./${CONTENT_ROOT}/${row.location}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
  );
}

function collectionOf(row: ContentTypeRow) {
  return defineCollection({
    loader: row.storage === 'list' ? file(`./${CONTENT_ROOT}/${row.location}`) : pageFiles(row),
    schema: row.schema(referenceTo),
  });
}

/** Each type's collection, typed with its own schema so `CollectionEntry<'projects'>` knows a project's fields. */
type Collections = { [N in ContentTypeName]: Omit<ReturnType<typeof collectionOf>, 'schema'> & { schema: ReturnType<(typeof contentTypes)[N]['schema']> } };

export const collections = Object.fromEntries(contentTypeNames.map((name) => [name, collectionOf(contentTypes[name])])) as Collections;

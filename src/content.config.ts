/**
 * Astro's content collections, one per row of the table in `src/collections/table.ts`. Files
 * live in the top-level `content/` folder (docs/EDITING.md); they are read once, by these
 * loaders, and checked by the content rules before any page is built (src/pipeline/).
 */
import { defineCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { contentTypeNames, contentTypes, type ContentTypeName } from './collections/table.ts';
import { draftsIncluded } from './lib/publication.ts';
import { contentLoaders } from './pipeline/astro-loaders.ts';
import { referenceById } from './schemas/fields.ts';

// Building a zod schema costs far more than using it: each is built once.
const schemas = new Map(contentTypeNames.map((name) => [name, contentTypes[name].schema(referenceById)]));
const loaders = contentLoaders({ root: fileURLToPath(new URL('..', import.meta.url)), includeDrafts: draftsIncluded(process.env), schemas });

/** Each type's collection, typed with its own schema, so an entry of the type knows its fields. */
type Collections = {
  [N in ContentTypeName]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: ReturnType<(typeof contentTypes)[N]['schema']> };
};

export const collections = Object.fromEntries(
  contentTypeNames.map((name) => [name, defineCollection({ loader: loaders[name], schema: schemas.get(name)! })]),
) as Collections;

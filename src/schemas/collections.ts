/**
 * The content model in one table: every collection, where its files live under `content/` and
 * its schema. `src/content.config.ts` builds Astro's collections from it and the pre-build
 * validator reads the same table, so the two cannot disagree.
 */
import type { z } from 'astro/zod';
import { courseSchema } from './course.ts';
import type { ReferenceTo } from './fields.ts';
import { glossaryTermSchema } from './glossary-term.ts';
import { guideVersionSchema } from './guide.ts';
import { indicatorSchema } from './indicator.ts';
import { institutionSchema } from './institution.ts';
import { modelSchema } from './model.ts';
import { placeSchema } from './place.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema } from './project.ts';
import { sourceSchema } from './source.ts';
import { trainingSchema } from './training.ts';

/**
 * A folder of pages, one entry per file; the file name without its extension is the id. Plain
 * prose is Markdown (`.md`), which Astro renders once into its content store; a text that uses
 * components (`<Cite>`, tables of figures…) is MDX (`.mdx`), compiled into a module per file by
 * the bundler, which costs build time and memory per page.
 */
export interface DocumentCollection {
  storage: 'documents';
  folder: string;
  schema: (reference: ReferenceTo) => z.ZodType;
}

/**
 * A folder per document, one file per version: `<folder>/<document>/<version>.mdx` (or `.md`). The entry
 * id is `<document>/<version>`; each version keeps its own page.
 */
export interface VersionedCollection {
  storage: 'versioned';
  folder: string;
  schema: (reference: ReferenceTo) => z.ZodType;
}

/** One YAML file holding a list of entries, each with an `id`. */
export interface ListCollection {
  storage: 'list';
  file: string;
  schema: (reference: ReferenceTo) => z.ZodType;
}

export type CollectionDefinition = DocumentCollection | VersionedCollection | ListCollection;

/** Folder holding all content, relative to the project root. */
export const CONTENT_ROOT = 'content';

/** A page file's name: `<id>.md` or `<id>.mdx`. */
const PAGE_FILE = /^(.*)\.mdx?$/;

/** The id part of a page file's name (`rops-bialystok.md` → `rops-bialystok`); null for any other file. */
export function pageFileStem(name: string): string | null {
  return PAGE_FILE.exec(name)?.[1] ?? null;
}

/** Globs and id for Astro's loader: every `.md` and `.mdx` file, the path without extension as the id. */
export const PAGE_FILE_GLOB = '*.{md,mdx}';

export const collectionDefinitions = {
  projects: { storage: 'documents', folder: 'projects', schema: projectSchema },
  models: { storage: 'documents', folder: 'models', schema: modelSchema },
  programmes: { storage: 'documents', folder: 'programmes', schema: programmeSchema },
  trainings: { storage: 'documents', folder: 'trainings', schema: trainingSchema },
  courses: { storage: 'documents', folder: 'courses', schema: courseSchema },
  institutions: { storage: 'documents', folder: 'institutions', schema: institutionSchema },
  places: { storage: 'documents', folder: 'places', schema: placeSchema },
  guides: { storage: 'versioned', folder: 'guides', schema: guideVersionSchema },
  indicators: { storage: 'list', file: 'indicators.yaml', schema: indicatorSchema },
  glossary: { storage: 'list', file: 'glossary.yaml', schema: glossaryTermSchema },
  sources: { storage: 'list', file: 'sources.yaml', schema: (_reference: ReferenceTo) => sourceSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;

export const collectionNames = Object.keys(collectionDefinitions) as CollectionName[];

/**
 * The field holding an entry's former ids (`formerIds` in `fields.ts`): `aliases` in every
 * collection but the glossary, where `aliases` already lists other spellings of a term.
 */
export function formerIdsField(collection: CollectionName): 'aliases' | 'formerIds' {
  return collection === 'glossary' ? 'formerIds' : 'aliases';
}

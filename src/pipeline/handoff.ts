/**
 * What the content layer's reading of `content/` hands to the rest of the build in the same
 * process: the integrations that run after the pages exist (src/integrations/) read it here
 * instead of reading `content/` again.
 */
import { englishEntryHref, hasEnglishPages } from '../collections/languages.ts';
import { entryHref, guideRoutes } from '../collections/routes.ts';
import { contentTypes } from '../collections/table.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { isPublished } from '../lib/publication.ts';
import type { RoundResult } from './content-round.ts';

/** A link in a page's text, followed after the build (src/integrations/body-links.ts). */
export interface BodyLink {
  /** The content file and line it is written in. */
  file: string;
  line: number;
  url: string;
  /** The page the text is on, for links within the page (`#sekcja`). */
  page: string;
}

export interface ContentHandoff {
  /** Entries read and valid. */
  entries: number;
  /** Internal links and anchors written in the texts. */
  bodyLinks: BodyLink[];
  /** The pages at former ids (`aliases`), e.g. `/modele/dawny-id/`: redirects the sitemap leaves out. */
  formerBases: string[];
}

const KEY = Symbol.for('kb.content-handoff');
/**
 * The global under which the content store's collections are handed to the page renderer
 * (src/integrations/data-store-from-disk.ts); a `Symbol.for` key, so generated code can name it.
 */
export const STORE_KEY_NAME = 'kb.content-store';

/** A collection as Astro's store holds it: entry id → stored entry. */
type StoredCollection = ReadonlyMap<string, unknown>;

function pageOf(type: keyof typeof contentTypes, id: string, version: number | undefined): string {
  if (contentTypes[type].storage !== 'versioned') return entryHref(type, id);
  return version === undefined ? guideRoutes.document(documentIdOf(id)) : guideRoutes.version(documentIdOf(id), version);
}

/** Hands the result of a finished reading over. */
export function handOffRound(result: RoundResult, includeDrafts: boolean): void {
  const bodyLinks: BodyLink[] = [];
  const formerBases = new Set<string>();
  for (const entry of result.entries) {
    if (!isPublished(entry.data, includeDrafts)) continue;
    const data = entry.data as Record<string, unknown> & { version?: number };
    const page = pageOf(entry.type, entry.id, data.version);
    for (const link of entry.body?.links ?? []) {
      if ((link.url.startsWith('/') && !link.url.startsWith('//')) || link.url.startsWith('#'))
        bodyLinks.push({ file: entry.file, line: link.line, url: link.url, page });
    }
    const storage = contentTypes[entry.type].storage;
    for (const alias of (data[contentTypes[entry.type].formerIdsField] as string[] | undefined) ?? []) {
      formerBases.add(storage === 'versioned' ? guideRoutes.document(alias) : entryHref(entry.type, alias));
      // An entry with an English page keeps its former English address too.
      if (data.english !== undefined && hasEnglishPages(entry.type)) formerBases.add(englishEntryHref({ collection: entry.type, id: alias }));
    }
  }
  (globalThis as Record<symbol, unknown>)[KEY] = {
    entries: result.entries.filter((entry) => isPublished(entry.data, includeDrafts)).length,
    bodyLinks,
    formerBases: [...formerBases],
  } satisfies ContentHandoff;
}

/** What the last reading handed over, or undefined when content was not read in this process. */
export function contentHandoff(): ContentHandoff | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as ContentHandoff | undefined;
}

/**
 * Hands over one collection as the content layer stored it: the same entry objects, so the page
 * renderer reads the store the sync holds in memory instead of parsing a second copy from disk.
 */
export function handOffCollection(name: string, entries: Iterable<[string, unknown]>): void {
  const global = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(STORE_KEY_NAME);
  const collections = (global[key] ??= new Map<string, StoredCollection>()) as Map<string, StoredCollection>;
  collections.set(name, new Map(entries));
}

/**
 * Astro's content layer as the one reader of `content/`: each type's collection loads through
 * Astro's own `glob()` or `file()` loader, whose file reads, frontmatter, schema parse and store
 * are routed through a ContentRound (./content-round.ts). When the last type has loaded, the
 * content rules run on everything at once and a problem stops the sync, so the build stops
 * before any page exists, with every problem in one Polish report.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { CONTENT_ROOT } from '../collections/files.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from '../collections/table.ts';
import { formatProblemReport } from '../lib/editor-errors.ts';
import { isPublished } from '../lib/publication.ts';
import { ContentRound, pageEntryId } from './content-round.ts';
import { handOffCollection, handOffRound } from './handoff.ts';

/** Where the copies of the source documents are, which `archivedCopy` names. */
const ARCHIVE_FOLDER = 'archive';
const HINT = 'Popraw wskazane pliki i uruchom budowanie ponownie; szybciej sprawdzisz treść poleceniem: npm run validate';

/** Astro hands glob() the content entry types (Markdown, MDX) in its context; the public type omits them. */
interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown>;
  [other: string]: unknown;
}
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * One sync of the content layer: every type's loader reports to it, and the one that loads last
 * runs the rules. Loaders start one by one, so a round ends only when every type has loaded.
 */
class SyncRun {
  round: ContentRound;
  #started = new Set<ContentTypeName>();
  #loaded = new Set<ContentTypeName>();

  constructor(readonly schemas: ReadonlyMap<ContentTypeName, z.ZodType>) {
    this.round = new ContentRound(schemas);
  }

  begin(type: ContentTypeName): void {
    // A type loading again starts a new sync (the dev server's reloads).
    if (this.#started.has(type) || this.#loaded.size === contentTypeNames.length) {
      this.round = new ContentRound(this.schemas);
      this.#started = new Set();
      this.#loaded = new Set();
    }
    this.#started.add(type);
  }

  /** True when this was the last type of the sync to load. */
  end(type: ContentTypeName): boolean {
    this.#loaded.add(type);
    return this.#loaded.size === contentTypeNames.length;
  }

  /**
   * Lets go of what the finished round read: its facts keep every file's text alive (headings
   * are slices of it), which the rest of the build never needs; the handoff keeps what it does.
   */
  release(): void {
    this.round = new ContentRound(this.schemas);
  }
}

export interface PipelineOptions {
  /** The project's root; the loaders take it from Astro's config, the archive is listed under it. */
  root: string;
  includeDrafts: boolean;
  schemas: ReadonlyMap<ContentTypeName, z.ZodType>;
}

function relativeFile(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

function archiveNames(root: string): ReadonlySet<string> {
  try {
    return new Set(readdirSync(path.join(root, CONTENT_ROOT, ARCHIVE_FOLDER)));
  } catch {
    return new Set();
  }
}

/** The loaders of every type, sharing one sync run. */
export function contentLoaders(options: PipelineOptions): Record<ContentTypeName, Loader> {
  const run = new SyncRun(options.schemas);
  return Object.fromEntries(contentTypeNames.map((type) => [type, loaderFor(type, run, options)])) as Record<ContentTypeName, Loader>;
}

function loaderFor(type: ContentTypeName, run: SyncRun, options: PipelineOptions): Loader {
  const row = contentTypes[type];
  const listFile = `${CONTENT_ROOT}/${row.location}`;
  const inner =
    row.storage === 'list'
      ? file(`./${listFile}`, { parser: (text) => run.round.readList(type, listFile, text) as Record<string, unknown>[] })
      : glob({
          // Every file, so one that should not be there is reported rather than ignored.
          pattern: '**/*',
          base: `./${CONTENT_ROOT}/${row.location}`,
          generateId: ({ entry }) =>
            row.storage === 'records' && entry.endsWith('.yaml')
              ? entry.slice(0, -'.yaml'.length)
              : /\.mdx?$/.test(entry)
                ? pageEntryId(entry)
                : `\u0000${entry}`,
        });
  return {
    name: `kb-${type}`,
    load: async (context) => {
      run.begin(type);
      const round = run.round;
      const root = fileURLToPath(context.config.root);
      await inner.load(withRound(context, type, round, root, options.includeDrafts, row.storage === 'records'));
      for (const entry of context.store.values()) {
        if (entry.filePath) round.cached(type, entry.id, entry.filePath, entry.data);
      }
      handOffCollection(context.collection, context.store.entries());
      if (!run.end(type)) return;
      const result = round.finish({ includeDrafts: options.includeDrafts, archive: archiveNames(root) });
      handOffRound(result, options.includeDrafts);
      run.release();
      if (!result.report) return;
      // The dev server keeps running so the editor can fix the file; a build or a check stops.
      if (context.watcher) context.logger.error(result.report);
      else throw new AstroError(formatProblemReport(result.problems, result.knockOns), HINT);
    },
  };
}

/** The loader's context with reads, parses and stores routed through the round. */
function withRound(
  loaderContext: LoaderContext,
  type: ContentTypeName,
  round: ContentRound,
  root: string,
  includeDrafts: boolean,
  records: boolean,
): LoaderContext {
  const context = loaderContext as GlobLoaderContext;
  const entryTypes = new Map<string, EntryType>();
  const pageType = (ext: string) => context.entryTypes.get(ext);
  const routed = (original: EntryType | undefined): EntryType =>
    ({
      ...original,
      getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
        const relative = relativeFile(root, fileURLToPath(fileUrl));
        if (!original) {
          round.strayFile(type, relative);
          return { data: {}, body: '' };
        }
        return round.readPage(type, relative, contents);
      },
    }) as EntryType;
  if (records) {
    // A record type's YAML files are read by the round, not by Astro's data loader, like every other content file.
    entryTypes.set('.yaml', {
      getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) =>
        Promise.resolve(round.readRecord(type, relativeFile(root, fileURLToPath(fileUrl)), contents)),
    });
  } else {
    for (const ext of ['.md', '.mdx']) entryTypes.set(ext, routed(pageType(ext)));
  }
  const entryTypesForAnyFile = overriding(entryTypes, { get: (ext: string) => entryTypes.get(ext) ?? routed(undefined) });
  const store = overriding(context.store, {
    set: (entry) => {
      // A rejected file, or a draft in a public build, never reaches the store: nothing can show it.
      if ((entry.filePath && round.isRejected(entry.filePath)) || round.isFailed(type, entry.id) || !isPublished(entry.data, includeDrafts)) {
        if (!String(entry.id).startsWith('\u0000')) context.store.delete(entry.id);
        return false;
      }
      return context.store.set(entry);
    },
    get: ((id: string) => {
      const cached = context.store.get(id);
      // An entry cached by an earlier preview build must not be reused as if it were published.
      if (cached === undefined || isPublished(cached.data, includeDrafts)) return cached;
      context.store.delete(id);
      return undefined;
    }) as typeof context.store.get,
  });
  // A folder with no files yet is content like any other (a type's first entry is still to come), not a warning.
  const logger = overriding(context.logger, {
    warn: (message) => {
      if (!message.startsWith('No files found matching')) context.logger.warn(message);
    },
  });
  const routedContext: GlobLoaderContext = {
    ...context,
    store,
    logger,
    entryTypes: entryTypesForAnyFile,
    parseData: async ({ id, data, filePath }) => {
      const relative = filePath ? relativeFile(root, filePath) : `${CONTENT_ROOT}/${contentTypes[type].location}`;
      if (round.isRejected(relative)) return data;
      return (round.parse(type, id, relative, data) ?? data) as typeof data;
    },
  };
  return routedContext;
}

/** `target` with some of its methods replaced; every other method is still called on `target` itself. */
function overriding<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(inner, property, receiver) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof T];
      const value = Reflect.get(inner, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
    },
  });
}

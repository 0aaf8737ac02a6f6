/**
 * The search index of a built site (`npm run build`, scripts/build.ts): pagefind run once per part
 * of at most KB_SEARCH_SHARD_PAGES pages (scripts/lib/search-shards.ts), one part after another, and
 * `pagefind/shards.json`, which tells the browser which further parts to merge
 * (src/lib/search-bundles.ts). A site of up to 4 000 pages is one part: `pagefind/` as before.
 *
 * Each run is the pagefind command on a folder that holds only that part's pages, copied at the same
 * paths, so pagefind gives them the same addresses, with a space after each block element's end
 * (scripts/lib/indexed-html.ts: pagefind 1.6 glues their texts together). The command, not
 * pagefind's Node API: the API keeps one indexer process for all its indexes (deleteIndex() leaves
 * its memory taken; measured, the second part of 5 000 pages peaked higher than the first), and
 * close() kills that process without waiting for it, so neither this build nor GNU time in
 * `npm run bench` would see its memory. The command is a child this process waits for.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countPl } from '../../src/lib/plural.ts';
import { SEARCH_BUNDLE, SHARD_MANIFEST, shardBundlePath, shardManifest } from '../../src/lib/search-bundles.ts';
import { withWordBounds } from './indexed-html.ts';
import { indexedPages, splitIntoShards, type BuiltPage } from './search-shards.ts';

const PAGES = { one: 'strona', few: 'strony', many: 'stron' };

export interface SearchIndexOptions {
  /** The most pages in one part. */
  limit: number;
  /** The pagefind command. */
  pagefind: string;
  /** A scratch folder for one part's pages, outside the site; emptied and removed again. */
  scratch: string;
}

export interface SearchIndexSummary {
  /** Pages in the index, as pagefind counted them. */
  pages: number;
  /** Bundles written: `pagefind/` and any `pagefind/shards/N/`. */
  parts: number;
}

/** Every HTML page of the built site, with whether it marks content for the index. */
function builtPages(site: string, directory = ''): BuiltPage[] {
  return readdirSync(path.join(site, directory), { withFileTypes: true }).flatMap((entry): BuiltPage[] => {
    const file = directory ? `${directory}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return builtPages(site, file);
    if (!entry.name.endsWith('.html')) return [];
    return [{ file, hasBody: readFileSync(path.join(site, file), 'utf8').includes('data-pagefind-body') }];
  });
}

/** `files` of `site` at the same paths under `folder`, as pagefind is to read them; the site's own files stay as built. */
function placePages(site: string, files: readonly string[], folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(folder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, withWordBounds(readFileSync(path.join(site, file), 'utf8')));
  }
}

/** The bundle's folder on disk for a site address such as `/pagefind/shards/2/`. */
function bundleFolder(site: string, address: string): string {
  return path.join(site, ...address.split('/').filter(Boolean));
}

/** What a merged bundle needs: the browser searches it with the first bundle's script and WebAssembly. */
const MERGED_BUNDLE_FILES = /^(pagefind-entry\.json|.*\.pf_meta|fragment|index|filter)$/;

/** Removes from a further bundle the copies of pagefind's scripts, styles and WebAssembly it never serves. */
function keepIndexOnly(folder: string): void {
  for (const name of readdirSync(folder)) if (!MERGED_BUNDLE_FILES.test(name)) rmSync(path.join(folder, name), { recursive: true, force: true });
}

/** Pages in a written bundle, from pagefind's own entry file (the build's count, and the copies' check of each part). */
export function bundlePageCount(folder: string): number {
  const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/**
 * Indexes the built site in `site` into `site/pagefind/` (and `site/pagefind/shards/N/`). Throws an
 * Error with a Polish message naming the part that failed.
 */
export function buildSearchIndex(site: string, options: SearchIndexOptions): SearchIndexSummary {
  const pages = indexedPages(builtPages(site));
  if (pages.length === 0) throw new Error(`Wyszukiwarka: w ${site} nie ma żadnej strony HTML do zindeksowania.`);
  const shards = splitIntoShards(pages, options.limit);
  let indexed = 0;
  try {
    for (const [index, shard] of shards.entries()) {
      const address = shardBundlePath(index + 1);
      const output = bundleFolder(site, address);
      const part = `część ${index + 1} z ${shards.length} (${countPl(shard.length, PAGES)}, ${address})`;
      console.log(`\nWyszukiwarka: indeksuję ${part}…`);
      placePages(site, shard, options.scratch);
      const run = spawnSync(options.pagefind, ['--site', options.scratch, '--output-path', output, '--quiet'], { stdio: 'inherit' });
      if (run.status !== 0) {
        const reason = run.error ? run.error.message : run.signal ? `przerwany sygnałem ${run.signal}` : `kod wyjścia ${run.status}`;
        throw new Error(`Wyszukiwarka: pagefind nie zbudował indeksu, ${part}: ${reason}.`);
      }
      if (address !== SEARCH_BUNDLE) keepIndexOnly(output);
      indexed += bundlePageCount(output);
    }
  } finally {
    rmSync(options.scratch, { recursive: true, force: true });
  }
  writeFileSync(bundleFolder(site, SHARD_MANIFEST), `${JSON.stringify(shardManifest(shards.length))}\n`);
  console.log(
    `Wyszukiwarka: ${countPl(indexed, PAGES)} w indeksie, ${countPl(shards.length, { one: 'część', few: 'części', many: 'części' })} (najwyżej ${countPl(options.limit, PAGES)} w jednej).`,
  );
  return { pages: indexed, parts: shards.length };
}

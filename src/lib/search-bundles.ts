/**
 * Where the search index lives on the site. A large site's index is built in parts (shards, see
 * scripts/lib/search-shards.ts), each a complete pagefind bundle of its own: the first at pagefind's
 * usual `/pagefind/`, the others in `/pagefind/shards/2/`, `/pagefind/shards/3/`, … The browser
 * loads the first one and merges the others into it with pagefind's `mergeIndex` (multisite search),
 * so a search answers from every part. `/pagefind/shards.json` lists the further parts; a site with
 * one part (the real site today) lists none. Pure: the build writes these addresses, the browser
 * reads them, `_headers` gives them their caching rules.
 */

/** The first bundle: pagefind's own address, whose `pagefind.js` the browser imports. */
export const SEARCH_BUNDLE = '/pagefind/';

/** Pagefind's script in the first bundle; it searches the merged bundles too. */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** The list of the further bundles, next to the first one. */
export const SHARD_MANIFEST = '/pagefind/shards.json';

/** The folder of the further bundles: each gets a numbered folder under it. */
export const SHARD_FOLDER = '/pagefind/shards/';

const SHARD_BUNDLE = /^\/pagefind\/shards\/([1-9]\d*)\/$/;

/** The address of bundle `number` (1 is the first), with a trailing slash as pagefind wants it. */
export function shardBundlePath(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Numer części indeksu musi być liczbą całkowitą od 1, jest ${number}`);
  return number === 1 ? SEARCH_BUNDLE : `${SHARD_FOLDER}${number}/`;
}

/** What `/pagefind/shards.json` holds. */
export interface ShardManifest {
  /** Addresses of the bundles after the first, in order. */
  bundles: string[];
}

/** The manifest of a search index built in `count` parts. */
export function shardManifest(count: number): ShardManifest {
  return { bundles: Array.from({ length: Math.max(count - 1, 0) }, (_, index) => shardBundlePath(index + 2)) };
}

/**
 * The further bundles named by a parsed `/pagefind/shards.json`. Anything but a list of this site's
 * own shard addresses is refused: the browser must not be sent to merge an index from elsewhere.
 */
export function shardBundlesFrom(manifest: unknown): string[] {
  const bundles = (manifest as Partial<ShardManifest> | null)?.bundles;
  if (!Array.isArray(bundles) || !bundles.every((bundle) => typeof bundle === 'string' && SHARD_BUNDLE.test(bundle))) {
    throw new Error(`${SHARD_MANIFEST}: oczekiwano {"bundles": ["${SHARD_FOLDER}2/", …]}`);
  }
  return bundles as string[];
}

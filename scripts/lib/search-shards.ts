/**
 * Which built pages go into which part (shard) of the search index. Pure; the build runs pagefind
 * once per part (scripts/lib/search-index.ts).
 *
 * Why parts: pagefind's indexer holds every page it indexes in memory until it writes the index,
 * about 125 KB per page of this site (peak RSS with pagefind 1.6: 3 356 pages 480 MB, 4 027 pages
 * 530 MB, 10 068 pages 1 220 MB, 20 135 pages 2 490 MB), and has no setting to hold less. Run once
 * per part, one part after another, its peak is that of the largest part, whatever the size of the site.
 */

/** Pages per part unless KB_SEARCH_SHARD_PAGES says otherwise: at most about 530 MB of indexer memory. */
export const DEFAULT_SHARD_PAGES = 4000;

/** The most pages in one part: KB_SEARCH_SHARD_PAGES (a whole number from 1) or the default. */
export function shardPageLimit(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return DEFAULT_SHARD_PAGES;
  const limit = Number(setting);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`KB_SEARCH_SHARD_PAGES: oczekiwano liczby stron w jednej części indeksu wyszukiwarki (całkowitej, co najmniej 1), jest „${setting}”`);
  }
  return limit;
}

export interface BuiltPage {
  /** The HTML file, relative to the built site, e.g. `projekty/x/index.html`. */
  file: string;
  /** Whether the page marks its content with `data-pagefind-body`. */
  hasBody: boolean;
}

/**
 * The pages pagefind would index of the whole site. Its rule: once any page has a
 * `data-pagefind-body` element, pages without one are left out (this site's lists, redirect pages,
 * 404). Pagefind applies it to what one run sees, so a part made only of such pages would be
 * indexed whole; choosing the pages before splitting keeps the rule site-wide.
 */
export function indexedPages(pages: readonly BuiltPage[]): string[] {
  const marked = pages.some((page) => page.hasBody);
  return pages.filter((page) => !marked || page.hasBody).map((page) => page.file);
}

/**
 * The pages split into the fewest parts of at most `limit` pages each. In path order, page i goes
 * to part i mod n: the parts differ by one page at most (the peak is the largest part) and each is
 * a sample of every section. Pagefind ranks each part's results by that part's own word
 * statistics before the browser merges them by score, so parts alike in make-up rank alike; a part
 * of only gmina pages would find "gmina" everywhere and rank it lower than a part of projects.
 * The same pages give the same parts on every build.
 */
export function splitIntoShards(files: readonly string[], limit: number): string[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Limit stron w części indeksu musi być liczbą całkowitą od 1, jest ${limit}`);
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = Math.max(1, Math.ceil(sorted.length / limit));
  const shards: string[][] = Array.from({ length: count }, () => []);
  sorted.forEach((file, index) => shards[index % count]!.push(file));
  return shards;
}

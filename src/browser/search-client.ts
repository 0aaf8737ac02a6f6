/**
 * The one module that talks to pagefind in the browser. Pagefind's script and index are fetched
 * on the first call only, so no search bytes are loaded until the reader opens search. A large
 * site's index comes in parts (src/lib/search-bundles.ts): the further ones are merged into the
 * first with pagefind's `mergeIndex` before the first search, and pagefind then searches them all
 * at once: one list of results by score, filter counts added up, each result with its sections.
 */
import { PAGEFIND_SCRIPT, SHARD_MANIFEST, shardBundlesFrom } from '../lib/search-bundles.ts';
import { SEARCH_FILTER_NAMES, type SearchFilterName } from '../lib/search-facets.ts';
import { hasActiveFilters, pagefindFilters, withoutFilter, type SelectedFilters } from '../lib/search-params.ts';
import { prepareSearchQueryAsync } from './search-vocabulary.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; location: number };
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchSubResult {
  title: string;
  /** Page address with the section's anchor, e.g. `/projekty/x/#cele`. */
  url: string;
  /** Excerpt as pagefind gives it: plain text with `<mark>` around the matched words. */
  excerpt: string;
}

export interface SearchResult {
  url: string;
  title: string;
  /** Content type ("projekt", "pojęcie", …), from the `typ` filter. */
  type?: string;
  excerpt: string;
  subResults: SearchSubResult[];
}

export interface SearchResponse {
  /** All matching pages; only the first `limit` are in `results`. */
  total: number;
  results: SearchResult[];
  /**
   * For each filter, value → number of results choosing that value would give with the other
   * filters kept (values within one filter are alternatives).
   */
  counts: Record<SearchFilterName, Record<string, number>>;
}

/** Pagefind's options apply to one bundle each, so every part of the index gets the same. */
const PAGEFIND_OPTIONS = { excerptLength: 30 };
let loading: Promise<Pagefind> | undefined;

/** The further parts of the index; none on a site indexed in one part. */
async function furtherBundles(): Promise<string[]> {
  const response = await fetch(SHARD_MANIFEST);
  if (!response.ok) throw new Error(`${SHARD_MANIFEST}: HTTP ${response.status}`);
  return shardBundlesFrom(await response.json());
}

/** Loads pagefind and every part of the index once; later calls share the same promise. */
export function loadPagefind(): Promise<Pagefind> {
  // The list of parts loads side by side with pagefind's script, so a one-part site waits no longer.
  loading ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_SCRIPT) as Promise<Pagefind>, furtherBundles()]).then(async ([module, bundles]) => {
    await module.options(PAGEFIND_OPTIONS);
    await module.init?.();
    await Promise.all(bundles.map((bundle) => module.mergeIndex(bundle, PAGEFIND_OPTIONS)));
    return module;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function emptyCounts(): Record<SearchFilterName, Record<string, number>> {
  return { typ: {}, wojewodztwo: {}, status: {} };
}

/** Sub-results that point to a section of the page (with `#anchor`), not to the page itself. */
export function sectionLinks(pageUrl: string, subResults: readonly PagefindSubResult[] | undefined, max = 3): SearchSubResult[] {
  const seen = new Set<string>();
  const links: SearchSubResult[] = [];
  for (const sub of subResults ?? []) {
    if (!sub.url.includes('#') || sub.url === pageUrl || seen.has(sub.url)) continue;
    seen.add(sub.url);
    links.push({ title: sub.title, url: sub.url, excerpt: sub.excerpt });
    if (links.length >= max) break;
  }
  return links;
}

function toResult(data: PagefindResultData): SearchResult {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    // Polish pages name their type in the filter `typ`, English pages in `type`.
    type: data.filters.typ?.[0] ?? data.filters.type?.[0],
    excerpt: data.excerpt,
    subResults: sectionLinks(data.url, data.sub_results),
  };
}

async function run(pagefind: Pagefind, query: string | null, filters: SelectedFilters): Promise<PagefindSearch> {
  const response = await pagefind.search(query, { filters: pagefindFilters(filters) });
  return response ?? { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
}

/**
 * Searches for `query` (prepared by `prepareSearchQueryAsync`: Polish letters restored, typos
 * corrected, spelled-out glossary terms sent as their acronyms) within the chosen filters. An empty
 * query with filters lists every page in them; an empty query without filters finds nothing.
 */
export async function search(query: string, filters: SelectedFilters = {}, { limit = 20 } = {}): Promise<SearchResponse> {
  // The index and the word list load side by side on the first search.
  const [pagefind, prepared] = await Promise.all([loadPagefind(), prepareSearchQueryAsync(query)]);
  const term = prepared.trim() ? prepared : null;
  if (term === null && !hasActiveFilters(filters)) {
    return { total: 0, results: [], counts: await allFilterCounts() };
  }
  const response = await run(pagefind, term, filters);
  const results = await Promise.all(response.results.slice(0, limit).map(async (result) => toResult(await result.data())));
  const counts = emptyCounts();
  // Counts of one filter come from the search with only the other filters applied.
  for (const name of SEARCH_FILTER_NAMES) {
    const others = withoutFilter(filters, name);
    const source = filters[name]?.length ? await run(pagefind, term, others) : response;
    counts[name] = { ...(source.filters[name] ?? {}) };
  }
  return { total: response.results.length, results, counts };
}

/** Every filter value in the index with its number of pages. */
export async function allFilterCounts(): Promise<Record<SearchFilterName, Record<string, number>>> {
  const pagefind = await loadPagefind();
  const all = await pagefind.filters();
  const counts = emptyCounts();
  for (const name of SEARCH_FILTER_NAMES) counts[name] = { ...(all[name] ?? {}) };
  return counts;
}

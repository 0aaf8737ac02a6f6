/**
 * The grown site's search index in several parts (tests/copies/global-setup.ts builds it with a
 * small KB_SEARCH_SHARD_PAGES, tests/copies/long-lists.test.ts registers these tests): each part
 * within the limit and every indexed page in exactly one; then, in Chromium under the site's own
 * headers, one search over all parts: a page of the last part found with its sections, and the
 * filter counts those of the whole site, not of one part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_BUNDLE, SHARD_MANIFEST, shardBundlesFrom } from '../../src/lib/search-bundles.ts';
import { SEARCH_FILTER_NAMES } from '../../src/lib/search-facets.ts';
import { resultsLabel } from '../../src/lib/search-params.ts';
import { bundlePageCount } from '../../scripts/lib/search-index.ts';
import { readFragments } from '../support/search-fragments.ts';
import { serveInChromium, type ServedSite } from './served-site.ts';
import { SHARD_PAGES } from './global-setup.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface IndexedPage {
  address: string;
  /** Filter name → values, from the page's `data-pagefind-filter` elements. */
  filters: Record<string, string[]>;
}

/** The pages with `data-pagefind-body`, read from the built HTML, outside pagefind's folder. */
function indexedPages(dist: string, directory = ''): IndexedPage[] {
  return readdirSync(path.join(dist, directory), { withFileTypes: true }).flatMap((entry): IndexedPage[] => {
    const file = directory ? `${directory}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return file === 'pagefind' ? [] : indexedPages(dist, file);
    if (!entry.name.endsWith('.html')) return [];
    const html = parse(readFileSync(path.join(dist, file), 'utf8'));
    if (!html.querySelector('[data-pagefind-body]')) return [];
    const filters: Record<string, string[]> = {};
    for (const element of html.querySelectorAll('[data-pagefind-filter]')) {
      const values = (filters[element.getAttribute('data-pagefind-filter')!] ??= []);
      if (!values.includes(element.text.trim())) values.push(element.text.trim());
    }
    return [{ address: `/${file.replace(/index\.html$/, '')}`, filters }];
  });
}

/** Value → number of pages, per filter, as pagefind counts them. */
function countFilters(pages: readonly IndexedPage[]): FilterCounts {
  const counts: FilterCounts = Object.fromEntries(SEARCH_FILTER_NAMES.map((name) => [name, {}]));
  for (const page of pages)
    for (const name of SEARCH_FILTER_NAMES) for (const value of page.filters[name] ?? []) counts[name]![value] = (counts[name]![value] ?? 0) + 1;
  return counts;
}

/** The addresses in one bundle, from its fragments. */
function bundleAddresses(dist: string, bundle: string): string[] {
  return readFragments(path.join(dist, bundle)).map((fragment) => fragment.url);
}

/** The filter counts the search page shows: name → value → number in brackets. */
async function shownCounts(page: Page): Promise<FilterCounts> {
  const rows = await page
    .locator('#search-filters input')
    .evaluateAll((inputs) =>
      inputs.map((input) => [
        (input as HTMLInputElement).name,
        (input as HTMLInputElement).value,
        input.nextElementSibling?.querySelector('.search-filter__count')?.textContent ?? '',
      ]),
    );
  const counts: FilterCounts = Object.fromEntries(SEARCH_FILTER_NAMES.map((name) => [name, {}]));
  for (const [name, value, count] of rows) {
    const shown = Number(/^\((\d+)\)$/.exec(count!)?.[1] ?? Number.NaN);
    if (shown > 0) counts[name!]![value!] = shown;
  }
  return counts;
}

export function searchAcrossParts(distOf: () => string): void {
  describe('the search index in parts', () => {
    let dist: string;
    let bundles: string[];
    let pages: IndexedPage[];
    let addressesByBundle: string[][];

    beforeAll(() => {
      dist = distOf();
      bundles = [SEARCH_BUNDLE, ...shardBundlesFrom(JSON.parse(readFileSync(path.join(dist, SHARD_MANIFEST), 'utf8')))];
      pages = indexedPages(dist);
      addressesByBundle = bundles.map((bundle) => bundleAddresses(dist, bundle));
    });

    test(`has parts of at most ${SHARD_PAGES} pages that together hold every indexed page exactly once`, () => {
      expect(bundles.length).toBeGreaterThanOrEqual(3);
      for (const bundle of bundles) expect(bundlePageCount(path.join(dist, bundle)), bundle).toBeLessThanOrEqual(SHARD_PAGES);
      const indexed = addressesByBundle.flat();
      expect(indexed).toHaveLength(pages.length);
      expect(new Set(indexed)).toEqual(new Set(pages.map((page) => page.address)));
      // A further part holds only its index; the first part's script and WebAssembly search it.
      expect(readdirSync(path.join(dist, bundles[1]!)).filter((name) => /\.(js|css)$|^wasm\./.test(name))).toEqual([]);
    });

    describe('in Chromium', () => {
      let site: ServedSite | undefined;
      let page: Page;

      beforeAll(async () => {
        site = await serveInChromium(dist);
        page = await site.browser.newPage();
      }, 120_000);

      afterAll(() => site?.close());

      async function searchPage(query: string): Promise<string> {
        await page.goto(`${site!.base}/szukaj/${query}`);
        await expect.poll(() => page.textContent('#search-status'), { timeout: 30_000 }).toMatch(/^\d+ wyn/);
        return (await page.textContent('#search-status'))!;
      }

      test('finds a page of the last part by its title, with links to its sections', async () => {
        const address = addressesByBundle.at(-1)!.find((candidate) => candidate.startsWith('/programy/'))!;
        expect(address, 'strona programu w ostatniej części indeksu').toBeDefined();
        const title = parse(readFileSync(path.join(dist, address, 'index.html'), 'utf8'))
          .querySelector('h1')!
          .text.trim();
        await searchPage(`?q=${encodeURIComponent(title)}`);
        const result = page.locator('#search-results > li').filter({ has: page.locator(`h2 a[href="${address}"]`) });
        expect(await result.count(), `${title} (${address}) w wynikach`).toBe(1);
        const sections = await result.locator('.search-result__sections a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(sections.length).toBeGreaterThan(0);
        for (const section of sections) expect(section).toMatch(new RegExp(`^${address}#.+`));
      });

      test('counts every filter value over all parts, with and without a chosen filter', async () => {
        const programmes = pages.filter((indexed) => indexed.filters.typ?.includes('program'));
        const partsWithProgrammes = addressesByBundle.filter((addresses) =>
          addresses.some((address) => programmes.some((programme) => programme.address === address)),
        );
        expect(partsWithProgrammes.length).toBeGreaterThanOrEqual(2);

        await page.goto(`${site!.base}/szukaj/`);
        await expect.poll(() => shownCounts(page), { timeout: 30_000 }).toEqual(countFilters(pages));

        const status = await searchPage('?typ=program');
        expect(status.startsWith(`${resultsLabel(programmes.length)} (z wybranymi filtrami).`), status).toBe(true);
        const counts = await shownCounts(page);
        // Counts of the chosen filter ignore it (they show what choosing another type would give); the others count programmes.
        expect(counts.typ).toEqual(countFilters(pages).typ);
        expect(counts.wojewodztwo).toEqual(countFilters(programmes).wojewodztwo);
        expect(counts.status).toEqual(countFilters(programmes).status);
      });
    });
  });
}

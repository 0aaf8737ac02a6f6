/**
 * No page's HTML grows with the size of the site: section indexes of per-gmina collections are
 * paged, entry pages show the start of a long relation list and link to the whole of it. Checked
 * on the real build; `tests/scale/` builds a copy with generated pages, where lists do page.
 */
import { describe, expect, it } from 'vitest';
import { largestHtmlPages } from '../../scripts/bench/measure-dist.ts';
import { readBuiltPage, RELATION_LIST_ENTRIES, seeAllLinks, walkList } from '../support/long-lists.ts';
import { builtPage, builtPagePaths, DIST } from './support/built-site.ts';

/**
 * The most HTML one page may have. Measured (npm run bench; copies with 1 000 and 5 000 generated
 * pages): the largest page is the same project page at every size, about 135 KB (four charts, each
 * with its data table), then /wskazniki/ at about 130 KB. Before lists were paged, /programy/ took
 * 744 KB at 5 000 generated pages (about 450 bytes per programme card) and the course-path builder
 * 2.3 MB. 200 KB leaves the project pages room to grow by about half with text and projects, and
 * breaks as soon as a page lists about 400 cards or 2 000 links of a growing collection.
 */
const MAX_PAGE_HTML_BYTES = 200 * 1024;

describe('the size of every page', () => {
  it(`stays under ${MAX_PAGE_HTML_BYTES / 1024} KB of HTML`, () => {
    const pages = largestHtmlPages(DIST, Number.POSITIVE_INFINITY);
    expect(pages.length).toBeGreaterThan(100);
    const tooLarge = pages.filter((page) => page.bytes > MAX_PAGE_HTML_BYTES).map((page) => `${page.path}: ${(page.bytes / 1024).toFixed(1)} KB`);
    expect(tooLarge, 'Strony ponad budżet: czy któraś wymienia wszystkie wpisy rosnącego działu?').toEqual([]);
  });
});

describe('"Zobacz wszystkie" links', () => {
  const links = builtPagePaths().flatMap((address) => seeAllLinks(builtPage(address), address));

  it('lead to lists whose pages together hold exactly the entries they count, once each', () => {
    for (const link of links) {
      const walked = walkList(DIST, link.href, RELATION_LIST_ENTRIES);
      expect(walked.entries, `${link.from} → ${link.href} („${link.text}”)`).toHaveLength(link.count);
      expect(new Set(walked.entries).size, link.href).toBe(link.count);
    }
  });

  it('sit on pages that show only the start of the list', () => {
    for (const link of links) expect(link.count, `${link.from}: ${link.text}`).toBeGreaterThan(20);
  });
});

describe('list pages', () => {
  const listPages = builtPagePaths().filter(
    (address) => /^\/(programy|instytucje|miejsca)\/$/.test(address) || readBuiltPage(DIST, address).querySelector('main .relation-list') !== null,
  );

  it('include the section indexes of the per-gmina collections', () => {
    expect(listPages).toEqual(expect.arrayContaining(['/programy/', '/instytucje/', '/miejsca/']));
  });

  it('stay out of the search index, which finds the entries themselves', () => {
    for (const address of listPages) expect(builtPage(address).querySelector('[data-pagefind-body]'), address).toBeNull();
  });

  it('point search engines at themselves', () => {
    for (const address of listPages)
      expect(builtPage(address).querySelector('link[rel="canonical"]')?.getAttribute('href'), address).toMatch(new RegExp(`${address}$`));
  });
});

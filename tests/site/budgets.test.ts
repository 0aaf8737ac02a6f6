/**
 * Performance budgets, measured on the real build in dist/: what each page makes a reader
 * download at first view. Scripts count with everything they import statically and the code its
 * islands load; code loaded by `import()` (search) is not first-view code and is checked apart.
 * Sizes are gzip, each file on its own, as a server sends them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_PAGE_JS, OFFLINE_LIST_PAGE_JS, PAGE_CSS, PLAIN_PAGE_JS } from '../../scripts/lib/budgets.ts';
import { firstView, fontFaces, gzipSize, kilobytes, siteFileReader, type FirstView } from '../../scripts/lib/page-weight.ts';
import { dynamicImports, resolveSitePath, staticModuleGraph } from '../../src/lib/page-assets.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import { builtPagePaths, DIST } from './support/built-site.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { NO_CONNECTION_PAGE, OFFER_PANEL_SCRIPT, SAVED_PACKS_PAGE } from '../../src/lib/offline/offline-addresses.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The search pages (Polish and English) are where search is open from the start, so they load the
 * search client statically; every other page must reach it only through `import()`.
 */
const SEARCH_PAGES = new Set(['/szukaj/', '/en/search/']);
/** The list of saved packs, read by script from the browser's storage (OFFLINE_LIST_PAGE_JS). */
const OFFLINE_LIST_PAGES = new Set([SAVED_PACKS_PAGE, NO_CONNECTION_PAGE]);

const readSiteFile = siteFileReader(DIST);

function pageHtml(pagePath: string): string {
  return readFileSync(path.join(DIST, pagePath, 'index.html'), 'utf8');
}

interface PageWeight extends FirstView {
  page: string;
  jsGzip: number;
  cssGzip: number;
}

const gzipCache = new Map<string, number>();
function fileGzip(sitePath: string): number {
  let size = gzipCache.get(sitePath);
  if (size === undefined) {
    size = gzipSize(readSiteFile(sitePath) ?? '');
    gzipCache.set(sitePath, size);
  }
  return size;
}

function measure(page: string): PageWeight {
  const view = firstView(pageHtml(page), page, readSiteFile);
  const { assets, modules, stylesheets } = view;
  const jsGzip = modules.reduce((sum, module) => sum + fileGzip(module), 0) + assets.inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
  const cssGzip = stylesheets.reduce((sum, sheet) => sum + fileGzip(sheet), 0) + assets.inlineStyles.reduce((sum, css) => sum + gzipSize(css), 0);
  return { ...view, page, jsGzip, cssGzip };
}

const weights = builtPagePaths().map(measure);

/** At most ten offenders in a failure message, and how many more there are. */
function firstTen(lines: string[]): string[] {
  return lines.length > 10 ? [...lines.slice(0, 10), `… i ${lines.length - 10} innych`] : lines;
}

function describeScripts(weight: PageWeight): string {
  const files = weight.modules.map((module) => `${path.posix.basename(module)} ${kilobytes(fileGzip(module))}`);
  const inline = weight.assets.inlineScripts.length ? [`${weight.assets.inlineScripts.length} skryptów w HTML`] : [];
  return [...files, ...inline].join(', ');
}

describe('JavaScript at first view', () => {
  it('every script a page names exists in dist/', () => {
    const broken = weights.filter((weight) => weight.missing.length).map((weight) => `${weight.page}: ${weight.missing.join(', ')}`);
    expect(broken).toEqual([]);
  });

  it(`a page without islands loads at most ${kilobytes(PLAIN_PAGE_JS)} gzip of JavaScript`, () => {
    const plain = weights.filter((weight) => weight.assets.islands === 0 && !SEARCH_PAGES.has(weight.page) && !OFFLINE_LIST_PAGES.has(weight.page));
    expect(plain.length).toBeGreaterThan(50);
    const over = plain
      .filter((weight) => weight.jsGzip > PLAIN_PAGE_JS)
      .map((weight) => `${weight.page}: ${kilobytes(weight.jsGzip)} (${describeScripts(weight)})`);
    expect(firstTen(over), `strony bez wysp ponad ${kilobytes(PLAIN_PAGE_JS)} JS (gzip)`).toEqual([]);
  });

  it(`the list of saved packs loads at most ${kilobytes(OFFLINE_LIST_PAGE_JS)} gzip of JavaScript`, () => {
    const lists = weights.filter((weight) => OFFLINE_LIST_PAGES.has(weight.page));
    expect(lists.map((weight) => weight.page).sort()).toEqual([...OFFLINE_LIST_PAGES].sort());
    const over = lists
      .filter((weight) => weight.jsGzip > OFFLINE_LIST_PAGE_JS)
      .map((weight) => `${weight.page}: ${kilobytes(weight.jsGzip)} (${describeScripts(weight)})`);
    expect(over).toEqual([]);
  });

  it('the panel of "Zapisz do czytania bez internetu" loads only when the reader opens it, not with the page', () => {
    // The panel is one script at a fixed address (src/integrations/browser-bundle.ts), which the page's small loader adds.
    expect(readSiteFile(OFFER_PANEL_SCRIPT), OFFER_PANEL_SCRIPT).toBeDefined();
    const offering = weights.filter((weight) => pageHtml(weight.page).includes('data-offline-offer'));
    expect(offering.length).toBeGreaterThan(10);
    for (const weight of offering) {
      expect(weight.modules, weight.page).not.toContain(OFFER_PANEL_SCRIPT);
      expect(
        weight.modules.some((module) => readSiteFile(module)!.includes(OFFER_PANEL_SCRIPT)),
        `${weight.page}: skrypt, który dodaje ${OFFER_PANEL_SCRIPT}`,
      ).toBe(true);
    }
  });

  it('no page loads Vite’s preload helper as a file of its own: pages with search open it from the header’s script', () => {
    const helperChunks = weights.flatMap((weight) => weight.modules).filter((module) => /\/preload-helper\.[\w-]+\.js$/.test(module));
    expect([...new Set(helperChunks)]).toEqual([]);
  });

  it(`every page loads at most ${kilobytes(ANY_PAGE_JS)} gzip of JavaScript`, () => {
    const heaviest = weights.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
    console.info(`Najcięższa strona (JS): ${heaviest.page} ${kilobytes(heaviest.jsGzip)}: ${describeScripts(heaviest)}`);
    const over = weights
      .filter((weight) => weight.jsGzip > ANY_PAGE_JS)
      .map((weight) => `${weight.page}: ${kilobytes(weight.jsGzip)} (${describeScripts(weight)})`);
    expect(firstTen(over), `strony ponad ${kilobytes(ANY_PAGE_JS)} JS (gzip)`).toEqual([]);
  });

  it('search code and the pagefind index load only when the reader opens search', () => {
    // The search client is the code that imports pagefind; chunk names change with the bundling.
    const astroFiles = readdirSync(path.join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    const searchCode = astroFiles.filter((file) => readSiteFile(`/_astro/${file}`)!.includes('/pagefind/pagefind.js')).map((file) => `/_astro/${file}`);
    expect(searchCode, 'fragment z kodem wyszukiwarki (importuje /pagefind/pagefind.js) w dist/_astro').toHaveLength(1);
    const offenders = weights
      .filter((weight) => !SEARCH_PAGES.has(weight.page))
      .flatMap((weight) =>
        weight.modules.filter((module) => searchCode.includes(module) || module.startsWith('/pagefind/')).map((module) => `${weight.page}: ${module}`),
      );
    expect(firstTen(offenders)).toEqual([]);
    // …and a page does reach it when the reader opens search: the header's dialog imports it dynamically.
    const header = weights.find((weight) => weight.page === '/')!;
    const lazyEntries = header.modules.flatMap((module) => dynamicImports(readSiteFile(module)!).map((specifier) => resolveSitePath(specifier, module)!));
    expect(staticModuleGraph(lazyEntries, readSiteFile).modules).toEqual(expect.arrayContaining(searchCode));
  });
});

describe('CSS', () => {
  it(`every page applies at most ${kilobytes(PAGE_CSS)} gzip of CSS`, () => {
    const heaviest = weights.reduce((a, b) => (b.cssGzip > a.cssGzip ? b : a));
    console.info(`Najcięższa strona (CSS): ${heaviest.page} ${kilobytes(heaviest.cssGzip)}`);
    const over = weights
      .filter((weight) => weight.cssGzip > PAGE_CSS)
      .map((weight) => `${weight.page}: ${kilobytes(weight.cssGzip)} (${weight.assets.stylesheets.join(', ')} + ${weight.assets.inlineStyles.length} <style>)`);
    expect(firstTen(over), `strony ponad ${kilobytes(PAGE_CSS)} CSS (gzip)`).toEqual([]);
  });

  it('no page loads web fonts: the system font stack renders at once', () => {
    const withFonts = weights.flatMap((weight) => [
      ...weight.assets.fontLinks.map((link) => `${weight.page}: ${link}`),
      ...weight.assets.stylesheets.filter((sheet) => fontFaces(readSiteFile(sheet) ?? '') > 0).map((sheet) => `${weight.page}: @font-face w ${sheet}`),
      ...(weight.assets.inlineStyles.some((css) => fontFaces(css) > 0) ? [`${weight.page}: @font-face w <style>`] : []),
    ]);
    expect(withFonts).toEqual([]);
  });
});

describe('d3', () => {
  /** Every source file that can end up in a bundle. */
  function sourceFiles(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      .map((entry) => path.join(entry.parentPath, entry.name));
  }
  const imports = sourceFiles(path.join(ROOT, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bfrom\s*['"](d3(?:-[\w-]+)?)['"]|\bimport\s*\(\s*['"](d3(?:-[\w-]+)?)['"]/g)].map((match) => ({
      file: path.relative(ROOT, file),
      module: match[1] ?? match[2]!,
    })),
  );

  it('code imports single d3 modules, never the whole d3 package', () => {
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((entry) => entry.module === 'd3').map((entry) => entry.file)).toEqual([]);
  });

  it('every d3 module used is a direct dependency, so it is bundled on its own', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const used = [...new Set(imports.map((entry) => entry.module))].sort();
    console.info(`Moduły d3 w kodzie: ${used.join(', ')}`);
    expect(used.filter((module) => !(module in manifest.dependencies))).toEqual([]);
  });

  it('charts are drawn at build time: no code that reaches the browser imports d3', () => {
    // Islands and browser scripts, with every source module they import, are what gets bundled for the browser.
    const reached = new Set<string>();
    const queue = [...sourceFiles(path.join(ROOT, 'src/islands')), ...sourceFiles(path.join(ROOT, 'src/browser'))];
    while (queue.length) {
      const file = queue.shift()!;
      if (reached.has(file) || !existsSync(file)) continue;
      reached.add(file);
      // `import type` disappears from the bundle, so it is not followed.
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(import|export)(\s+type\b)?[^;'"]*?(?:from\s*|\(\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
        if (!match[2]) queue.push(path.resolve(path.dirname(file), match[3]!));
      }
    }
    const browserFiles = [...reached].map((file) => path.relative(ROOT, file));
    expect(browserFiles.length).toBeGreaterThan(10);
    expect(imports.filter((entry) => browserFiles.includes(entry.file))).toEqual([]);
  });
});

/**
 * A page's HTML must not grow with the size of the site. What stays fixed: everything outside
 * <main> (header, navigation, footer) links to sections and fixed pages only, the same on every
 * page. What grows, and with what: an entry page lists the entries it is related to (a project its
 * partners and places), which grows with that entry's own relations, not with the site; a section
 * index and the change list list their whole section, so they grow linearly with it. At 5 000
 * pages a section index would need grouping or pages of its own; that is reported here, not solved.
 */
describe('HTML does not grow with the size of the site', () => {
  /** Generous for an entry's own relations (the largest today has about 60), far below a section listing. */
  const ENTRY_PAGE_LINKS = 120;
  /** Pages that list a whole section (or the whole change history) by design. */
  const LISTING = /^\/(?:[^/]+\/|zmiany\/|dokumenty\/[^/]+\/porownanie\/)?$/;

  function internalLinks(element: HTMLElement | null): string[] {
    if (!element) return [];
    return [...new Set(element.querySelectorAll('a[href^="/"]').map((link) => link.getAttribute('href')!.split('#')[0]!))].sort();
  }

  // Embed pages (/osadz/…) have no chrome at all: one figure for another site's frame.
  const pages = builtPagePaths()
    .filter((page) => !isEmbedPath(page))
    .map((page) => {
      // Parsed afresh: <main> is cut out below, and the shared parsed pages must stay whole.
      const root = parse(pageHtml(page));
      const main = root.querySelector('main');
      const mainLinks = internalLinks(main);
      main?.remove();
      // The language link leads to the page's own counterpart: one link, whatever the site's size.
      root.querySelector('.site-header__language')?.remove();
      return { page, chrome: internalLinks(root), main: mainLinks };
    });

  it('the site chrome (header, navigation, footer) links the same fixed pages everywhere, never entries', () => {
    // Each language has its own chrome: English pages link the English fixed pages.
    const references = { pl: pages.find((page) => page.page === '/zrodla/')!.chrome, en: pages.find((page) => page.page === '/en/glossary/')!.chrome };
    const reference = references.pl;
    expect(reference.length).toBeLessThanOrEqual(20);
    // An entry page is /section/id/; the chrome links sections and fixed pages only.
    expect(reference.filter((href) => /^\/(projekty|modele|programy|szkolenia|kursy|instytucje|miejsca|wskazniki|slownik|zrodla)\/[^/]+\//.test(href))).toEqual(
      [],
    );
    const different = pages
      .filter((page) => page.page !== '/' && page.chrome.join() !== references[languageOfPath(page.page)].join())
      .map((page) => `${page.page}: ${page.chrome.filter((href) => !references[languageOfPath(page.page)].includes(href)).join(', ')}`);
    expect(firstTen(different)).toEqual([]);
  });

  it(`an entry page links at most ${ENTRY_PAGE_LINKS} pages from its content`, () => {
    const entries = pages.filter((page) => !LISTING.test(page.page));
    expect(entries.length).toBeGreaterThan(100);
    const most = entries.reduce((a, b) => (b.main.length > a.main.length ? b : a));
    console.info(`Najwięcej odnośników na stronie wpisu: ${most.page} (${most.main.length})`);
    const over = entries.filter((page) => page.main.length > ENTRY_PAGE_LINKS).map((page) => `${page.page}: ${page.main.length} odnośników`);
    expect(firstTen(over)).toEqual([]);
  });

  it('section indexes list their section (linear in its size): reported', () => {
    const listings = pages.filter((page) => LISTING.test(page.page)).sort((a, b) => b.main.length - a.main.length);
    console.info(
      `Strony z listą całej sekcji (rosną liniowo z sekcją): ${listings
        .slice(0, 5)
        .map((page) => `${page.page} ${page.main.length}`)
        .join(', ')}`,
    );
    expect(listings.length).toBeGreaterThan(5);
  });
});

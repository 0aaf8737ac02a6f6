/**
 * Every file a pack needs for its pages to open and work without a connection, found in the
 * built site: each page, what its HTML names (stylesheets, scripts, island code, icons, images),
 * every module those scripts import, statically or when the reader does something (the explorer's
 * code, a dialog's), the files a page's main content links to (CSV and JSON data), what the
 * stylesheets load, and the files the definition adds. Search stays online: pagefind's files are
 * outside `/_astro/` and are never followed.
 */
import { parse } from 'node-html-parser';
import { dynamicImports, pageAssets, preloadDependencies, resolveSitePath, staticImports } from '../page-assets.ts';
import { pagePath } from './offline-addresses.ts';
import type { PackDefinition } from './pack-definition.ts';

/** A built file's text by site path (a page by its address, `/x/` for `x/index.html`); undefined when there is none. */
export type SiteFileReader = (path: string) => string | undefined;

export interface PackFiles {
  /** Site paths, the pack's pages first in their order, then the other files sorted. */
  files: string[];
  /** Paths a page or the definition names that the built site does not have: a broken pack. */
  missing: string[];
}

/** Modules are followed only in the bundle folder; anything else a script imports (pagefind) needs the network. */
const BUNDLE = '/_astro/';
/** Links to data and documents, as opposed to pages: a file name with an extension, other than a page's. */
const FILE_LINK = /\/[^/]+\.(?!html?$)[a-z0-9]+$/i;

/**
 * The site path an HTML reference names, relative references included ("mapa.svg" on `/modele/x/`);
 * undefined for another site's address or another scheme (`mailto:`, `data:`).
 */
function resolveReference(reference: string, from: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return undefined;
  return new URL(pagePath(reference), `http://site${from}`).pathname;
}

/** Site paths of the files a page's main content links to (a chart's CSV), not the pages it links to. */
function linkedFiles(html: string, page: string): string[] {
  const main = parse(html).querySelector('main');
  if (!main) return [];
  return main
    .querySelectorAll('a[href]')
    .map((link) => resolveReference(link.getAttribute('href') ?? '', page))
    .filter((path): path is string => path !== undefined && FILE_LINK.test(path));
}

/** `url(…)` references of a stylesheet that are files, not inline data. */
function stylesheetReferences(css: string, from: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((match) => match[2]!.trim())
    .filter((reference) => !reference.startsWith('#'))
    .map((reference) => resolveReference(reference, from))
    .filter((path): path is string => path !== undefined);
}

/**
 * What a file leads to: a page's assets and linked files, a module's imports, a stylesheet's
 * references. Imports are read from bundled code by pattern, which also matches an example in a
 * library's message text (React's `import('./MyComponent')`): only bundle files (`.js`, `.css`)
 * count, and one that is not in the build is passed over (see packFiles).
 */
function referencesOf(path: string, text: string, isPage: boolean): string[] {
  if (isPage) {
    const assets = pageAssets(text);
    const named = [...assets.scripts, ...assets.islandModules, ...assets.stylesheets, ...assets.media];
    return [...named.map((reference) => resolveReference(reference, path)), ...linkedFiles(text, path)].filter((found): found is string => found !== undefined);
  }
  if (path.endsWith('.css')) return stylesheetReferences(text, path);
  if (!/\.m?js$/.test(path)) return [];
  const imported = [...staticImports(text), ...dynamicImports(text)].map((specifier) => resolveSitePath(specifier, path));
  return [...imported, ...preloadDependencies(text)].filter((found): found is string => found?.startsWith(BUNDLE) === true && /\.(m?js|css)$/.test(found));
}

/**
 * The pack's files. What the definition and the pages' HTML name must be in the build (else it is
 * `missing`, and the build stops); what only a module's code seems to import is taken when the
 * build has it, since the browser would load nothing else.
 */
export function packFiles(definition: PackDefinition, read: SiteFileReader): PackFiles {
  const pages = definition.pages.map((page) => page.path);
  const found = new Set<string>();
  const missing: string[] = [];
  const queue = [...pages, ...definition.files].map((path) => ({ path, required: true }));
  while (queue.length > 0) {
    const { path, required } = queue.shift()!;
    if (found.has(path) || missing.includes(path)) continue;
    const text = read(path);
    if (text === undefined) {
      if (required) missing.push(path);
      continue;
    }
    found.add(path);
    const isPage = pages.includes(path);
    queue.push(...referencesOf(path, text, isPage).map((reference) => ({ path: reference, required: isPage })));
  }
  const others = [...found].filter((path) => !pages.includes(path)).sort();
  return { files: [...pages.filter((page) => found.has(page)), ...others], missing };
}

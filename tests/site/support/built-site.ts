/**
 * Read access to the built site for the content tests: pages by URL path, parsed once.
 * The folder is KB_DIST_DIR or dist/, the same one the browser tests serve.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { BLOCK_ELEMENTS } from '../../../src/lib/html-text.ts';
import { builtPagePathsIn } from '../../support/page-paths.ts';

export const DIST = process.env.KB_DIST_DIR || 'dist';

if (!existsSync(path.join(DIST, 'index.html'))) {
  throw new Error(`Brak zbudowanej strony w ${DIST}/. Uruchom najpierw: npm run build`);
}

const cache = new Map<string, HTMLElement>();

/** The parsed page at a URL path such as "/projekty/liderzy-kooperacji/". */
export function builtPage(urlPath: string): HTMLElement {
  const cached = cache.get(urlPath);
  if (cached) return cached;
  const file = urlPath.endsWith('/') ? path.join(DIST, urlPath, 'index.html') : path.join(DIST, urlPath);
  if (!existsSync(file)) throw new Error(`Nie ma strony ${urlPath} w ${DIST}/ (szukano pliku ${file})`);
  const page = parse(readFileSync(file, 'utf8'));
  cache.set(urlPath, page);
  return page;
}

/** Every page's URL path, without pagefind's files. */
export function builtPagePaths(directory = ''): string[] {
  return builtPagePathsIn(DIST, directory);
}

const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/** Text of an element as a reader sees it: block boundaries become spaces, inline ones do not. */
export function readableText(element: HTMLElement): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      parts.push(node.text);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    // Text hidden from assistive technology repeats what is said elsewhere (chart labels, icons).
    if (INVISIBLE.has(tag) || (node as HTMLElement).getAttribute('aria-hidden') === 'true') return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) parts.push(' ');
    for (const child of node.childNodes) visit(child);
    if (block) parts.push(' ');
  };
  visit(element);
  return normalizeSpace(parts.join(''));
}

/** Visible text of the page's main content with whitespace collapsed, as a reader sees it. */
export function mainText(page: HTMLElement): string {
  const main = page.querySelector('main');
  if (!main) throw new Error('strona nie ma elementu <main>');
  return readableText(main);
}

/** Collapses runs of whitespace, including no-break and thin spaces used in numbers, to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/**
 * Sizes of a built site: the whole dist/, its pagefind index, and per page what it loads (the
 * same first view and gzip measure as the site's budget tests, scripts/lib/page-weight.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { firstView, gzipSize, siteFileReader } from '../lib/page-weight.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** How many files of JavaScript the page loads (with static imports). */
  jsFiles: number;
}

export function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function directoryBytes(directory: string): number {
  return filesUnder(directory).reduce((sum, file) => sum + statSync(file).size, 0);
}

function bytesOf(contents: (string | Buffer)[]): Bytes {
  return contents.reduce<Bytes>((sum, content) => ({ raw: sum.raw + Buffer.byteLength(content), gzip: sum.gzip + gzipSize(content) }), { raw: 0, gzip: 0 });
}

/** The file in dist/ for a page address such as `/programy/x/`. */
function htmlFileOf(dist: string, pagePath: string): string {
  return pagePath.endsWith('/') ? path.join(dist, pagePath, 'index.html') : path.join(dist, pagePath);
}

export function pageWeight(dist: string, pagePath: string): PageWeight {
  const html = readFileSync(htmlFileOf(dist, pagePath), 'utf8');
  const read = siteFileReader(dist);
  const { assets, modules, stylesheets } = firstView(html, pagePath, read);
  return {
    html: bytesOf([html]),
    css: bytesOf([...stylesheets.map(read).filter((text) => text !== undefined), ...assets.inlineStyles]),
    js: bytesOf([...modules.map((module) => read(module)!), ...assets.inlineScripts]),
    jsFiles: modules.length + assets.inlineScripts.length,
  };
}

export function htmlPageCount(dist: string): number {
  return filesUnder(dist).filter((file) => file.endsWith('.html')).length;
}

export interface HtmlPageSize {
  /** The page's address, e.g. `/programy/`. */
  path: string;
  bytes: number;
}

/**
 * The `count` largest HTML files of a build, largest first, by raw size: the pages that would
 * grow with the site if a list named every entry (the pagefind index is not a page).
 */
export function largestHtmlPages(dist: string, count = 5): HtmlPageSize[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html') && !path.relative(dist, file).startsWith(`pagefind${path.sep}`))
    .map((file) => {
      const relative = path.relative(dist, file).split(path.sep).join('/');
      return { path: relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`, bytes: statSync(file).size };
    })
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1))
    .slice(0, count);
}

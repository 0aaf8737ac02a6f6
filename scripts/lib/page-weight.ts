/**
 * What a built page makes the browser download at first view, for the performance budgets:
 * the scripts it runs (module scripts, island code and everything they import statically) and
 * the styles it applies. Dynamic `import()` is left out on purpose: that code loads only when the
 * reader does something (opens search), and the budgets test checks it separately.
 * Sizes are gzip sizes of each file on its own, as a server compresses each response.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, resolveSitePath, staticModuleGraph, type PageAssets } from '../../src/lib/page-assets.ts';

/** Reads a built file by its site path (`/_astro/a.js`); undefined when dist/ has no such file. */
export function siteFileReader(dist: string): (sitePath: string) => string | undefined {
  return (sitePath) => {
    const file = path.join(dist, decodeURI(sitePath));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}

/** What a page loads at first view, as site paths. */
export interface FirstView {
  assets: PageAssets;
  /** Every script file it runs: its scripts and island code with everything they import statically. */
  modules: string[];
  /** Scripts it names or imports that are not files of the site. */
  missing: string[];
  /** The stylesheets it applies. */
  stylesheets: string[];
}

/** The files the page at `pagePath` loads at first view; `read` gives a built file by site path. */
export function firstView(html: string, pagePath: string, read: (sitePath: string) => string | undefined): FirstView {
  const assets = pageAssets(html);
  const resolved = (references: string[]) => references.map((reference) => ({ reference, sitePath: resolveSitePath(reference, pagePath) }));
  const scripts = resolved([...assets.scripts, ...assets.islandModules]);
  const { modules, missing } = staticModuleGraph(
    scripts.flatMap(({ sitePath }) => (sitePath === undefined ? [] : [sitePath])),
    read,
  );
  const offSite = scripts.filter(({ sitePath }) => sitePath === undefined).map(({ reference }) => reference);
  const stylesheets = resolved(assets.stylesheets).flatMap(({ sitePath }) => (sitePath === undefined ? [] : [sitePath]));
  return { assets, modules, missing: [...offSite, ...missing], stylesheets };
}

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Kilobytes with one decimal, for failure messages: 2 048 bytes → "2.0 KB". */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** `@font-face` rules in a stylesheet: the site uses the system font stack only. */
export function fontFaces(css: string): number {
  return css.match(/@font-face\b/gi)?.length ?? 0;
}

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
import { parse } from 'node-html-parser';

/** The assets a page names in its HTML. */
export interface PageAssets {
  /** `src` of every `<script type="module">` (and classic external script). */
  scripts: string[];
  /** Text of every inline `<script>` (Astro's island loader). */
  inlineScripts: string[];
  /** Code an island loads when it hydrates: its component and the framework renderer. */
  islandModules: string[];
  /** `href` of every stylesheet link. */
  stylesheets: string[];
  /** Text of every inline `<style>`. */
  inlineStyles: string[];
  /** Links that load fonts: `<link rel="preload" as="font">` or a font stylesheet host. */
  fontLinks: string[];
  /** Number of `<astro-island>` elements. */
  islands: number;
}

const ISLAND_ATTRIBUTES = ['component-url', 'renderer-url', 'before-hydration-url'];

export function pageAssets(html: string): PageAssets {
  const root = parse(html);
  const assets: PageAssets = { scripts: [], inlineScripts: [], islandModules: [], stylesheets: [], inlineStyles: [], fontLinks: [], islands: 0 };
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    // Data blocks (JSON, templates) are not run.
    if (type && type !== 'module' && !/javascript/i.test(type)) continue;
    const src = script.getAttribute('src');
    if (src) assets.scripts.push(src);
    else if (script.rawText.trim()) assets.inlineScripts.push(script.rawText);
  }
  for (const island of root.querySelectorAll('astro-island')) {
    assets.islands++;
    for (const attribute of ISLAND_ATTRIBUTES) {
      const url = island.getAttribute(attribute);
      if (url && !assets.islandModules.includes(url)) assets.islandModules.push(url);
    }
  }
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href') ?? '';
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    if ((rel.includes('preload') && link.getAttribute('as') === 'font') || /fonts\.(googleapis|gstatic)\.com|\.(woff2?|ttf|otf)(\?|$)/i.test(href)) {
      assets.fontLinks.push(href);
    }
  }
  for (const style of root.querySelectorAll('style')) assets.inlineStyles.push(style.rawText);
  return assets;
}

/**
 * Specifiers a module imports statically (`import … from`, `import "…"`, `export … from`), as
 * written. `import(…)` is dynamic and not included.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  // A statement start (file start, `;`, `}` or a line break), then `import`/`export` not followed by `(`.
  const pattern = /(?:^|[;}\n])\s*(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[2]!;
    if (!found.includes(specifier)) found.push(specifier);
  }
  return found;
}

/** Specifiers a module imports dynamically with a literal string: `import("./x.js")`. */
export function dynamicImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
    if (!found.includes(match[2]!)) found.push(match[2]!);
  }
  return found;
}

/** A site path (`/_astro/a.js`) for a specifier written in the module at `from` (also a site path). */
export function resolveSitePath(specifier: string, from: string): string | undefined {
  if (!/^(\.{1,2}\/|\/)/.test(specifier)) return undefined;
  return new URL(specifier, `http://site${from}`).pathname;
}

/**
 * Every module reachable from `entries` through static imports, entries included, in discovery
 * order. `read` gives a module's code by site path, or undefined when there is no such file (then
 * it is reported in `missing`).
 */
export function staticModuleGraph(entries: string[], read: (sitePath: string) => string | undefined): { modules: string[]; missing: string[] } {
  const modules: string[] = [];
  const missing: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const sitePath = queue.shift()!;
    if (modules.includes(sitePath) || missing.includes(sitePath)) continue;
    const code = read(sitePath);
    if (code === undefined) {
      missing.push(sitePath);
      continue;
    }
    modules.push(sitePath);
    for (const specifier of staticImports(code)) {
      const resolved = resolveSitePath(specifier, sitePath);
      if (resolved) queue.push(resolved);
    }
  }
  return { modules, missing };
}

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

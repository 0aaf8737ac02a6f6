/**
 * What a built page names and what its scripts import: stylesheets, scripts, island code, images
 * and icons in its HTML, and the static and dynamic imports of a bundled module, as site paths.
 * Pure (the HTML and code are handed in): the performance budgets (scripts/lib/page-weight.ts)
 * measure a page's first view with it, and offline packs (src/lib/offline/pack-files.ts) gather
 * every file a saved page needs.
 */
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
  /** Images, icons and other media files: `<img>`, `<video>`, `<audio>`, `<source>` and `<track>` sources, `<link rel="icon">`. */
  media: string[];
  /** Number of `<astro-island>` elements. */
  islands: number;
}

const MEDIA_ELEMENTS = 'img[src], video[src], video[poster], audio[src], source[src], track[src]';

const ISLAND_ATTRIBUTES = ['component-url', 'renderer-url', 'before-hydration-url'];

export function pageAssets(html: string): PageAssets {
  const root = parse(html);
  const assets: PageAssets = { scripts: [], inlineScripts: [], islandModules: [], stylesheets: [], inlineStyles: [], fontLinks: [], media: [], islands: 0 };
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
    if (rel.some((name) => name === 'icon' || name === 'apple-touch-icon') && href && !assets.media.includes(href)) assets.media.push(href);
    if ((rel.includes('preload') && link.getAttribute('as') === 'font') || /fonts\.(googleapis|gstatic)\.com|\.(woff2?|ttf|otf)(\?|$)/i.test(href)) {
      assets.fontLinks.push(href);
    }
  }
  for (const style of root.querySelectorAll('style')) assets.inlineStyles.push(style.rawText);
  for (const element of root.querySelectorAll(MEDIA_ELEMENTS)) {
    for (const source of [element.getAttribute('src'), element.getAttribute('poster')]) {
      if (source && !assets.media.includes(source)) assets.media.push(source);
    }
  }
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

/**
 * The files Vite's preload helper fetches together with a dynamic import: the `__vite__mapDeps`
 * list at the top of a module (the imported chunks and their CSS, relative to the base `/`), as
 * site paths. A lazily imported chunk's CSS appears nowhere else.
 */
export function preloadDependencies(code: string): string[] {
  const list = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/s.exec(code)?.[1];
  return list ? [...list.matchAll(/(["'`])([^"'`]+)\1/g)].map((match) => `/${match[2]!}`) : [];
}

/** A site path (`/_astro/a.js`) for a specifier written in the module at `from` (also a site path). */
export function resolveSitePath(specifier: string, from: string): string | undefined {
  // `//host/x.js` is another site's file, however much it looks like a path.
  if (!/^(\.{1,2}\/|\/)/.test(specifier) || specifier.startsWith('//')) return undefined;
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

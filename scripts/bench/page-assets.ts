/**
 * What one built page makes the browser load: its stylesheets and its JavaScript (module scripts,
 * island components and renderers, and every chunk those import statically), plus inline code.
 * Pure functions over HTML and JavaScript text; reading files is the caller's job.
 */

export interface PageAssets {
  /** Site paths of linked stylesheets, e.g. `/_astro/index.abc.css`. */
  stylesheets: string[];
  /** Site paths of JavaScript the page loads before any interaction: module scripts and islands. */
  scripts: string[];
  /** Text of inline `<script>` elements that run (not JSON data). */
  inlineScripts: string[];
  /** Text of inline `<style>` elements. */
  inlineStyles: string[];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3])!.replaceAll('&amp;', '&') : undefined;
}

/** `href` as a site path, resolved against the page's own path; other hosts are left out. */
export function sitePath(reference: string, pagePath: string): string | undefined {
  const url = new URL(reference, `http://site${pagePath}`);
  return url.host === 'site' ? url.pathname : undefined;
}

const RUNNING_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string, pagePath: string): PageAssets {
  const stylesheets = new Set<string>();
  const scripts = new Set<string>();
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  const add = (into: Set<string>, reference: string | undefined) => {
    const resolved = reference && sitePath(reference, pagePath);
    if (resolved) into.add(resolved);
  };

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) add(stylesheets, attribute(tag, 'href'));
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1]}>`;
    const type = (attribute(tag, 'type') ?? '').toLowerCase();
    if (!RUNNING_SCRIPT_TYPES.has(type)) continue;
    const source = attribute(tag, 'src');
    if (source) add(scripts, source);
    else if (match[2]!.trim()) inlineScripts.push(match[2]!);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    add(scripts, attribute(tag, 'component-url'));
    add(scripts, attribute(tag, 'renderer-url'));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineStyles.push(match[1]!);
  return { stylesheets: [...stylesheets], scripts: [...scripts], inlineScripts, inlineStyles };
}

/** Site paths a JavaScript module imports statically (`import … from "./x.js"`, `import "./x.js"`); dynamic `import()` is left out. */
export function staticImports(source: string, modulePath: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) {
    const resolved = sitePath(match[1]!, modulePath);
    if (resolved) found.add(resolved);
  }
  return [...found];
}

/** The scripts and every module they import statically, each once. */
export function scriptClosure(entries: string[], read: (sitePath: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (modulePath: string) => {
    if (seen.has(modulePath)) return;
    const source = read(modulePath);
    if (source === undefined) return;
    seen.add(modulePath);
    for (const imported of staticImports(source, modulePath)) visit(imported);
  };
  entries.forEach(visit);
  return [...seen];
}

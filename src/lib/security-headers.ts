/**
 * The site's security policy and caching rules, shared by the build config (Astro writes the
 * Content-Security-Policy into each page's <meta>, adding hashes of its inline scripts and styles)
 * and by `_headers`, which hosts such as Netlify and Cloudflare Pages send as real HTTP headers
 * (the file's format: src/lib/headers-file.ts).
 */
import { EMBED_FOLDER } from './embeds/embed-address.ts';
import type { HeaderRule } from './headers-file.ts';
import { SEARCH_BUNDLE, SHARD_FOLDER, SHARD_MANIFEST } from './search-bundles.ts';

/**
 * Every directive except script-src and style-src, which Astro owns and fills with hashes.
 * Everything the site loads is its own: pages, _astro/ files, the pagefind index, the favicon.
 */
export const CSP_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * Embedding the site in another site's frame is refused; only a header can say so, not a <meta>.
 * Embed pages (`/osadz/…`, src/lib/embeds/embed-address.ts) are made to be framed by any site.
 */
const FRAME_ANCESTORS = "frame-ancestors 'none'";
const ANY_FRAME_ANCESTORS = 'frame-ancestors *';

/** A policy as directive → sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy that allows what any of the given page policies allows, directive by directive:
 * the header policy for the whole site, whose hashes are the union of every page's hashes.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header policy: the pages' policies merged, plus what only a header can carry (by default: no framing). */
export function headerPolicy(pagePolicies: readonly string[], framing: 'refused' | 'allowed' = 'refused'): string {
  return `${mergePolicies(pagePolicies)}; ${framing === 'refused' ? FRAME_ANCESTORS : ANY_FRAME_ANCESTORS}`;
}

/** Security headers every response carries, whatever its path. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on the site uses these; copying links uses the clipboard, which stays allowed.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/**
 * The policy header, with framing refused, or allowed for embed pages. X-Frame-Options is for
 * browsers that predate frame-ancestors; it cannot allow every site, so embed pages go without it.
 */
function framingHeaders(pagePolicies: readonly string[], framing: 'refused' | 'allowed'): Record<string, string> {
  const policy = { 'Content-Security-Policy': headerPolicy(pagePolicies, framing) };
  return framing === 'refused' ? { ...policy, 'X-Frame-Options': 'DENY' } : policy;
}

/** Files whose name changes with their content: cached for a year and never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, feeds, data, pagefind's fixed-name files): the browser asks each time whether it changed. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Pagefind's folders of content-hashed files. Its other files keep their names from build to build
 * (pagefind.js, pagefind-entry.json, wasm.*.pagefind) and point to the hashed ones, so they must be
 * revalidated. The .pf_meta file is hashed too, but its name is not known until pagefind runs,
 * after this file is written; it gets the revalidating rule of the folder's fixed-name files.
 */
const PAGEFIND_HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;
/** Pagefind's fixed-name files (pagefind 1.x): listed one by one so no two rules match one file. */
const PAGEFIND_FIXED_FILES = [
  'pagefind.js',
  'pagefind-entry.json',
  'pagefind-worker.js',
  'pagefind-highlight.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  // One index per page language (<html lang>): Polish, and English under /en/.
  'wasm.pl.pagefind',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
] as const;

/**
 * The further parts of a large site's index (`/pagefind/shards/N/`, src/lib/search-bundles.ts) hold
 * the same hashed folders and entry file, and are written after this file: one `:shard` placeholder
 * rule (a path segment, understood by Netlify and Cloudflare Pages) covers any number of them.
 * The list of parts is a fixed-name file too.
 */
const SHARD_BUNDLE = `${SHARD_FOLDER}:shard/`;

/**
 * Data files (CSV) are saved, not shown: `Content-Disposition: attachment` makes a plain link to
 * one a download. Their links carry no `download` attribute, because Chromium fetches such a
 * download past the service worker, so it would fail offline for a file saved in a pack.
 */
const ATTACHMENT = { 'Content-Disposition': 'attachment' };

/**
 * The rules of `_headers`. Hosts combine the values of a header set by several matching rules
 * differently (Cloudflare Pages joins them, Netlify keeps the last), so no two rules set one header
 * for one path: one Cache-Control rule for `_astro/`, one per pagefind folder or file, one per
 * top-level entry of the site (`topLevel`: names in dist/ with whether each is a folder); and the
 * policy, which decides framing, once per top-level entry too, so that the embed folder can allow
 * what every other path refuses. The other security headers apply to every path. Each data file
 * in `downloads` (site paths) is sent as an attachment, by a rule of its own path.
 */
export function headerRules(
  pagePolicies: readonly string[],
  topLevel: readonly { name: string; folder: boolean }[],
  downloads: readonly string[] = [],
): HeaderRule[] {
  const cache = (path: string, value: string): HeaderRule => ({ path, headers: { 'Cache-Control': value } });
  const refused = framingHeaders(pagePolicies, 'refused');
  const embedFolder = EMBED_FOLDER.slice(1, -1);
  const site = topLevel
    .filter((entry) => entry.name !== '_astro' && entry.name !== 'pagefind' && !entry.name.startsWith('_'))
    .map((entry): HeaderRule => {
      const framing = entry.folder && entry.name === embedFolder ? 'allowed' : 'refused';
      return { path: entry.folder ? `/${entry.name}/*` : `/${entry.name}`, headers: { ...framingHeaders(pagePolicies, framing), 'Cache-Control': REVALIDATE } };
    });
  return [
    { path: '/*', headers: { ...SECURITY_HEADERS } },
    { path: '/', headers: { ...refused, 'Cache-Control': REVALIDATE } },
    ...site,
    { path: '/_astro/*', headers: { ...refused, 'Cache-Control': IMMUTABLE } },
    { path: `${SEARCH_BUNDLE}*`, headers: refused },
    ...PAGEFIND_HASHED_FOLDERS.map((folder) => cache(`${SEARCH_BUNDLE}${folder}/*`, IMMUTABLE)),
    ...PAGEFIND_FIXED_FILES.map((file) => cache(`${SEARCH_BUNDLE}${file}`, REVALIDATE)),
    cache(SHARD_MANIFEST, REVALIDATE),
    ...PAGEFIND_HASHED_FOLDERS.map((folder) => cache(`${SHARD_BUNDLE}${folder}/*`, IMMUTABLE)),
    cache(`${SHARD_BUNDLE}pagefind-entry.json`, REVALIDATE),
    ...downloads.map((path): HeaderRule => ({ path, headers: { ...ATTACHMENT } })),
  ];
}

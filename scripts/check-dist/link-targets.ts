/** Works out where a link on a built page leads: outside the site, or to which file in the build folder. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SitePage } from './types.ts';

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'malformed'; reason: string }
  | {
      kind: 'internal';
      /** Decoded path on the site, e.g. `/modele/źródła/`. */
      path: string;
      /** The file a static host would serve for it, or undefined when there is none. */
      file: string | undefined;
      /** The part after `#`, still percent-encoded; undefined when the link has none. */
      fragment: string | undefined;
    };

/** The page's own address, the base that relative links are resolved against. */
export function pageUrl(origin: string, page: SitePage): URL {
  const encodedPath = page.urlPath.split('/').map(encodeURIComponent).join('/');
  return new URL(encodedPath, origin);
}

export function resolveLink(root: string, origin: string, page: SitePage, reference: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(reference, pageUrl(origin, page));
  } catch {
    return { kind: 'malformed', reason: 'nieprawidłowy adres' };
  }
  // mailto:, tel:, javascript:, data: and links to other hosts are not files of this site.
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) return { kind: 'external' };
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'malformed', reason: 'nieprawidłowe kodowanie procentowe w adresie' };
  }
  const fragment = url.hash === '' ? undefined : url.hash.slice(1);
  return { kind: 'internal', path: decodedPath, file: fileForPath(root, decodedPath), fragment };
}

/** The file a static host serves for a decoded site path: `/x/` → `x/index.html`, `/x` → `x` or `x/index.html`. */
export function fileForPath(root: string, decodedPath: string): string | undefined {
  const candidate = path.join(root, ...decodedPath.split('/'));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const index = path.join(candidate, 'index.html');
  if (decodedPath.endsWith('/')) return isFile(index) ? index : undefined;
  if (isFile(candidate)) return candidate;
  return isFile(index) ? index : undefined;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

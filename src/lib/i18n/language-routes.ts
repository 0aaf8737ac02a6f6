/**
 * Which page is which page's counterpart in the other language. Polish pages keep their
 * unprefixed addresses; English ones live under /en/. A pair is either one page each
 * (`exact`: the home page, the glossary) or a section whose entry pages pair by id
 * (`/projekty/<id>/` ↔ `/en/projects/<id>/`).
 */
import type { Language } from './interface-text.ts';

export const ENGLISH_PREFIX = '/en/';

export interface RoutePair {
  pl: string;
  en: string;
  /** One page each; otherwise a section, whose entry pages pair by the same id. */
  exact?: boolean;
}

/** The language of a page by its address. */
export function languageOfPath(path: string): Language {
  return path === '/en' || path.startsWith(ENGLISH_PREFIX) ? 'en' : 'pl';
}

/**
 * The address the page at `path` would have in the other language, by the pairs, or undefined
 * when no pair covers it. Whether that page exists is the caller's knowledge.
 */
export function counterpartPath(path: string, pairs: readonly RoutePair[]): string | undefined {
  const from = languageOfPath(path);
  const to: Language = from === 'en' ? 'pl' : 'en';
  for (const pair of pairs) {
    const own = pair[from];
    if (pair.exact) {
      if (path === own) return pair[to];
      continue;
    }
    const rest = path.startsWith(own) ? path.slice(own.length) : undefined;
    // An entry page: exactly one segment after the section (`<id>/`), not the section or a deeper page.
    if (rest && /^[^/]+\/$/.test(rest)) return `${pair[to]}${rest}`;
  }
  return undefined;
}

/**
 * The hreflang alternates of every address in a list of the site's addresses (the sitemap's):
 * an address and its counterpart, when both are in the list.
 */
export function alternatesOf(addresses: readonly string[], pairs: readonly RoutePair[]): Map<string, { pl: string; en: string }> {
  const known = new Set(addresses.map((address) => new URL(address).pathname));
  const alternates = new Map<string, { pl: string; en: string }>();
  for (const address of addresses) {
    const url = new URL(address);
    const other = counterpartPath(url.pathname, pairs);
    if (!other || !known.has(other)) continue;
    const otherAddress = new URL(other, url).href;
    alternates.set(address, languageOfPath(url.pathname) === 'en' ? { pl: otherAddress, en: address } : { pl: address, en: otherAddress });
  }
  return alternates;
}

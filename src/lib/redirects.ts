/**
 * Former ids keep old addresses alive: when an entry's id changes, editors list the old id and
 * the build publishes, at every old address, a page that sends the reader on to the new one, and
 * `_redirects` for hosts that answer with a real 301. This module works out and writes those
 * pairs; `src/data/former-addresses.ts` feeds it the published entries.
 */
import { compareAddresses } from './published-addresses.ts';

/** One old address and the address that replaced it. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Old → new for every address of an entry under each of its former addresses. `base` is the
 * entry's page, `formerBases` its pages under the former ids; each of `addresses` (by default only
 * the page) gets a twin under every former base.
 */
export function redirectsUnder(base: string, formerBases: readonly string[], addresses: readonly string[] = [base]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const formerBase of new Set(formerBases)) {
    for (const address of addresses) {
      if (!address.startsWith(base)) throw new Error(`Adres ${address} nie należy do wpisu ${base}`);
      redirects.push({ from: formerBase + address.slice(base.length), to: address });
    }
  }
  return redirects;
}

/** Addresses ending in `/` are pages; the rest (e.g. `formularz-uwag.csv`) are files. */
export function isPageAddress(address: string): boolean {
  return address.endsWith('/');
}

/**
 * The redirects in the `_redirects` format of Netlify and Cloudflare Pages: `from to 301`, one a
 * line, sorted. Static hosts without it serve the redirect pages instead.
 */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
  const lines = [...redirects].sort((a, b) => compareAddresses(a.from, b.from)).map((redirect) => `${redirect.from} ${redirect.to} 301`);
  return [
    '# Dawne adresy stron (pole „aliases” w content/) i ich nowe adresy; 301 = przeniesione na stałe.',
    '# Plik powstaje przy budowaniu: nie edytuj go ręcznie.',
    ...lines,
    '',
  ].join('\n');
}

/** The redirects a `_redirects` file holds; comments and blank lines are skipped. */
export function parseRedirectsFile(text: string): Redirect[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = ''] = line.split(/\s+/);
      return { from, to };
    });
}

/** True for an address at or under one of the former entry addresses, e.g. `/modele/dawny-id/`. */
export function formerAddressMatcher(formerBases: readonly string[]): (pathname: string) => boolean {
  return (pathname) => formerBases.some((prefix) => pathname.startsWith(prefix));
}

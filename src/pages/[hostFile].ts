/**
 * `_redirects`: every former address and its new address in the format Netlify and Cloudflare
 * Pages read, so those hosts answer old links with a real 301. (A route file named `_redirects.ts`
 * would be private to Astro, hence the one-value parameter.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formerAddresses } from '../data/former-addresses.ts';
import { formatRedirectsFile } from '../lib/redirects.ts';

export const getStaticPaths = (() => [{ params: { hostFile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { all } = await formerAddresses();
  return new Response(formatRedirectsFile(all), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

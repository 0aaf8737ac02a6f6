/**
 * The site's security policy and caching rules, shared by the build config (Astro writes the
 * Content-Security-Policy into each page's <meta>, adding hashes of its inline scripts and styles)
 * and by `_headers`, which hosts such as Netlify and Cloudflare Pages send as real HTTP headers.
 */

/**
 * Every directive except script-src and style-src, which Astro owns and fills with hashes.
 * Everything the site loads is its own: pages, _astro/ files, the pagefind index, the favicon.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

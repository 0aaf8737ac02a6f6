/**
 * dist/_headers (Netlify, Cloudflare Pages): every page's Content-Security-Policy also as a header,
 * with frame-ancestors (no site may frame a page, any site may frame an embed page under /osadz/);
 * security headers on every path; and caching that never serves a stale page: a year only for
 * files whose names carry a hash of their content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../../src/integrations/published-addresses.ts';
import { headersForPath, matchesHeaderPath, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import { IMMUTABLE, parsePolicy, REVALIDATE } from '../../src/lib/security-headers.ts';
import { builtPagePaths, DIST } from './support/built-site.ts';

const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const everyPath = rules.find((rule) => rule.path === '/*')!;
const sitePaths = builtFiles(DIST)
  .filter((file) => !file.startsWith('_') || file.startsWith('_astro/'))
  .map((file) => `/${file}`.replace(/\/index\.html$/, '/'));
const cacheRulesFor = (sitePath: string) => rules.filter((rule) => rule.headers['Cache-Control'] && matchesHeaderPath(rule.path, sitePath));

describe('_headers', () => {
  it('exists beside _redirects', () => {
    expect(existsSync(path.join(DIST, '_redirects'))).toBe(true);
    expect(rules.length).toBeGreaterThan(5);
  });

  it('sends the security headers with every response', () => {
    expect(everyPath?.headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': expect.any(String),
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  it('the header policy allows exactly what the pages’ own policies allow, and refuses framing except on embed pages', () => {
    const problems: string[] = [];
    const pagePaths = builtPagePaths();
    for (const pagePath of pagePaths) {
      const headers = headersForPath(rules, pagePath);
      const header = parsePolicy(headers['Content-Security-Policy'] ?? '');
      const embed = isEmbedPath(pagePath);
      if (JSON.stringify(header.get('frame-ancestors')) !== JSON.stringify(embed ? ['*'] : ["'none'"]))
        problems.push(`${pagePath}: frame-ancestors ${header.get('frame-ancestors')}`);
      if (headers['X-Frame-Options'] !== (embed ? undefined : 'DENY')) problems.push(`${pagePath}: X-Frame-Options ${headers['X-Frame-Options']}`);
      if (header.get('script-src')?.includes("'unsafe-inline'") || header.get('style-src')?.includes("'unsafe-inline'"))
        problems.push(`${pagePath}: 'unsafe-inline'`);
      const html = readFileSync(path.join(DIST, pagePath, 'index.html'), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      if (meta === undefined) problems.push(`${pagePath}: brak <meta http-equiv="content-security-policy">`);
      for (const [directive, sources] of parsePolicy((meta ?? '').replaceAll('&#39;', "'"))) {
        const missing = sources.filter((source) => !header.get(directive)?.includes(source));
        if (missing.length > 0) problems.push(`${pagePath}: ${directive} bez ${missing.join(' ')}`);
      }
    }
    expect(pagePaths.filter(isEmbedPath).length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('gives every served file one caching rule at most: a year for hashed names, revalidation for the rest', () => {
    const problems: string[] = [];
    for (const sitePath of sitePaths) {
      const values = cacheRulesFor(sitePath).map((rule) => rule.headers['Cache-Control']);
      // Pagefind's .pf_meta is named after its content, but only once pagefind runs, after _headers is
      // written: it gets the host's default (revalidation on Netlify and Cloudflare Pages). The same
      // holds in the further parts of a large site's index (pagefind/shards/N/).
      const expected =
        sitePath.startsWith('/_astro/') || /^\/pagefind\/(shards\/\d+\/)?(fragment|index|filter)\//.test(sitePath)
          ? [IMMUTABLE]
          : sitePath.endsWith('.pf_meta')
            ? []
            : [REVALIDATE];
      if (JSON.stringify(values) !== JSON.stringify(expected))
        problems.push(`${sitePath}: ${values.join(' + ') || 'brak'} (oczekiwano ${expected.join('') || 'brak'})`);
    }
    expect(sitePaths.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});

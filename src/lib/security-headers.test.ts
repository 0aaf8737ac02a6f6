import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, matchesHeaderPath, parseHeadersFile } from './headers-file.ts';
import { headerPolicy, headerRules, IMMUTABLE, mergePolicies, parsePolicy, REVALIDATE } from './security-headers.ts';

describe('policies', () => {
  it('reads a policy as directives and their sources', () => {
    expect(parsePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a';")).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
        ['script-src', ["'self'", "'sha256-a'"]],
      ]),
    );
  });

  it('merges page policies into one that allows what any page allows, each source once', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'", "script-src 'self' 'sha256-b'; style-src 'self'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'",
    );
  });

  it('adds frame-ancestors, which only a header can carry: none by default, any site for embeds', () => {
    expect(headerPolicy(["default-src 'self'"])).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headerPolicy(["default-src 'self'"], 'allowed')).toBe("default-src 'self'; frame-ancestors *");
  });
});

describe('_headers', () => {
  const rules = headerRules(
    ["script-src 'self' 'sha256-a'"],
    [
      { name: 'index.html', folder: false },
      { name: 'projekty', folder: true },
      { name: 'osadz', folder: true },
      { name: 'osadz.html', folder: false },
      { name: '_astro', folder: true },
      { name: 'pagefind', folder: true },
      { name: '_redirects', folder: false },
    ],
    ['/dane/wskazniki.csv'],
  );
  const cacheFor = (sitePath: string) =>
    rules.filter((rule) => rule.headers['Cache-Control'] && matchesHeaderPath(rule.path, sitePath)).map((rule) => rule.headers['Cache-Control']);

  it('sends the security headers with every response', () => {
    expect(rules[0]).toMatchObject({ path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': expect.any(String) } });
  });

  it.each([
    ['/', 'refused'],
    ['/index.html', 'refused'],
    ['/projekty/liderzy-kooperacji/', 'refused'],
    ['/_astro/global.F7qsg3uh.css', 'refused'],
    ['/pagefind/pagefind.js', 'refused'],
    ['/osadz.html', 'refused'],
    ['/osadz/wskazniki/wykres-budzety/', 'allowed'],
    ['/osadz/wysokosc.js', 'allowed'],
  ])('%s: framing by other sites is %s, by one policy header', (sitePath, framing) => {
    const headers = headersForPath(rules, sitePath);
    const expected = framing === 'refused' ? "frame-ancestors 'none'" : 'frame-ancestors *';
    expect(headers['Content-Security-Policy']).toBe(`script-src 'self' 'sha256-a'; ${expected}`);
    expect(headers['X-Frame-Options']).toBe(framing === 'refused' ? 'DENY' : undefined);
  });

  it('sends a data file as a download, and only data files', () => {
    expect(headersForPath(rules, '/dane/wskazniki.csv')['Content-Disposition']).toBe('attachment');
    expect(headersForPath(rules, '/projekty/')['Content-Disposition']).toBeUndefined();
  });

  it('sets each header once for any path, so hosts that join values and hosts that keep the last agree', () => {
    for (const sitePath of ['/', '/projekty/', '/osadz/a/b/', '/_astro/a.js', '/pagefind/fragment/a', '/pagefind/shards/2/index/a', '/dane/wskazniki.csv']) {
      const names = rules.filter((rule) => matchesHeaderPath(rule.path, sitePath)).flatMap((rule) => Object.keys(rule.headers));
      expect(names.length, sitePath).toBe(new Set(names).size);
    }
  });

  it('caches hashed files for a year and makes the browser revalidate pages and fixed-name files, one rule per file', () => {
    expect(cacheFor('/_astro/global.F7qsg3uh.css')).toEqual([IMMUTABLE]);
    expect(cacheFor('/pagefind/fragment/pl_103d1d6.pf_fragment')).toEqual([IMMUTABLE]);
    expect(cacheFor('/pagefind/pagefind.js')).toEqual([REVALIDATE]);
    expect(cacheFor('/pagefind/pagefind-entry.json')).toEqual([REVALIDATE]);
    expect(cacheFor('/pagefind/shards.json')).toEqual([REVALIDATE]);
    expect(cacheFor('/pagefind/shards/2/fragment/pl_103d1d6.pf_fragment')).toEqual([IMMUTABLE]);
    expect(cacheFor('/pagefind/shards/12/index/pl_9a1.pf_index')).toEqual([IMMUTABLE]);
    expect(cacheFor('/pagefind/shards/2/pagefind-entry.json')).toEqual([REVALIDATE]);
    expect(cacheFor('/')).toEqual([REVALIDATE]);
    expect(cacheFor('/projekty/liderzy-kooperacji/')).toEqual([REVALIDATE]);
  });

  it('leaves host configuration files out', () => {
    expect(rules.map((rule) => rule.path)).not.toContain('/_redirects');
  });

  it('is read back as written, and a host sends each path its security headers and one caching rule', () => {
    const read = parseHeadersFile(formatHeadersFile(rules));
    expect(read).toEqual(rules);
    expect(headersForPath(read, '/_astro/global.F7qsg3uh.css')).toMatchObject({ 'Cache-Control': IMMUTABLE, 'X-Frame-Options': 'DENY' });
    expect(headersForPath(read, '/projekty/')['Cache-Control']).toBe(REVALIDATE);
    expect(headersForPath(read, '/')['Content-Security-Policy']).toBe("script-src 'self' 'sha256-a'; frame-ancestors 'none'");
  });
});

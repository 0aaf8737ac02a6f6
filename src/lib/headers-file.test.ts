import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, matchesHeaderPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the _headers format', () => {
  it('writes a path, then its headers indented, rules apart by an empty line, and reads it back', () => {
    const rules: HeaderRule[] = [
      { path: '/*', headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" } },
      { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
      { path: '/*.jpg', headers: {}, detach: ['Content-Security-Policy'] },
    ];
    const text = formatHeadersFile(rules);
    expect(text).toBe(
      [
        '/*',
        '  X-Frame-Options: DENY',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '',
        '/_astro/*',
        `  Cache-Control: ${IMMUTABLE}`,
        '',
        '/*.jpg',
        '  ! Content-Security-Policy',
        '',
      ].join('\n'),
    );
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('skips comments and blank lines, accepts CRLF and tabs, keeps colons in values', () => {
    const text = '# security\r\n/with-colon\r\n\tLink: <https://example.org/a>; rel=preload\r\n  # a comment in a rule\r\n\r\n';
    expect(parseHeadersFile(text)).toEqual([{ path: '/with-colon', headers: { Link: '<https://example.org/a>; rel=preload' } }]);
  });

  it('joins a header given twice in one rule, as the hosts do', () => {
    expect(parseHeadersFile('/*\n  Cache-Control: public\n  cache-control: max-age=0\n')).toEqual([
      { path: '/*', headers: { 'Cache-Control': 'public, max-age=0' } },
    ]);
  });

  it('names the line the hosts would reject', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers, wiersz 1: nagłówek przed pierwszą ścieżką');
    expect(() => parseHeadersFile('/\n  X-Frame-Options DENY\n')).toThrow('wiersz 2: oczekiwano „Nazwa: wartość”');
    expect(() => parseHeadersFile('/\n  !\n')).toThrow('wiersz 2: brak nazwy nagłówka po „!”');
  });
});

describe('matching a path', () => {
  it.each([
    // Exact paths match only exactly.
    ['/', '/', true],
    ['/', '/projekty/', false],
    ['/404.html', '/404.html', true],
    ['/404.html', '/404xhtml', false],
    // A splat matches any characters, slashes too, but not the folder without its slash.
    ['/*', '/', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/_astro/*', '/_astro/deep/b.css', true],
    ['/_astro/*', '/_astro', false],
    ['/_astro/*', '/_astrox/a.js', false],
    ['/*.jpg', '/zdjecia/a.jpg', true],
    ['/*.jpg', '/a.jpeg', false],
    // A placeholder matches one segment.
    ['/projekty/:id/', '/projekty/liderzy/', true],
    ['/projekty/:id/', '/projekty/a/b/', false],
    ['/projekty/:id/', '/projekty//', false],
    // Other characters are literal; patterns with a host are the host's business.
    ['/a+b(1).txt', '/a+b(1).txt', true],
    ['/a+b(1).txt', '/aab1.txt', false],
    ['https://example.org/*', '/', false],
  ])('%s on %s: %s', (pattern, path, matches) => {
    expect(matchesHeaderPath(pattern, path)).toBe(matches);
  });
});

describe('the headers a host sends for a path', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      '  X-Robots-Tag: noindex',
      "  Content-Security-Policy: default-src 'self'",
      '/static/*',
      '  X-Robots-Tag: nosnippet',
      '  Cache-Control: public, max-age=31536000, immutable',
      '/static/*.jpg',
      '  ! Content-Security-Policy',
      '/',
      '  Cache-Control: public, max-age=0, must-revalidate',
    ].join('\n'),
  );

  it('combines every matching rule in file order, joining a repeated header with ", "', () => {
    expect(headersForPath(rules, '/static/styles.css')).toEqual({
      'X-Robots-Tag': 'noindex, nosnippet',
      'Content-Security-Policy': "default-src 'self'",
      'Cache-Control': IMMUTABLE,
    });
    expect(headersForPath(rules, '/')).toEqual({
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy': "default-src 'self'",
      'Cache-Control': 'public, max-age=0, must-revalidate',
    });
    expect(headersForPath(rules, '/nie-ma/')).toEqual({ 'X-Robots-Tag': 'noindex', 'Content-Security-Policy': "default-src 'self'" });
  });

  it('drops a header a matching rule detaches', () => {
    expect(headersForPath(rules, '/static/a.jpg')).toEqual({ 'X-Robots-Tag': 'noindex, nosnippet', 'Cache-Control': IMMUTABLE });
  });

  it('sends nothing when no rule matches', () => {
    expect(headersForPath([], '/')).toEqual({});
  });
});

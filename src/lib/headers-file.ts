/**
 * The `_headers` file of Netlify and Cloudflare Pages: written by the build
 * (src/integrations/security-headers.ts), read back by the checks over the build and by the local
 * server (scripts/lib/static-server.ts), which sends for each path what those hosts would send.
 *
 * The format: a line with a path pattern, then its headers indented, `Name: value` one a line;
 * `# …` lines are comments. How the hosts read it (Cloudflare Pages' documentation says so in
 * these words; Netlify agrees for everything this site writes):
 * - a request gets the headers of every rule whose pattern matches its path, in file order;
 * - a header set by several matching rules (or twice in one rule) is sent once, its values
 *   joined with ", " in file order;
 * - `*` (a splat) matches any characters, `/` included, so `/_astro/*` matches `/_astro/a/b.js`
 *   but not `/_astro`; `:name` matches one path segment;
 * - `! Name` in a rule removes a header that another matching rule set (Cloudflare Pages).
 * Patterns with a host (`https://example.org/*`) depend on the address the site is served at;
 * they match no path here.
 */

export interface HeaderRule {
  /** A path pattern: exact (`/`), with a splat (`/_astro/*`), or with `:name` segments. */
  path: string;
  headers: Record<string, string>;
  /** Headers this rule removes from what other matching rules set (`! Name`). */
  detach?: string[];
}

/** `_headers` text: each rule a path, then its headers indented; rules apart by an empty line. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const block = (rule: HeaderRule) => [
    rule.path,
    ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ...(rule.detach ?? []).map((name) => `  ! ${name}`),
  ];
  return `${rules.map((rule) => block(rule).join('\n')).join('\n\n')}\n`;
}

/** The key under which `headers` already holds `name` in another case, or `name` itself. */
function keyFor(headers: Record<string, string>, name: string): string {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((key) => key.toLowerCase() === lower) ?? name;
}

/** Adds a header value as the hosts do: a second value for the same name is joined with ", ". */
function addHeader(headers: Record<string, string>, name: string, value: string): void {
  const key = keyFor(headers, name);
  headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
}

/** The rules of a `_headers` file; throws on a line the hosts would reject, naming it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    const content = line.trim();
    if (!content || content.startsWith('#')) continue;
    const fail = (problem: string) => new Error(`_headers, wiersz ${index + 1}: ${problem} („${content}”)`);
    if (!/^\s/.test(line)) {
      rules.push({ path: content, headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw fail('nagłówek przed pierwszą ścieżką');
    if (content.startsWith('!')) {
      const name = content.slice(1).trim();
      if (!name) throw fail('brak nazwy nagłówka po „!”');
      (rule.detach ??= []).push(name);
      continue;
    }
    const colon = content.indexOf(':');
    if (colon <= 0) throw fail('oczekiwano „Nazwa: wartość”');
    addHeader(rule.headers, content.slice(0, colon).trim(), content.slice(colon + 1).trim());
  }
  return rules;
}

const patterns = new Map<string, RegExp | null>();

/** A path pattern as a regular expression over the whole path; null for a pattern with a host. */
function patternRegExp(pattern: string): RegExp | null {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    const segment = (part: string) => (/^:\w+$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*'));
    compiled = pattern.startsWith('/') ? new RegExp(`^${pattern.split('/').map(segment).join('/')}$`) : null;
    patterns.set(pattern, compiled);
  }
  return compiled;
}

/** Whether a `_headers` path pattern matches a site path (decoded, e.g. `/projekty/`). */
export function matchesHeaderPath(pattern: string, sitePath: string): boolean {
  return patternRegExp(pattern)?.test(sitePath) ?? false;
}

/** The headers the hosts send for a site path: every matching rule's, combined as they combine them. */
export function headersForPath(rules: readonly HeaderRule[], sitePath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const matching = rules.filter((rule) => matchesHeaderPath(rule.path, sitePath));
  for (const rule of matching) for (const [name, value] of Object.entries(rule.headers)) addHeader(headers, name, value);
  for (const name of matching.flatMap((rule) => rule.detach ?? [])) delete headers[keyFor(headers, name)];
  return headers;
}

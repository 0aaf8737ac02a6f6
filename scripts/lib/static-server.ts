/**
 * The static server for the built site: what `npm start` serves, what the browser tests load and
 * what the benchmark times. It answers as Netlify and Cloudflare Pages do (docs/PUBLISHING.md):
 *
 * - every response for a path carries the headers `dist/_headers` gives that path, combined as
 *   those hosts combine them (src/lib/headers-file.ts): the Content-Security-Policy with
 *   frame-ancestors, the other security headers, Cache-Control; the 404 page and redirects too;
 * - a folder address serves its index.html; a folder asked for without its final `/` is
 *   redirected (301) to the address with it; `_headers` and `_redirects` are not served;
 * - an unknown address gets dist/404.html with status 404;
 * - a path that is not a plain site path (bad percent-encoding, NUL, a `..` segment before or
 *   after decoding: scripts/lib/request-path.ts) gets 400, and nothing outside dist/ (symbolic
 *   links included) is ever read;
 * - methods other than GET and HEAD get 405 with `Allow: GET, HEAD`; HEAD gets no body.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/lib/headers-file.ts';
import { encodeSitePath, parseRequestPath } from './request-path.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Files the hosts read as configuration and never serve. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

const contentType = (file: string) => CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

function fileStats(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** `_headers` of a root, read again whenever the file changes (a rebuild while serving). */
function headerRulesReader(root: string): () => Promise<HeaderRule[]> {
  const file = path.join(root, '_headers');
  let cached: { stamp: string; rules: HeaderRule[] } | undefined;
  return async () => {
    const stats = fileStats(file);
    if (!stats) return [];
    const stamp = `${stats.mtimeMs}:${stats.size}`;
    if (cached?.stamp !== stamp) cached = { stamp, rules: parseHeadersFile(await readFile(file, 'utf8')) };
    return cached.rules;
  };
}

type Found = { kind: 'file'; file: string; stats: Stats } | { kind: 'folder' } | { kind: 'missing' };

/** What a normalised site path (no `..`, starts with `/`) names under root. */
function lookUp(root: string, sitePath: string): Found {
  if (HOST_FILES.has(sitePath)) return { kind: 'missing' };
  const candidate = path.join(root, sitePath);
  const file = sitePath.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
  const stats = fileStats(file);
  if (stats?.isFile()) return insideRoot(root, file) ? { kind: 'file', file, stats } : { kind: 'missing' };
  if (!sitePath.endsWith('/') && fileStats(path.join(candidate, 'index.html'))?.isFile()) return { kind: 'folder' };
  return { kind: 'missing' };
}

/** Whether a file, its links resolved, lies inside root (a link in dist/ must not lead out). */
function insideRoot(root: string, file: string): boolean {
  try {
    const relative = path.relative(realpathSync(root), realpathSync(file));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}

function sendText(response: ServerResponse, status: number, headers: OutgoingHttpHeaders, text: string, withBody: boolean): void {
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
  response.end(withBody ? body : undefined);
}

function sendFile(response: ServerResponse, status: number, headers: OutgoingHttpHeaders, file: string, stats: Stats, withBody: boolean): void {
  response.writeHead(status, { 'Content-Type': contentType(file), ...headers, 'Content-Length': stats.size });
  if (!withBody) {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The server's answer to each request. */
function staticRequestHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void {
  const absoluteRoot = path.resolve(root);
  const headerRules = headerRulesReader(absoluteRoot);

  async function answer(method: string, url: string, response: ServerResponse): Promise<void> {
    const withBody = method !== 'HEAD';
    const target = parseRequestPath(url);
    const siteHeaders: OutgoingHttpHeaders = target.ok ? headersForPath(await headerRules(), target.path) : {};
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(response, 405, { ...siteHeaders, Allow: 'GET, HEAD' }, 'Metoda niedozwolona: strona przyjmuje tylko GET i HEAD.\n', true);
      return;
    }
    if (!target.ok) {
      sendText(response, 400, {}, `Nieprawidłowy adres: ${target.problem}.\n`, withBody);
      return;
    }
    const found = lookUp(absoluteRoot, target.path);
    if (found.kind === 'file') {
      sendFile(response, 200, siteHeaders, found.file, found.stats, withBody);
    } else if (found.kind === 'folder') {
      response.writeHead(301, { ...siteHeaders, Location: `${encodeSitePath(`${target.path}/`)}${target.query}`, 'Content-Length': 0 });
      response.end();
    } else {
      const notFound = path.join(absoluteRoot, '404.html');
      const stats = fileStats(notFound);
      if (stats?.isFile()) sendFile(response, 404, siteHeaders, notFound, stats, withBody);
      else sendText(response, 404, siteHeaders, 'Nie znaleziono.\n', withBody);
    }
  }

  return (request, response) => {
    answer(request.method ?? 'GET', request.url ?? '/', response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendText(response, 500, {}, 'Błąd serwera.\n', true);
      else response.destroy();
    });
  };
}

/**
 * What a test may put before the site's answers, called first with each request: `false` when it
 * has dealt with the request itself (refused it, as a server gone offline), so the site does not answer.
 */
export type RequestGate = (request: IncomingMessage) => boolean;

export function startStaticServer(root: string, port: number, host = 'localhost', gate: RequestGate = () => true): Promise<Server> {
  const answer = staticRequestHandler(root);
  const server = createServer((request, response) => {
    if (gate(request)) answer(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** A site served on this machine alone, on a port the system picks (tests and benchmarks). */
export interface LocalSite {
  /** Where it answers, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Ends every open connection, a browser's kept-alive ones among them, as a server going away would. */
  dropConnections(): void;
  /** Stops the server, its open connections ended; resolves once it has. */
  close(): Promise<void>;
}

export async function serveLocally(root: string, gate?: RequestGate): Promise<LocalSite> {
  const server = await startStaticServer(root, 0, '127.0.0.1', gate);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dropConnections: () => server.closeAllConnections(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

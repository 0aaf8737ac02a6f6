/**
 * A small static file server for the built site: what `npm start` serves and what the browser
 * tests load. It behaves like a plain static host (directory → index.html, unknown path → 404.html
 * with status 404), so the tests see the site as a deployment would serve it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
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

/** The file for a request path, or undefined; never a path outside `root`. */
export function resolveFile(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function startStaticServer(root: string, port: number, host = 'localhost'): Promise<Server> {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    // Directory addresses end in "/" on the site; redirect the bare form as static hosts do.
    if (!pathname.endsWith('/') && !path.posix.extname(pathname) && existsSync(path.join(absoluteRoot, pathname, 'index.html'))) {
      response.writeHead(301, { Location: `${pathname}/${url.slice(pathname.length)}` });
      response.end();
      return;
    }
    const file = resolveFile(absoluteRoot, url);
    const notFound = path.join(absoluteRoot, '404.html');
    const status = file ? 200 : 404;
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Nie znaleziono');
      return;
    }
    response.writeHead(status, {
      'Content-Type': CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

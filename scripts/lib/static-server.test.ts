/**
 * The static server on a small dist/ in a temporary folder, asked with raw HTTP requests: the path
 * goes out exactly as written (fetch and URL would resolve `..` before sending it).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocally, type LocalSite } from './static-server.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors 'none'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const HEADERS_FILE = `/*
  Content-Security-Policy: ${POLICY}
  X-Frame-Options: DENY
/
  Cache-Control: ${REVALIDATE}
/projekty/*
  Cache-Control: ${REVALIDATE}
/_astro/*
  Cache-Control: ${IMMUTABLE}
`;

let folder: string;
let site: LocalSite;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'kb-static-server-'));
  const dist = path.join(folder, 'dist');
  const files: Record<string, string> = {
    _headers: HEADERS_FILE,
    _redirects: '/stary/ /projekty/ 301\n',
    'index.html': '<h1>Strona główna</h1>',
    '404.html': '<h1>Nie znaleziono strony</h1>',
    'projekty/index.html': '<h1>Projekty</h1>',
    '_astro/x.B1a2c3.js': 'console.log(1);',
    'dane/tabela.csv': 'a;b\n',
    'ąę/index.html': '<h1>Polskie znaki</h1>',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  writeFileSync(path.join(folder, 'package.json'), '{"sekret": true}');
  symlinkSync(path.join(folder, 'package.json'), path.join(dist, 'link.json'));
  site = await serveLocally(dist);
  port = Number(new URL(site.origin).port);
});

afterAll(async () => {
  await site.close();
  rmSync(folder, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as given (to the site, or to the server at `to`). */
function ask(requestPath: string, method = 'GET', to: { port: number; agent?: Agent } = { port }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', ...to, path: requestPath, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('headers from _headers', () => {
  it('sends the Content-Security-Policy, the other headers and the cache rule of the home page', async () => {
    const answer = await ask('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('<h1>Strona główna</h1>');
    expect(answer.headers['content-security-policy']).toBe(POLICY);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['cache-control']).toBe(REVALIDATE);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('caches a hashed file for a year, and sends it the security headers too', async () => {
    const answer = await ask('/_astro/x.B1a2c3.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.headers['content-security-policy']).toBe(POLICY);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('sends the headers of the asked path with the 404 page', async () => {
    const answer = await ask('/projekty/nie-ma/');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('<h1>Nie znaleziono strony</h1>');
    expect(answer.headers['content-security-policy']).toBe(POLICY);
    expect(answer.headers['cache-control']).toBe(REVALIDATE);
  });

  it('sends only what the rules give a path: no cache rule where none matches', async () => {
    const answer = await ask('/dane/tabela.csv');
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['cache-control']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toBe(POLICY);
  });
});

describe('addresses', () => {
  it('serves a folder’s index.html and redirects the folder without its slash, keeping the query', async () => {
    expect((await ask('/projekty/')).body).toBe('<h1>Projekty</h1>');
    const redirect = await ask('/projekty?strona=2');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/projekty/?strona=2');
    expect(redirect.headers['content-security-policy']).toBe(POLICY);
  });

  it('decodes the path once: Polish letters, encoded or not', async () => {
    expect((await ask('/%C4%85%C4%99/')).body).toBe('<h1>Polskie znaki</h1>');
    expect((await ask('/%C4%85%C4%99')).headers.location).toBe('/%C4%85%C4%99/');
  });

  it('merges repeated slashes and `.` segments, never into a protocol-relative redirect', async () => {
    expect((await ask('//projekty/./')).body).toBe('<h1>Projekty</h1>');
    expect((await ask('//projekty')).headers.location).toBe('/projekty/');
  });

  it('answers an unknown address with dist/404.html and status 404', async () => {
    const answer = await ask('/nie-ma-takiej-strony');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('<h1>Nie znaleziono strony</h1>');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('does not serve the hosts’ configuration files', async () => {
    expect((await ask('/_headers')).status).toBe(404);
    expect((await ask('/_redirects')).status).toBe(404);
    expect((await ask('//_headers')).status).toBe(404);
  });
});

describe('paths that would leave dist/', () => {
  it.each([
    ['/../package.json'],
    ['/projekty/../../package.json'],
    ['/%2e%2e%2fpackage.json'],
    ['/%2e%2e/'],
    ['/%2E%2E/package.json'],
    ['/..%2fpackage.json'],
    ['/..%5cpackage.json'],
    ['/..'],
  ])('%s is refused with 400', async (requestPath) => {
    const answer = await ask(requestPath);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('sekret');
  });

  it('refuses NUL and broken percent-encoding with 400', async () => {
    expect((await ask('/a%00b')).status).toBe(400);
    expect((await ask('/index.html%00.txt')).status).toBe(400);
    expect((await ask('/%zz')).status).toBe(400);
    expect((await ask('/%C4')).status).toBe(400);
  });

  it('decodes a double-encoded `..` only once: a name, not found', async () => {
    const answer = await ask('/%252e%252e/package.json');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('sekret');
  });

  it('does not follow a link out of dist/', async () => {
    const answer = await ask('/link.json');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('sekret');
  });

  it('refuses a request target that is not a path', async () => {
    expect((await ask('http://example.org/')).status).toBe(400);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const answer = await ask('/', method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.headers['content-security-policy']).toBe(POLICY);
  });

  it('HEAD gets the headers of GET and no body', async () => {
    const answer = await ask('/', 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength('<h1>Strona główna</h1>')));
    expect(answer.headers['content-security-policy']).toBe(POLICY);
    expect((await ask('/nie-ma/', 'HEAD')).status).toBe(404);
  });
});

describe('a gate before the answers (a test server that can go offline)', () => {
  it('sees each request first; what it lets through is answered, and a request it refuses (ending the connection) is not', async () => {
    const seen: string[] = [];
    let refusing = false;
    const gated = await serveLocally(path.join(folder, 'dist'), (request) => {
      seen.push(request.url ?? '');
      if (!refusing) return true;
      request.socket.destroy();
      return false;
    });
    try {
      const to = { port: Number(new URL(gated.origin).port) };
      expect((await ask('/projekty/', 'GET', to)).body).toBe('<h1>Projekty</h1>');
      refusing = true;
      await expect(ask('/', 'GET', to)).rejects.toThrow(/socket hang up|ECONNRESET/);
      expect(seen).toEqual(['/projekty/', '/']);
    } finally {
      await gated.close();
    }
  });

  it('ends the connections a client keeps open when asked to', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      const kept = new Promise<void>((resolve) => agent.once('free', (socket) => socket.once('close', () => resolve())));
      expect((await ask('/', 'GET', { port, agent })).status).toBe(200);
      site.dropConnections();
      await kept;
    } finally {
      agent.destroy();
    }
  });
});

/**
 * Cache Storage and a site in memory, for the unit tests of saving packs: each cache keeps bodies
 * as bytes and answers `match` with a new Response, as the browser does; the site answers paths
 * from a map of texts and counts what was fetched. `failPut` makes the storage full.
 */
import type { CacheStore, OfflineStorage, StoredCache } from '../offline-storage.ts';

const ORIGIN = 'https://modele.example';

interface Stored {
  body: ArrayBuffer;
  status: number;
  headers: [string, string][];
}

export class MemoryCache implements StoredCache {
  readonly entries = new Map<string, Stored>();
  constructor(private readonly storage: MemoryStorage) {}

  async match(path: string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined> {
    const key = options?.ignoreSearch ? path.replace(/\?.*$/, '') : path;
    const stored = this.entries.get(key);
    return stored && new Response(stored.body.slice(0), { status: stored.status, headers: stored.headers });
  }

  async put(path: string, response: Response): Promise<void> {
    const body = await response.arrayBuffer();
    if (this.storage.failPut?.(path)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.entries.set(path, { body, status: response.status, headers: [...response.headers] });
  }

  async delete(path: string): Promise<boolean> {
    return this.entries.delete(path);
  }

  async keys(): Promise<{ url: string }[]> {
    return [...this.entries.keys()].map((path) => ({ url: new URL(path, ORIGIN).href }));
  }

  text(path: string): string | undefined {
    const stored = this.entries.get(path);
    return stored && new TextDecoder().decode(stored.body);
  }
}

export class MemoryStorage implements OfflineStorage {
  readonly caches: CacheStore & { named: Map<string, MemoryCache> };
  /** Paths fetched, in order, with whether they were asked for fresh. */
  readonly fetched: { path: string; fresh: boolean }[] = [];
  /** When set and true for a path, putting it throws QuotaExceededError. */
  failPut: ((path: string) => boolean) | undefined;
  /** When set, fetching throws a TypeError (no network). */
  offline = false;
  clock = new Date('2026-05-14T08:00:00Z');
  estimate?: () => Promise<{ quota?: number; usage?: number }>;

  constructor(readonly site: Map<string, string>) {
    const named = new Map<string, MemoryCache>();
    this.caches = {
      named,
      open: async (name) => {
        if (!named.has(name)) named.set(name, new MemoryCache(this));
        return named.get(name)!;
      },
      delete: async (name) => named.delete(name),
      keys: async () => [...named.keys()],
    };
  }

  async fetch(path: string, fresh: boolean): Promise<Response> {
    this.fetched.push({ path, fresh });
    if (this.offline) throw new TypeError('Failed to fetch');
    const text = this.site.get(path);
    return text === undefined ? new Response('nie ma', { status: 404 }) : new Response(text, { headers: { 'Content-Type': 'text/plain' } });
  }

  now(): Date {
    return this.clock;
  }
}

/** Byte length of a text as UTF-8, as a manifest measures a file. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * What saving packs needs from the browser, as interfaces: the part of Cache Storage it uses, a
 * fetch of the site's files, the clock and the storage estimate. The page scripts and the service
 * worker pass the real ones in (src/browser/offline-storage.ts); unit tests pass fakes, among them
 * a storage that is full. And the problems saving can meet, as named kinds the reader is told
 * about in Polish (src/lib/offline/offline-text.ts).
 */

/** The part of a `Cache` used here; keys are site paths (`/modele/x/`). */
export interface StoredCache {
  match(path: string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined>;
  put(path: string, response: Response): Promise<void>;
  delete(path: string): Promise<boolean>;
  keys(): Promise<readonly { url: string }[]>;
}

/** The part of `CacheStorage` used here. */
export interface CacheStore {
  open(name: string): Promise<StoredCache>;
  delete(name: string): Promise<boolean>;
  keys(): Promise<string[]>;
}

export interface OfflineStorage {
  caches: CacheStore;
  /** A file of the site; `fresh`: asked of the server past the HTTP cache (its name stays when its content changes). */
  fetch(path: string, fresh: boolean): Promise<Response>;
  now(): Date;
  /** What the browser grants the site and what it uses, when it says (`navigator.storage.estimate()`). */
  estimate?(): Promise<{ quota?: number | undefined; usage?: number | undefined }>;
}

export type OfflineProblem =
  /** The browser's storage for the site is full (QuotaExceededError), or would be. */
  | 'quota'
  /** A file could not be fetched at all: no connection. */
  | 'offline'
  /** A file's size differs from the manifest: a new deployment came in while saving. */
  | 'changed'
  /** The server answered a file with an error (HTTP status). */
  | 'missing'
  /** No Cache Storage or service workers: an old browser, or a page not served over https. */
  | 'unsupported'
  | 'unknown';

export class OfflineError extends Error {
  constructor(
    readonly problem: OfflineProblem,
    /** The file concerned, when there is one. */
    readonly path?: string,
  ) {
    super(path ? `${problem}: ${path}` : problem);
    this.name = 'OfflineError';
  }
}

/**
 * The kind of a problem thrown while saving. Storage errors are DOMExceptions the browser names
 * (compared by name: a DOMException from another realm, the service worker's, is not `instanceof`
 * this one's); failed fetches are turned into OfflineErrors where they happen.
 */
export function problemOf(error: unknown): OfflineProblem {
  if (error instanceof OfflineError) return error.problem;
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError' ? 'quota' : 'unknown';
}

/**
 * The browser's own Cache Storage, fetch, clock and storage estimate as the pure pack code wants
 * them (src/lib/offline/offline-storage.ts): the same for the pages' scripts and the service
 * worker, which pass in their global scope (a window or the worker). And the pages' side of the
 * messages with the service worker.
 */
import { OFFLINE_MESSAGES } from '../lib/offline/offline-addresses.ts';
import type { CacheStore, OfflineStorage } from '../lib/offline/offline-storage.ts';
import type { RefreshResult } from '../lib/offline/pack-refresh.ts';

interface BrowserScope {
  caches: CacheStorage;
  fetch: typeof fetch;
  navigator: { storage?: StorageManager };
}

/** Whether this browser, on this origin, can keep packs: Cache Storage and service workers exist only on https (and localhost). */
export function offlineSupported(scope: { isSecureContext: boolean; caches?: CacheStorage; navigator: Navigator }): boolean {
  return scope.isSecureContext && scope.caches !== undefined && 'serviceWorker' in scope.navigator;
}

export function browserStorage(scope: BrowserScope): OfflineStorage {
  const caches: CacheStore = {
    open: (name) => scope.caches.open(name),
    delete: (name) => scope.caches.delete(name),
    keys: () => scope.caches.keys(),
  };
  const storage = scope.navigator.storage;
  return {
    caches,
    // A file whose name stays when its content changes is asked of the server ("no-cache" revalidates);
    // content-hashed files may come from the HTTP cache.
    fetch: (path, fresh) => scope.fetch(path, { cache: fresh ? 'no-cache' : 'default', credentials: 'same-origin' }),
    now: () => new Date(),
    ...(storage?.estimate ? { estimate: () => storage.estimate() } : {}),
  };
}

/** Asks the active worker to compare saved packs with the site; nothing when none is active yet. */
export function askForCheck(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: OFFLINE_MESSAGES.check });
}

/** Calls `changed` with what happened to each pack whenever the worker reports that saved packs changed. */
export function onPacksChanged(changed: (results: RefreshResult[]) => void): void {
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: unknown; results?: RefreshResult[] } | null>) => {
    if (event.data?.type === OFFLINE_MESSAGES.updated) changed(event.data.results ?? []);
  });
}

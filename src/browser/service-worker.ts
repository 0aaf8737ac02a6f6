/**
 * The site's service worker, bundled into /sw.js after the build (src/integrations/service-worker.ts).
 *
 * - Precache (Workbox): the list of saved packs, the no-connection page and what they need, the
 *   web app manifest; served from the cache, renewed when a deployment changes them.
 * - Every other request of the site goes to the network first: online, a reader always gets the
 *   current page. Only when the network fails does the answer come from a saved pack (a page
 *   whatever its query), and a page that is not saved gets the no-connection page, at the address
 *   asked for. Search (pagefind) is not saved and fails offline; the search dialog says so.
 * - After each page a reader opens online, the worker asks for the build version (one small file)
 *   and refreshes, in the background, every saved pack a deployment changed: so a saved copy is
 *   never older than the last visit online. The list page can ask for the same check.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { BUILD_VERSION_FILE, NO_CONNECTION_PAGE, OFFLINE_MESSAGES } from '../lib/offline/offline-addresses.ts';
import { parseBuildVersion } from '../lib/offline/pack-manifest.ts';
import { refreshSavedPacks } from '../lib/offline/pack-refresh.ts';
import { findSaved, removeUnusedCaches, savedPacks } from '../lib/offline/pack-store.ts';
import { browserStorage } from './offline-storage.ts';

/** The few service-worker types used here (the DOM library the project is typed with has none of them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: { type?: unknown } | null;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  location: Location;
  caches: CacheStorage;
  fetch: typeof fetch;
  navigator: { storage?: StorageManager };
  clients: { matchAll(options?: { includeUncontrolled?: boolean }): Promise<readonly { postMessage(message: unknown): void }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;

const storage = browserStorage(self);

// A new deployment's worker takes over at once: pages are separate documents, and the packs it
// reads are the same caches.
void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

let checking: Promise<void> | undefined;

/** Compares saved packs with the site's build version and refreshes those that changed; one check at a time. */
function checkSavedPacks(): Promise<void> {
  checking ??= (async () => {
    if ((await savedPacks(storage)).length === 0) return;
    const response = await self.fetch(BUILD_VERSION_FILE, { cache: 'no-store' });
    const version = response.ok ? parseBuildVersion(await response.json()) : undefined;
    if (!version) return;
    const results = await refreshSavedPacks(storage, version);
    await removeUnusedCaches(storage);
    if (results.length === 0) return;
    for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage({ type: OFFLINE_MESSAGES.updated, results });
  })()
    // Offline, or the site mid-deployment: the packs stay as they are until the next visit.
    .catch(() => undefined)
    .finally(() => {
      checking = undefined;
    });
  return checking;
}

const networkFirst = new NetworkOnly({
  plugins: [
    {
      fetchDidSucceed: async ({ request, response, event }) => {
        if (request.mode === 'navigate') (event as ExtendableEvent).waitUntil(checkSavedPacks());
        return response;
      },
    },
  ],
});
registerRoute(({ url, request }) => url.origin === self.location.origin && request.method === 'GET', networkFirst);

setCatchHandler(async ({ request }) => {
  const saved = await findSaved(storage, new URL(request.url).pathname);
  if (saved) return saved;
  if (request.mode === 'navigate') return (await matchPrecache(NO_CONNECTION_PAGE)) ?? Response.error();
  return Response.error();
});

self.addEventListener('activate', (event) => event.waitUntil(removeUnusedCaches(storage)));
self.addEventListener('message', (event) => {
  if (event.data?.type === OFFLINE_MESSAGES.check) event.waitUntil(checkSavedPacks());
});

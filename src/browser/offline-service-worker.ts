/**
 * Registers the site's service worker (workbox-window) when the reader saves a pack: only then,
 * and only on a secure origin (the caller checks offlineSupported first), as browsers refuse
 * service workers elsewhere and the site keeps nothing in a reader's browser unasked. A module of
 * its own so that the list of saved packs, which never registers, does not load workbox-window.
 */
import { Workbox } from 'workbox-window';
import { SERVICE_WORKER } from '../lib/offline/offline-addresses.ts';

/** Resolves once the worker is active, so a page saved now opens offline on its next load. */
export async function registerServiceWorker(): Promise<void> {
  await new Workbox(SERVICE_WORKER, { scope: '/' }).register({ immediate: true });
  await navigator.serviceWorker.ready;
}

/**
 * Where the offline reading lives: its pages, the files the build writes for it, the service
 * worker, and the names of what a reader's browser keeps (Cache Storage). One module, so the
 * build, the pages, the page scripts and the service worker cannot disagree about a name.
 */
// Plain literals, each whole: the small script on every offering page carries the one it needs
// inlined, with nothing else of this module (offline-addresses.test.ts checks they share the folder).

/** The page that lists saved packs and removes them. */
export const SAVED_PACKS_PAGE = '/bez-internetu/';
/** The page the service worker shows, at the address asked for, when that page is not saved and there is no connection. */
export const NO_CONNECTION_PAGE = '/bez-internetu/brak-polaczenia/';
/** What each pack is made of (pages and extra files), written by the pages' build; the after-build step reads it. */
export const PACK_DEFINITIONS = '/bez-internetu/pakiety.json';
/** The build's version: one hash per pack, so the service worker refreshes only packs that changed. */
export const BUILD_VERSION_FILE = '/bez-internetu/wersja.json';
/**
 * The code of the "Zapisz do czytania bez internetu" panel and of the list of saved packs, each one
 * script at a fixed address (src/integrations/browser-bundle.ts says why they are not in `_astro/`).
 */
export const OFFER_PANEL_SCRIPT = '/bez-internetu/zapisz.js';
export const SAVED_PACKS_SCRIPT = '/bez-internetu/lista.js';
/** At the root, so its scope is the whole site without a `Service-Worker-Allowed` header. */
export const SERVICE_WORKER = '/sw.js';
export const WEB_APP_MANIFEST = '/manifest.webmanifest';

const PACK_MANIFEST_FOLDER = '/bez-internetu/pakiety/';

/** The cache of the packs' records (title, size, dates, version); one entry per saved pack. */
export const SAVED_PACKS_CACHE = 'kb-bez-internetu';
/**
 * Caches being filled now (a save or a refresh in a page or the worker), with when it started: no
 * one removes them as unused while they are, however many tabs and workers there are.
 */
export const SAVING_PACKS_CACHE = 'kb-bez-internetu-w-toku';
/** Every pack's own cache starts so; the rest of the name is the page's address and the pack's version. */
const PACK_CACHE_PREFIX = 'kb-pakiet:';

/** Files whose name changes with their content: a copy already downloaded is never out of date. */
const IMMUTABLE_FILE = /^\/_astro\//;

/** A page address with its query and fragment removed: what a pack stores a page under. */
export function pagePath(address: string): string {
  return address.replace(/[?#].*$/, '');
}

/** The pack manifest of the page at `address`: `/modele/x/` → `/bez-internetu/pakiety/modele/x.json`. */
export function packManifestPath(address: string): string {
  const trimmed = pagePath(address).replace(/^\/+|\/+$/g, '');
  if (!trimmed) throw new Error(`Pakiet musi mieć adres strony, nie „${address}”.`);
  return `${PACK_MANIFEST_FOLDER}${trimmed}.json`;
}

/** A pack's cache for one version of it; a refresh writes a new one and drops the old. */
export function packCacheName(address: string, version: string): string {
  return `${PACK_CACHE_PREFIX}${pagePath(address)}:${version}`;
}

export function isPackCache(name: string): boolean {
  return name.startsWith(PACK_CACHE_PREFIX);
}

/** The key a pack's record is kept under in SAVED_PACKS_CACHE (a path of the site, never fetched). */
export function savedPackKey(address: string): string {
  return `/bez-internetu/zapisane${pagePath(address)}`;
}

/** Whether a file's copy stays valid for good (content-hashed name), so the HTTP cache may answer. */
export function isImmutableFile(path: string): boolean {
  return IMMUTABLE_FILE.test(path);
}

/** Messages between the pages and the service worker. */
export const OFFLINE_MESSAGES = {
  /** Page → worker: compare the saved packs with the site now (the list page asks on opening). */
  check: 'kb-bez-internetu:sprawdz',
  /** Worker → pages: saved packs changed (refreshed, marked gone); lists and panels read them again. */
  updated: 'kb-bez-internetu:zmienione',
} as const;

/**
 * Saved packs in the reader's browser. Each pack's files live in a cache of their own, named by
 * the pack's address and version; a record in SAVED_PACKS_CACHE says which cache is the pack's,
 * with its title, pages, files, size and dates. The record is written last and the previous
 * version's cache dropped after it, so a save or refresh that fails halfway leaves the pack as it
 * was (the new cache is removed), and a pack without a record does not exist for the reader.
 */
import { isImmutableFile, isPackCache, packCacheName, pagePath, SAVED_PACKS_CACHE, savedPackKey, SAVING_PACKS_CACHE } from './offline-addresses.ts';
import type { PackFile, PackManifest } from './pack-manifest.ts';
import { parsePackManifest } from './pack-manifest.ts';
import { OfflineError, problemOf, type OfflineStorage, type StoredCache } from './offline-storage.ts';

/** A pack as saved: its manifest (`version` is that of the files saved), and where and when. */
export interface SavedPack extends PackManifest {
  /** The cache that holds the files. */
  cache: string;
  /** ISO times: first saved; files last replaced by a newer version; last found current on the site. */
  savedAt: string;
  updatedAt: string;
  checkedAt: string;
  /** The build version last compared with (src/lib/offline/pack-manifest.ts, BuildVersion). */
  siteVersion?: string;
  /** The site no longer has this page; the saved copy stays until the reader removes it. */
  gone?: boolean;
}

/** A save that started this long ago was cut short (its page closed): its cache may be removed. */
const SAVING_GIVEN_UP_MS = 10 * 60 * 1000;

const savingKey = (cache: string) => `/w-toku/${encodeURIComponent(cache)}`;

/** Notes that `cache` is being filled, so that removeUnusedCaches leaves it alone; returns the note's removal. */
async function noteSaving(storage: OfflineStorage, cache: string): Promise<() => Promise<void>> {
  const notes = await storage.caches.open(SAVING_PACKS_CACHE);
  await notes.put(savingKey(cache), new Response(storage.now().toISOString()));
  return async () => void (await notes.delete(savingKey(cache)));
}

/** The caches being filled now; notes of saves given up long ago are dropped. */
async function cachesBeingSaved(storage: OfflineStorage): Promise<Set<string>> {
  const notes = await storage.caches.open(SAVING_PACKS_CACHE);
  const saving = new Set<string>();
  for (const key of await notes.keys()) {
    const path = new URL(key.url).pathname;
    const started = Date.parse((await (await notes.match(path))?.text()) ?? '');
    if (storage.now().getTime() - started < SAVING_GIVEN_UP_MS) saving.add(decodeURIComponent(path.slice(savingKey('').length)));
    else await notes.delete(path);
  }
  return saving;
}

/** Progress of a save: files done out of all, for the status line. */
export type SaveProgress = (done: number, total: number) => void;

function asRecord(json: unknown): SavedPack | undefined {
  const manifest = parsePackManifest(json);
  const { cache, savedAt, updatedAt, checkedAt, siteVersion, gone } = (json ?? {}) as Partial<SavedPack>;
  const times = [savedAt, updatedAt, checkedAt];
  if (!manifest || typeof cache !== 'string' || !times.every((time) => typeof time === 'string' && !Number.isNaN(Date.parse(time)))) return undefined;
  return {
    ...manifest,
    cache,
    savedAt: savedAt!,
    updatedAt: updatedAt!,
    checkedAt: checkedAt!,
    ...(typeof siteVersion === 'string' ? { siteVersion } : {}),
    ...(gone === true ? { gone } : {}),
  };
}

async function writeRecord(storage: OfflineStorage, record: SavedPack): Promise<void> {
  const records = await storage.caches.open(SAVED_PACKS_CACHE);
  await records.put(savedPackKey(record.address), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

/** Every saved pack, by title (Polish order); records that cannot be read are skipped. */
export async function savedPacks(storage: OfflineStorage): Promise<SavedPack[]> {
  const records = await storage.caches.open(SAVED_PACKS_CACHE);
  const packs: SavedPack[] = [];
  for (const key of await records.keys()) {
    const response = await records.match(new URL(key.url).pathname);
    const record = asRecord(await response?.json().catch(() => undefined));
    if (record) packs.push(record);
  }
  return packs.sort((a, b) => a.title.localeCompare(b.title, 'pl'));
}

export async function savedPack(storage: OfflineStorage, address: string): Promise<SavedPack | undefined> {
  const records = await storage.caches.open(SAVED_PACKS_CACHE);
  const response = await records.match(savedPackKey(address));
  return asRecord(await response?.json().catch(() => undefined));
}

/** A downloaded file, checked against the manifest: a size that differs means the site changed under us. */
async function download(storage: OfflineStorage, file: PackFile): Promise<Response> {
  let response: Response;
  try {
    response = await storage.fetch(file.path, !isImmutableFile(file.path));
  } catch {
    throw new OfflineError('offline', file.path);
  }
  if (!response.ok) throw new OfflineError('missing', file.path);
  const body = await response.arrayBuffer();
  if (body.byteLength !== file.bytes) throw new OfflineError('changed', file.path);
  // A fresh response: a redirected one cannot answer a page request from the service worker.
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Refuses before downloading anything when the browser says the pack will not fit. A refresh
 * needs the whole size too: the old copy stays until the new one is complete.
 */
async function checkRoom(storage: OfflineStorage, bytes: number): Promise<void> {
  const estimate = await storage.estimate?.().catch(() => undefined);
  if (estimate?.quota === undefined || estimate.usage === undefined) return;
  if (estimate.quota - estimate.usage < bytes) throw new OfflineError('quota');
}

/**
 * Saves the pack of `manifest`, or brings a saved one to this version: unchanged files (same path
 * and hash) are copied from the saved copy, the rest downloaded. Throws an OfflineError (or the
 * storage's own error) and leaves the previous copy in place when anything fails.
 */
export async function savePack(storage: OfflineStorage, manifest: PackManifest, onProgress?: SaveProgress): Promise<SavedPack> {
  const previous = await savedPack(storage, manifest.address);
  const now = storage.now().toISOString();
  const name = packCacheName(manifest.address, manifest.version);
  if (previous?.cache === name) {
    const checked = { ...previous, checkedAt: now };
    await writeRecord(storage, checked);
    return checked;
  }
  await checkRoom(storage, manifest.bytes);
  const old = previous ? await storage.caches.open(previous.cache) : undefined;
  const kept = new Map((previous?.files ?? []).map((file) => [file.path, file.hash]));
  const doneSaving = await noteSaving(storage, name);
  try {
    const cache = await storage.caches.open(name);
    let done = 0;
    for (const file of manifest.files) {
      const copy = kept.get(file.path) === file.hash ? await old?.match(file.path) : undefined;
      await cache.put(file.path, copy ?? (await download(storage, file)));
      onProgress?.(++done, manifest.files.length);
    }
    const record: SavedPack = { ...manifest, cache: name, savedAt: previous?.savedAt ?? now, updatedAt: now, checkedAt: now };
    await writeRecord(storage, record);
    if (previous) await storage.caches.delete(previous.cache);
    return record;
  } catch (error) {
    await storage.caches.delete(name).catch(() => false);
    throw error instanceof OfflineError ? error : new OfflineError(problemOf(error));
  } finally {
    await doneSaving().catch(() => undefined);
  }
}

/** Marks a saved pack as checked against the site (still current, or gone from it). */
export async function markChecked(storage: OfflineStorage, pack: SavedPack, siteVersion: string, gone = false): Promise<SavedPack> {
  const record: SavedPack = { ...pack, checkedAt: storage.now().toISOString(), siteVersion, ...(gone ? { gone } : {}) };
  if (!gone) delete record.gone;
  await writeRecord(storage, record);
  return record;
}

export async function removePack(storage: OfflineStorage, address: string): Promise<void> {
  const pack = await savedPack(storage, address);
  const records = await storage.caches.open(SAVED_PACKS_CACHE);
  await records.delete(savedPackKey(address));
  if (pack) await storage.caches.delete(pack.cache);
}

/** Pack caches no record points to and no save is filling (a save cut short by closing the page): removed. */
export async function removeUnusedCaches(storage: OfflineStorage): Promise<string[]> {
  // Read in the order a save writes in reverse: the caches, then the notes, then the records. A save
  // notes its cache before creating it, and writes its record before dropping the note, so a cache
  // seen here is seen with its note or its record, however another tab or the worker interleaves.
  const packCaches = (await storage.caches.keys()).filter(isPackCache);
  const saving = await cachesBeingSaved(storage);
  const recorded = (await savedPacks(storage)).map((pack) => pack.cache);
  const used = new Set([...saving, ...recorded]);
  const unused = packCaches.filter((name) => !used.has(name));
  for (const name of unused) await storage.caches.delete(name);
  return unused;
}

/**
 * The saved copy of a site path, from the packs that hold it, or undefined. The query is ignored:
 * a saved page reads its own (a course path's `?t=…`, the explorer's `?aktor=…`).
 */
export async function findSaved(storage: OfflineStorage, address: string): Promise<Response | undefined> {
  const path = pagePath(address);
  for (const pack of await savedPacks(storage)) {
    if (!pack.files.some((file) => file.path === path)) continue;
    const cache: StoredCache = await storage.caches.open(pack.cache);
    const found = await cache.match(path, { ignoreSearch: true });
    if (found) return found;
  }
  return undefined;
}

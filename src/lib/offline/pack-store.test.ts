import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from './__fixtures__/memory-storage.ts';
import { manifestOf, siteOf } from './__fixtures__/packs.ts';
import { packCacheName, SAVED_PACKS_CACHE, savedPackKey, SAVING_PACKS_CACHE } from './offline-addresses.ts';
import { OfflineError } from './offline-storage.ts';
import { findSaved, removePack, removeUnusedCaches, savedPack, savedPacks, savePack } from './pack-store.ts';

const MODEL = '/modele/model-kooperacji-dla-miast/';
const PATHS = [MODEL, '/latwy-tekst/model-kooperacji-dla-miast/', '/_astro/global.css', '/dane/wskazniki.csv'];
let site: Map<string, string>;
let storage: MemoryStorage;

beforeEach(() => {
  site = siteOf({
    [MODEL]: '<h1>Model kooperacji dla miast</h1>',
    '/latwy-tekst/model-kooperacji-dla-miast/': '<h1>Tekst łatwy</h1>',
    '/_astro/global.css': 'body{}',
    '/dane/wskazniki.csv': 'wskaźnik;wartość',
  });
  storage = new MemoryStorage(site);
});

/** What happened to the storage's failing put, and that nothing of the pack was kept. */
async function expectNothingSaved(): Promise<void> {
  expect(await savedPacks(storage)).toEqual([]);
  expect([...storage.caches.named.keys()].filter((name) => name !== SAVED_PACKS_CACHE && name !== SAVING_PACKS_CACHE)).toEqual([]);
}

describe('savePack', () => {
  it('keeps every file under its path in the pack’s own cache, and a record with its dates', async () => {
    const manifest = manifestOf(site, MODEL, PATHS);
    const progress: string[] = [];
    const pack = await savePack(storage, manifest, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(pack).toMatchObject({
      address: MODEL,
      bytes: manifest.bytes,
      version: manifest.version,
      savedAt: '2026-05-14T08:00:00.000Z',
      updatedAt: '2026-05-14T08:00:00.000Z',
    });
    const cache = storage.caches.named.get(pack.cache)!;
    expect(cache.text('/dane/wskazniki.csv')).toBe('wskaźnik;wartość');
    expect(await savedPack(storage, MODEL)).toEqual(pack);
    expect(await savedPacks(storage)).toEqual([pack]);
  });

  it('asks the server past the HTTP cache for every file but the content-hashed ones', async () => {
    await savePack(storage, manifestOf(site, MODEL, PATHS));
    expect(storage.fetched.map(({ path, fresh }) => `${path} ${fresh}`)).toEqual([
      `${MODEL} true`,
      '/latwy-tekst/model-kooperacji-dla-miast/ true',
      '/_astro/global.css false',
      '/dane/wskazniki.csv true',
    ]);
  });

  it('refreshes to a new version by downloading only the files that changed, and keeps the first save’s date', async () => {
    const first = await savePack(storage, manifestOf(site, MODEL, PATHS));
    site.set(MODEL, '<h1>Model kooperacji dla miast, wersja 2</h1>');
    storage.fetched.length = 0;
    storage.clock = new Date('2026-06-01T10:00:00Z');
    const second = await savePack(storage, manifestOf(site, MODEL, PATHS));
    expect(storage.fetched.map(({ path }) => path)).toEqual([MODEL]);
    expect(second.version).not.toBe(first.version);
    expect(second).toMatchObject({ savedAt: first.savedAt, updatedAt: '2026-06-01T10:00:00.000Z' });
    expect(storage.caches.named.has(first.cache)).toBe(false);
    expect(storage.caches.named.get(second.cache)!.text('/dane/wskazniki.csv')).toBe('wskaźnik;wartość');
    expect(storage.caches.named.get(second.cache)!.text(MODEL)).toContain('wersja 2');
  });

  it('saving the same version again only notes that it was checked', async () => {
    const first = await savePack(storage, manifestOf(site, MODEL, PATHS));
    storage.fetched.length = 0;
    storage.clock = new Date('2026-05-20T08:00:00Z');
    const again = await savePack(storage, manifestOf(site, MODEL, PATHS));
    expect(storage.fetched).toEqual([]);
    expect(again).toEqual({ ...first, checkedAt: '2026-05-20T08:00:00.000Z' });
  });

  it('reports a full storage as a quota problem and keeps nothing of the pack', async () => {
    storage.failPut = (path) => path === '/_astro/global.css';
    const saving = savePack(storage, manifestOf(site, MODEL, PATHS));
    await expect(saving).rejects.toBeInstanceOf(OfflineError);
    await expect(saving).rejects.toMatchObject({ problem: 'quota' });
    await expectNothingSaved();
  });

  it('refuses before downloading when the browser says the pack will not fit', async () => {
    storage.estimate = async () => ({ quota: 1_000, usage: 990 });
    await expect(savePack(storage, manifestOf(site, MODEL, PATHS))).rejects.toMatchObject({ problem: 'quota' });
    expect(storage.fetched).toEqual([]);
  });

  it('leaves the saved copy as it was when a refresh fails halfway', async () => {
    const first = await savePack(storage, manifestOf(site, MODEL, PATHS));
    site.set(MODEL, '<h1>Nowa wersja</h1>');
    site.set('/dane/wskazniki.csv', 'nowe;dane');
    storage.failPut = (path) => path === '/dane/wskazniki.csv';
    await expect(savePack(storage, manifestOf(site, MODEL, PATHS))).rejects.toMatchObject({ problem: 'quota' });
    expect(await savedPack(storage, MODEL)).toEqual(first);
    expect([...storage.caches.named.keys()].sort()).toEqual([first.cache, SAVED_PACKS_CACHE, SAVING_PACKS_CACHE].sort());
  });

  /** How each problem is brought about after the manifest was made. */
  const spoilers: Record<'offline' | 'missing' | 'changed', () => void> = {
    offline: () => {
      storage.offline = true;
    },
    missing: () => {
      site.delete('/dane/wskazniki.csv');
    },
    changed: () => {
      site.set('/dane/wskazniki.csv', 'inna treść, inny rozmiar');
    },
  };

  it.each(['offline', 'missing', 'changed'] as const)('names a %s problem and the file it met', async (problem) => {
    const manifest = manifestOf(site, MODEL, PATHS);
    spoilers[problem]();
    await expect(savePack(storage, manifest)).rejects.toMatchObject({ problem, path: problem === 'offline' ? MODEL : '/dane/wskazniki.csv' });
    await expectNothingSaved();
  });
});

describe('reading and removing saved packs', () => {
  it('finds a saved page whatever its query, and nothing for a page that is not saved', async () => {
    await savePack(storage, manifestOf(site, MODEL, PATHS));
    expect(await (await findSaved(storage, `${MODEL}?aktor=rodzaj-ops#krok-1`))!.text()).toContain('Model kooperacji dla miast');
    expect(await findSaved(storage, '/projekty/liderzy-kooperacji/')).toBeUndefined();
  });

  it('lists packs in Polish alphabetical order', async () => {
    site.set('/projekty/z/', 'z');
    site.set('/projekty/l/', 'ł');
    await savePack(storage, manifestOf(site, '/projekty/z/', ['/projekty/z/'], 'Żyrardów'));
    await savePack(storage, manifestOf(site, '/projekty/l/', ['/projekty/l/'], 'Łódź'));
    await savePack(storage, manifestOf(site, MODEL, PATHS, 'Lublin'));
    expect((await savedPacks(storage)).map((pack) => pack.title)).toEqual(['Lublin', 'Łódź', 'Żyrardów']);
  });

  it('removes a pack’s record and its files', async () => {
    const pack = await savePack(storage, manifestOf(site, MODEL, PATHS));
    await removePack(storage, MODEL);
    expect(await savedPacks(storage)).toEqual([]);
    expect(storage.caches.named.has(pack.cache)).toBe(false);
    expect(await findSaved(storage, MODEL)).toBeUndefined();
  });

  it('removes pack caches no record points to, and only those', async () => {
    const pack = await savePack(storage, manifestOf(site, MODEL, PATHS));
    await storage.caches.open('kb-pakiet:/projekty/przerwany/:abc');
    await storage.caches.open('workbox-precache-v2');
    expect(await removeUnusedCaches(storage)).toEqual(['kb-pakiet:/projekty/przerwany/:abc']);
    expect([...storage.caches.named.keys()].sort()).toEqual([pack.cache, SAVED_PACKS_CACHE, SAVING_PACKS_CACHE, 'workbox-precache-v2'].sort());
  });

  it('leaves alone the cache a save is filling at that moment (in another tab, or the worker), until that save is long given up', async () => {
    let removedDuringSave: string[] | undefined;
    storage.failPut = (path) => {
      // The moment a file is put, something else (the worker after a deployment) cleans up.
      if (path === '/_astro/global.css' && !removedDuringSave) void removeUnusedCaches(storage).then((removed) => (removedDuringSave = removed));
      return false;
    };
    const pack = await savePack(storage, manifestOf(site, MODEL, PATHS));
    await expect.poll(() => removedDuringSave).toEqual([]);
    expect(await findSaved(storage, '/dane/wskazniki.csv')).toBeDefined();
    expect(storage.caches.named.has(pack.cache)).toBe(true);

    await storage.caches.open('kb-pakiet:/projekty/porzucony/:abc');
    const notes = await storage.caches.open(SAVING_PACKS_CACHE);
    await notes.put(`/w-toku/${encodeURIComponent('kb-pakiet:/projekty/porzucony/:abc')}`, new Response('2026-05-14T07:00:00.000Z'));
    expect(await removeUnusedCaches(storage)).toEqual(['kb-pakiet:/projekty/porzucony/:abc']);
    expect(await notes.keys()).toEqual([]);
  });

  it('keeps the cache of a save that finishes while it looks (its note gone, its record written)', async () => {
    const manifest = manifestOf(site, MODEL, PATHS);
    const cacheName = packCacheName(MODEL, manifest.version);
    await storage.caches.open(cacheName);
    const notes = await storage.caches.open(SAVING_PACKS_CACHE);
    await notes.put(`/w-toku/${encodeURIComponent(cacheName)}`, new Response(storage.clock.toISOString()));
    // The save finishes the moment the clean-up reads the notes: record written, note dropped.
    const open = storage.caches.open;
    storage.caches.open = async (name) => {
      if (name === SAVING_PACKS_CACHE) {
        storage.caches.open = open;
        const when = storage.clock.toISOString();
        const records = await open(SAVED_PACKS_CACHE);
        await records.put(
          savedPackKey(MODEL),
          new Response(JSON.stringify({ ...manifest, cache: cacheName, savedAt: when, updatedAt: when, checkedAt: when })),
        );
        await notes.delete(`/w-toku/${encodeURIComponent(cacheName)}`);
      }
      return open(name);
    };
    expect(await removeUnusedCaches(storage)).toEqual([]);
    expect(storage.caches.named.has(cacheName)).toBe(true);
  });

  it('skips a record that cannot be read instead of failing the whole list', async () => {
    const records = await storage.caches.open(SAVED_PACKS_CACHE);
    await records.put('/bez-internetu/zapisane/zepsuty/', new Response('{"address":"/zepsuty/"}'));
    expect(await savedPacks(storage)).toEqual([]);
  });
});

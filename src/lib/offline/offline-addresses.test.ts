import { describe, expect, it } from 'vitest';
import * as addresses from './offline-addresses.ts';
import {
  isImmutableFile,
  isPackCache,
  packCacheName,
  packManifestPath,
  pagePath,
  SAVED_PACKS_PAGE,
  savedPackKey,
  SERVICE_WORKER,
  WEB_APP_MANIFEST,
} from './offline-addresses.ts';

describe('offline addresses', () => {
  it('keeps every file and page of offline reading in the list page’s folder, but the worker and web app manifest at the root', () => {
    const paths = (Object.values(addresses) as unknown[]).filter((value): value is string => typeof value === 'string' && value.startsWith('/'));
    expect(paths.length).toBeGreaterThan(6);
    for (const path of paths) if (path !== SERVICE_WORKER && path !== WEB_APP_MANIFEST) expect(path.startsWith(SAVED_PACKS_PAGE), path).toBe(true);
    expect([SERVICE_WORKER, WEB_APP_MANIFEST]).toEqual(['/sw.js', '/manifest.webmanifest']);
  });

  it('puts a pack’s manifest under /bez-internetu/pakiety/ by its page’s address', () => {
    expect(packManifestPath('/modele/model-kooperacji-dla-miast/')).toBe('/bez-internetu/pakiety/modele/model-kooperacji-dla-miast.json');
    expect(packManifestPath('/kursy/kurs-szkola-kooperacji/?t=x#zajecia-1')).toBe('/bez-internetu/pakiety/kursy/kurs-szkola-kooperacji.json');
  });

  it('refuses a pack of the home page or no page, which has no address of its own to name it by', () => {
    expect(() => packManifestPath('/')).toThrow('Pakiet musi mieć adres strony');
  });

  it('names each version of a pack’s cache apart, so a refresh never writes into the copy being read', () => {
    const first = packCacheName('/projekty/liderzy-kooperacji/', 'aaa');
    expect(first).toBe('kb-pakiet:/projekty/liderzy-kooperacji/:aaa');
    expect(packCacheName('/projekty/liderzy-kooperacji/', 'bbb')).not.toBe(first);
    expect(isPackCache(first)).toBe(true);
    expect(isPackCache('workbox-precache-v2-https://modele.example/')).toBe(false);
  });

  it('keeps a pack’s record under a site path that no page has', () => {
    expect(savedPackKey('/programy/rybnik/#koordynator')).toBe('/bez-internetu/zapisane/programy/rybnik/');
  });

  it('drops the query and fragment of an address', () => {
    expect(pagePath('/sciezka/?t=Kurs&e=a.b#x')).toBe('/sciezka/');
  });

  it('treats only content-hashed bundle files as never changing', () => {
    expect(isImmutableFile('/_astro/client.CzWaolnw.js')).toBe(true);
    expect(isImmutableFile('/modele/x/')).toBe(false);
    expect(isImmutableFile('/dane/wskazniki.csv')).toBe(false);
  });
});

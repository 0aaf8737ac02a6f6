/**
 * Offline reading in the built site: the web app manifest, the service worker and its precache,
 * the "Zapisz do czytania bez internetu" offer on every project, model, programme and course page,
 * and each pack's manifest checked against dist/ itself: the right pages (the page, its
 * easy-to-read text and English summary where they exist, a course's path and trainings), every
 * file those pages load (island code, stylesheets, the CSV files their charts link), sizes and
 * hashes as measured, and the build version naming every pack's version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file.ts';
import {
  BUILD_VERSION_FILE,
  NO_CONNECTION_PAGE,
  PACK_DEFINITIONS,
  packManifestPath,
  SAVED_PACKS_PAGE,
  SERVICE_WORKER,
  WEB_APP_MANIFEST,
} from '../../src/lib/offline/offline-addresses.ts';
import { parsePackDefinitions } from '../../src/lib/offline/pack-definition.ts';
import { parseBuildVersion, parsePackManifest, type PackManifest } from '../../src/lib/offline/pack-manifest.ts';
import { REVALIDATE } from '../../src/lib/security-headers.ts';
import { builtPage, builtPagePaths, DIST } from './support/built-site.ts';

const fileOf = (sitePath: string) => path.join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
const json = (sitePath: string): unknown => JSON.parse(readFileSync(fileOf(sitePath), 'utf8'));
const pages = builtPagePaths();
/** Entry pages of the four types that offer saving, e.g. /modele/x/ (not their section indexes). */
const packPages = pages.filter((page) => /^\/(projekty|modele|programy|kursy)\/[^/]+\/$/.test(page) && !/\/strona\/\d+\/$/.test(page));
const definitions = parsePackDefinitions(json(PACK_DEFINITIONS));
const manifests = new Map(definitions.map((definition) => [definition.address, parsePackManifest(json(packManifestPath(definition.address)))!]));
const manifest = (address: string): PackManifest => manifests.get(address)!;
const paths = (address: string) => manifest(address).files.map((file) => file.path);

describe('the web app manifest and the service worker', () => {
  it('the manifest names the site in Polish, within the whole site, with an icon that exists', () => {
    const webManifest = json(WEB_APP_MANIFEST) as Record<string, unknown> & { icons: { src: string }[] };
    expect(webManifest).toMatchObject({ name: 'Modele kooperacji i opieki', lang: 'pl', start_url: '/', scope: '/' });
    expect(webManifest.icons.length).toBeGreaterThan(0);
    for (const icon of webManifest.icons) expect(existsSync(fileOf(icon.src)), icon.src).toBe(true);
    expect(builtPage('/').querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(WEB_APP_MANIFEST);
  });

  it('the service worker precaches the list of saved packs, the no-connection page and what they load, all of it in dist/', () => {
    const worker = readFileSync(fileOf(SERVICE_WORKER), 'utf8');
    // Workbox writes the list as JSON objects of revision and url.
    const precached = [...worker.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((match) => match[1]!);
    expect(precached).toEqual(expect.arrayContaining([SAVED_PACKS_PAGE, NO_CONNECTION_PAGE, WEB_APP_MANIFEST]));
    const stylesheet = builtPage(NO_CONNECTION_PAGE).querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    expect(precached).toContain(stylesheet);
    expect(precached.filter((url) => !existsSync(fileOf(url)))).toEqual([]);
    // It runs under the site's policy: no code from text.
    expect(worker).not.toMatch(/\beval\(|new Function\(/);
  });

  it('the host sends the worker with the site’s policy and makes the browser ask for a new one every time', () => {
    const headers = headersForPath(parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8')), SERVICE_WORKER);
    expect(headers['Cache-Control']).toBe(REVALIDATE);
    expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
  });

  it('the no-connection page is kept out of search engines, the sitemap and search', () => {
    const page = builtPage(NO_CONNECTION_PAGE);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(NO_CONNECTION_PAGE);
  });
});

describe('packs', () => {
  it('every project, model, programme and course page offers its own pack, and no other page does', () => {
    expect(packPages.length).toBeGreaterThanOrEqual(14);
    expect([...manifests.keys()].sort()).toEqual([...packPages].sort());
    for (const page of pages) {
      const offer = builtPage(page).querySelector('[data-offline-offer]');
      expect(offer?.getAttribute('data-pack-address'), page).toBe(packPages.includes(page) ? page : undefined);
    }
  });

  it('a model’s and a programme’s pack holds its easy-to-read text and English summary where they exist', () => {
    for (const address of packPages.filter((page) => /^\/(modele|programy)\//.test(page))) {
      const id = address.split('/')[2]!;
      const english = address.startsWith('/modele/') ? `/en/models/${id}/` : `/en/programmes/${id}/`;
      const expected = [address, `/latwy-tekst/${id}/`, english].filter((page) => existsSync(fileOf(page)));
      expect(
        manifest(address).pages.map((page) => page.path),
        address,
      ).toEqual(expected);
    }
    expect(paths('/modele/model-kooperacji-dla-miast/')).toEqual(
      expect.arrayContaining(['/latwy-tekst/model-kooperacji-dla-miast/', '/en/models/model-kooperacji-dla-miast/']),
    );
  });

  it('a course’s pack holds its course path with the catalogue it reads, its trainings and the pages of its items', () => {
    const course = manifest('/kursy/kurs-szkola-kooperacji/');
    expect(course.pages.map((page) => page.path)).toEqual(expect.arrayContaining(['/sciezka/', '/szkolenia/szkola-kooperacji/']));
    const itemPages = builtPage('/kursy/kurs-szkola-kooperacji/')
      .querySelectorAll('.course-item__title a')
      .map((link) => link.getAttribute('href')!.replace(/[?#].*$/, ''));
    expect(itemPages.length).toBeGreaterThan(3);
    expect(course.pages.map((page) => page.path)).toEqual(expect.arrayContaining([...new Set(itemPages)]));
    expect(paths('/kursy/kurs-szkola-kooperacji/')).toContain('/dane/elementy-sciezek.json');
  });

  it('each pack holds every script, island and stylesheet its pages load and the CSV files they link, and nothing of search', () => {
    for (const { address, pages: packPagesOfPack } of manifests.values()) {
      const held = new Set(paths(address));
      for (const { path: page } of packPagesOfPack) {
        const html = builtPage(page);
        const loaded = [
          ...html.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
          ...html.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!),
          ...html.querySelectorAll('astro-island').flatMap((island) => [island.getAttribute('component-url')!, island.getAttribute('renderer-url')!]),
          ...html.querySelectorAll('main a[href$=".csv"]').map((link) => link.getAttribute('href')!),
        ];
        expect(
          loaded.filter((file) => !held.has(file)),
          `${address}: ${page}`,
        ).toEqual([]);
      }
      expect(
        [...held].filter((file) => file.startsWith('/pagefind/')),
        address,
      ).toEqual([]);
    }
    expect(paths('/projekty/liderzy-kooperacji/')).toEqual(expect.arrayContaining(['/dane/budzety-projektow.csv', '/dane/zasieg-terytorialny.csv']));
  });

  it('gives each file’s size and hash as they are in dist/, and the pack’s size as their sum', () => {
    for (const { address, files, bytes } of manifests.values()) {
      for (const file of files) {
        const content = readFileSync(fileOf(file.path));
        expect({ path: file.path, bytes: statSync(fileOf(file.path)).size, hash: createHash('sha256').update(content).digest('hex') }, address).toEqual(file);
      }
      expect(bytes).toBe(files.reduce((sum, file) => sum + file.bytes, 0));
    }
  });

  it('the build version gives every pack’s version', () => {
    const version = parseBuildVersion(json(BUILD_VERSION_FILE))!;
    expect(version.packs).toEqual(Object.fromEntries([...manifests.values()].map((pack) => [pack.address, pack.version])));
  });
});

/**
 * Drafts stay out of the public build entirely. The site is built twice from copies of the
 * project with the fixture drafts in `tests/fixtures/drafts/` added to their content
 * (tests/copies/global-setup.ts): once as the public site (the grown copy, shared with the other
 * suites of this folder) and once as a preview with `KB_DRAFTS=1`. The drafts' control sentences, titles
 * and addresses must appear nowhere in the public output — HTML, the decompressed search index,
 * sitemap, feed, JavaScript, JSON, CSV — and must appear in the preview, under the banner. Both are
 * built as `npm run build` builds, with the search index in several parts, as a large site has it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import {
  NO_CONNECTION_PAGE,
  OFFER_PANEL_SCRIPT,
  PACK_DEFINITIONS,
  SAVED_PACKS_SCRIPT,
  SERVICE_WORKER,
  WEB_APP_MANIFEST,
} from '../../src/lib/offline/offline-addresses.ts';
import { SHARD_PAGES } from './global-setup.ts';

const MARKERS = [
  'żuraw siedemdziesiąt trzy',
  'Poradnik roboczy do testu publikacji',
  'poradnik-roboczy',
  'czapla osiemdziesiąt jeden',
  'Instytucja robocza do testu publikacji',
  'instytucja-robocza',
];

/** The copies built with the fixture drafts (tests/copies/global-setup.ts): public and preview. */
const copies = { public: inject('grown'), preview: inject('preview') };
const builds: Record<'public' | 'preview', { files: Map<string, string> }> = {
  public: { files: new Map() },
  preview: { files: new Map() },
};

/** Pagefind's fragments (a page's text each) in every part of the index. */
const FRAGMENT = /^pagefind\/(shards\/\d+\/)?fragment\//;

/** Every file of a build as text; gzip files (pagefind's index and fragments) are decompressed first. */
function readAll(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        let bytes = readFileSync(full);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        files.set(path.relative(dist, full), bytes.toString('utf8'));
      }
    }
  };
  walk(dist);
  return files;
}

function filesContaining(name: 'public' | 'preview', marker: string): string[] {
  return [...builds[name].files].filter(([, text]) => text.includes(marker)).map(([file]) => file);
}

beforeAll(() => {
  for (const name of ['public', 'preview'] as const) {
    const { code, output, dist } = copies[name];
    if (code !== 0) throw new Error(`Budowanie kopii z wersjami roboczymi (${name}) się nie udało:\n${output.slice(-4000)}`);
    builds[name].files = readAll(dist);
  }
});

describe('the public build', () => {
  test.each(MARKERS)('has „%s” in no file at all, the search index included', (marker) => {
    expect(builds.public.files.size).toBeGreaterThan(100);
    expect(filesContaining('public', marker)).toEqual([]);
  });

  test('decompressed search fragments of every part were really read (the check above can fail)', () => {
    const fragments = [...builds.public.files.keys()].filter((file) => FRAGMENT.test(file));
    expect(fragments.length).toBeGreaterThan(2 * SHARD_PAGES);
    expect(new Set(fragments.map((file) => file.replace(/fragment\/.*$/, ''))).size).toBeGreaterThanOrEqual(3);
    expect(filesContaining('public', 'Liderzy Kooperacji').some((file) => FRAGMENT.test(file))).toBe(true);
  });

  test('has no draft banner and no noindex outside the 404 page, the old addresses of renamed entries, the embed pages and the no-connection page', () => {
    expect(filesContaining('public', 'PROJEKT — wersja robocza')).toEqual([]);
    const redirectPages = new Set(filesContaining('public', '<meta http-equiv="refresh"'));
    expect(redirectPages.size).toBeGreaterThan(0);
    // Embed pages (/osadz/…) are for other sites' frames, never for search engines.
    const embedPage = (file: string) => isEmbedPath(`/${file.replace(/index\.html$/, '')}`);
    // The page the service worker shows offline is never a search result either.
    const noConnectionPage = `${NO_CONNECTION_PAGE.slice(1)}index.html`;
    expect(
      filesContaining('public', '<meta name="robots" content="noindex">').filter(
        (file) => file !== '404.html' && file !== noConnectionPage && !redirectPages.has(file) && !embedPage(file),
      ),
    ).toEqual([]);
  });

  test('has offline reading: the service worker, the web app manifest, pack manifests and the save offer', () => {
    for (const file of [SERVICE_WORKER, WEB_APP_MANIFEST, PACK_DEFINITIONS]) expect(builds.public.files.has(file.slice(1)), file).toBe(true);
    expect(builds.public.files.get('modele/model-kooperacji-dla-miast/index.html')).toContain('data-offline-offer');
  });
});

describe('the preview build with KB_DRAFTS=1', () => {
  test('has the draft guide and institution pages, each under the banner', () => {
    for (const page of ['dokumenty/poradnik-roboczy/index.html', 'instytucje/instytucja-robocza/index.html']) {
      const html = builds.preview.files.get(page);
      expect(html, page).toBeDefined();
      expect(html).toContain('PROJEKT — wersja robocza');
    }
    expect(builds.preview.files.get('dokumenty/poradnik-roboczy/index.html')).toContain('żuraw siedemdziesiąt trzy');
  });

  test('ships no service worker, no web app manifest, no pack manifests and nothing that would register or offer saving', () => {
    const shipped = [SERVICE_WORKER, WEB_APP_MANIFEST, OFFER_PANEL_SCRIPT, SAVED_PACKS_SCRIPT].map((sitePath) => sitePath.slice(1));
    const offline = [...builds.preview.files.keys()].filter((file) => shipped.includes(file) || file.startsWith('bez-internetu/pakiety'));
    expect(offline).toEqual([]);
    // The worker's and the panel's addresses as code names them (quoted: pagefind's own files list a "sw.json").
    const offering = [...builds.preview.files]
      .filter(([, text]) => /data-offline-offer|rel="manifest"|serviceWorker\.register|["'`]\/(sw\.js|bez-internetu\/zapisz\.js)["'`]/.test(text))
      .map(([file]) => file);
    expect(offering).toEqual([]);
    // …while the public copy built from the same project has them, so the checks above can fail.
    expect(builds.public.files.get('index.html')).toContain('rel="manifest"');
    expect(builds.public.files.get(OFFER_PANEL_SCRIPT.slice(1))).toContain('/sw.js');
    expect([...builds.public.files.values()].some((text) => text.includes(`"${OFFER_PANEL_SCRIPT}"`) || text.includes(`\`${OFFER_PANEL_SCRIPT}\``))).toBe(true);
  });

  test('indexes the drafts for search, lists them and keeps every page out of search engines', () => {
    expect(filesContaining('preview', 'żuraw siedemdziesiąt trzy').some((file) => FRAGMENT.test(file))).toBe(true);
    expect(builds.preview.files.get('dokumenty/index.html')).toContain('/dokumenty/poradnik-roboczy/');
    expect(builds.preview.files.get('index.html')).toContain('<meta name="robots" content="noindex">');
  });
});

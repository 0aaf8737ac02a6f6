/**
 * After the build, for offline reading: each pack's manifest (every file its pages need, measured
 * and hashed in dist/), the build version the service worker compares saved packs with, and the
 * web app manifest, after the panel's and the list's scripts they include. Then the service worker
 * itself (src/integrations/service-worker.ts). A drafts
 * preview gets none of it: no manifest, no worker, no registration (docs/PUBLISHING.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
  BUILD_VERSION_FILE,
  NO_CONNECTION_PAGE,
  OFFER_PANEL_SCRIPT,
  PACK_DEFINITIONS,
  packManifestPath,
  SAVED_PACKS_PAGE,
  SAVED_PACKS_SCRIPT,
  WEB_APP_MANIFEST,
} from '../lib/offline/offline-addresses.ts';
import { definePack, parsePackDefinitions, type PackDefinition } from '../lib/offline/pack-definition.ts';
import { packFiles } from '../lib/offline/pack-files.ts';
import { buildVersion, packManifest, type PackFile, type PackManifest } from '../lib/offline/pack-manifest.ts';
import { SAVED_PACKS_TITLE } from '../lib/offline/offline-text.ts';
import { webAppManifest } from '../lib/offline/web-app-manifest.ts';
import { draftsIncluded } from '../lib/publication.ts';
import { SITE } from '../site.ts';
import { bundleBrowserScript } from './browser-bundle.ts';
import { buildServiceWorker } from './service-worker.ts';

const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

/** A built file by site path (`/x/` is `x/index.html`), or undefined when dist/ has none inside it. */
export function distFile(dist: string, sitePath: string): string | undefined {
  const file = path.join(dist, decodeURI(sitePath), sitePath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return path.relative(realpathSync(dist), realpathSync(file)).startsWith('..') ? undefined : file;
}

function writeSiteFile(dist: string, sitePath: string, content: string | Buffer): void {
  const file = path.join(dist, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function copySiteFile(source: string, dist: string, sitePath: string): void {
  writeSiteFile(dist, sitePath, readFileSync(source));
}

/** The offline panel and the list of saved packs, each bundled into its one script (src/integrations/browser-bundle.ts). */
const OFFLINE_UI_SCRIPTS = [
  [path.resolve(import.meta.dirname, '../browser/offline-offer-panel.ts'), OFFER_PANEL_SCRIPT],
  [path.resolve(import.meta.dirname, '../browser/offline-list.ts'), SAVED_PACKS_SCRIPT],
] as const;

/**
 * The files of a set of pages, measured in dist/; a page or file that is not there stops the build,
 * naming it. Scripts and stylesheets, shared by every pack, are read and hashed once per build;
 * pages are not kept (a large site has thousands).
 */
function packMeasurer(dist: string) {
  const texts = new Map<string, string | undefined>();
  const measured = new Map<string, PackFile>();
  const read = (sitePath: string) => {
    if (texts.has(sitePath)) return texts.get(sitePath);
    const file = distFile(dist, sitePath);
    const text = file && readFileSync(file, 'utf8');
    if (!sitePath.endsWith('/')) texts.set(sitePath, text);
    return text;
  };
  const measure = (sitePath: string): PackFile => {
    const known = measured.get(sitePath);
    if (known) return known;
    const content = readFileSync(distFile(dist, sitePath)!);
    const file = { path: sitePath, bytes: content.length, hash: sha256(content) };
    measured.set(sitePath, file);
    return file;
  };
  return (pack: PackDefinition): PackFile[] => {
    const { files, missing } = packFiles(pack, read);
    if (missing.length > 0)
      throw new Error(`Pakiet do czytania bez internetu ${pack.address} odwołuje się do plików, których nie ma w dist/: ${missing.join(', ')}`);
    return files.map(measure);
  };
}

export interface OfflineFiles {
  manifests: PackManifest[];
  /** Site paths the service worker precaches: the list of saved packs and the no-connection page with what they need, the web app manifest. */
  shell: string[];
}

/**
 * Writes every pack's manifest and the build version from the definitions the pages' build wrote.
 * Run again over a changed copy of dist/, it is what a new deployment would publish (the browser
 * tests use it so).
 */
export function writePackManifests(dist: string): OfflineFiles {
  const definitions = parsePackDefinitions(JSON.parse(readFileSync(distFile(dist, PACK_DEFINITIONS)!, 'utf8')));
  const measuredFiles = packMeasurer(dist);
  const manifests = definitions.map((definition) => packManifest(definition, measuredFiles(definition), sha256));
  for (const manifest of manifests) writeSiteFile(dist, packManifestPath(manifest.address), JSON.stringify(manifest));
  writeSiteFile(dist, BUILD_VERSION_FILE, JSON.stringify(buildVersion(manifests, sha256)));
  const shellPages = definePack({ address: SAVED_PACKS_PAGE, title: SAVED_PACKS_TITLE, related: [{ path: NO_CONNECTION_PAGE, title: 'Brak połączenia' }] });
  const shell = [...measuredFiles(shellPages).map((file) => file.path), WEB_APP_MANIFEST];
  return { manifests, shell };
}

/**
 * The page script that brings offline reading in. A drafts preview renders no offer, but Astro
 * bundles the scripts of every component it imports; emptied, it leaves nothing of offline reading
 * in the preview's `_astro/` (the panel and the list are bundled only for the public site).
 */
const OFFLINE_PAGE_SCRIPTS = [path.resolve(import.meta.dirname, '../browser/offline-offer.ts')];

function withoutOfflineScripts(): Plugin {
  return {
    name: 'kb:without-offline-scripts',
    enforce: 'pre',
    load: (id) => (OFFLINE_PAGE_SCRIPTS.includes(id.replace(/\?.*$/, '')) ? 'export {};' : undefined),
  };
}

export function offlineReading(): AstroIntegration {
  return {
    name: 'kb:offline-reading',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (draftsIncluded(process.env)) updateConfig({ vite: { plugins: [withoutOfflineScripts()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (draftsIncluded(process.env)) {
          logger.info('podgląd z wersjami roboczymi: bez czytania bez internetu (bez service workera i manifestu)');
          return;
        }
        const dist = fileURLToPath(dir);
        writeSiteFile(
          dist,
          WEB_APP_MANIFEST,
          JSON.stringify(
            webAppManifest({ name: SITE.name, shortName: SITE.shortName, description: SITE.description, themeColor: SITE.themeColour, icon: '/favicon.svg' }),
          ),
        );
        for (const [entry, sitePath] of OFFLINE_UI_SCRIPTS) copySiteFile(await bundleBrowserScript(entry), dist, sitePath);
        const { manifests, shell } = writePackManifests(dist);
        const worker = await buildServiceWorker(dist, shell);
        const largest = Math.max(...manifests.map((manifest) => manifest.bytes));
        logger.info(`${manifests.length} pakietów do czytania bez internetu (największy ${Math.round(largest / 1024)} KB); ${worker}`);
      },
    },
  };
}

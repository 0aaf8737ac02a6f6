/**
 * After the build, for offline reading: each pack's manifest (every file its pages need, measured
 * and hashed in dist/), the build version the service worker compares saved packs with, and the
 * web app manifest. Then the service worker itself (src/integrations/service-worker.ts). A drafts
 * preview gets none of it: no manifest, no worker, no registration (docs/PUBLISHING.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  BUILD_VERSION_FILE,
  NO_CONNECTION_PAGE,
  PACK_DEFINITIONS,
  packManifestPath,
  SAVED_PACKS_PAGE,
  WEB_APP_MANIFEST,
} from '../lib/offline/offline-addresses.ts';
import { definePack, parsePackDefinitions } from '../lib/offline/pack-definition.ts';
import { packFiles } from '../lib/offline/pack-files.ts';
import { buildVersion, packManifest, type PackManifest } from '../lib/offline/pack-manifest.ts';
import { SAVED_PACKS_TITLE } from '../lib/offline/offline-text.ts';
import { webAppManifest } from '../lib/offline/web-app-manifest.ts';
import { draftsIncluded } from '../lib/publication.ts';
import { SITE } from '../site.ts';
import { buildServiceWorker } from './service-worker.ts';

const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

/** A built file by site path (`/x/` is `x/index.html`), or undefined when dist/ has none inside it. */
export function distFile(dist: string, sitePath: string): string | undefined {
  const file = path.join(dist, decodeURI(sitePath), sitePath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return path.relative(realpathSync(dist), realpathSync(file)).startsWith('..') ? undefined : file;
}

function writeSiteFile(dist: string, sitePath: string, content: string): void {
  const file = path.join(dist, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** The files a set of pages needs, measured in dist/; a page or file that is not there stops the build, naming it. */
function measuredFiles(dist: string, pack: ReturnType<typeof definePack>) {
  const read = (sitePath: string) => {
    const file = distFile(dist, sitePath);
    return file && readFileSync(file, 'utf8');
  };
  const { files, missing } = packFiles(pack, read);
  if (missing.length > 0)
    throw new Error(`Pakiet do czytania bez internetu ${pack.address} odwołuje się do plików, których nie ma w dist/: ${missing.join(', ')}`);
  return files.map((sitePath) => {
    const content = readFileSync(distFile(dist, sitePath)!);
    return { path: sitePath, bytes: content.length, hash: sha256(content) };
  });
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
  const manifests = definitions.map((definition) => packManifest(definition, measuredFiles(dist, definition), sha256));
  for (const manifest of manifests) writeSiteFile(dist, packManifestPath(manifest.address), JSON.stringify(manifest));
  writeSiteFile(dist, BUILD_VERSION_FILE, JSON.stringify(buildVersion(manifests, sha256)));
  const shellPages = definePack({ address: SAVED_PACKS_PAGE, title: SAVED_PACKS_TITLE, related: [{ path: NO_CONNECTION_PAGE, title: 'Brak połączenia' }] });
  const shell = [...measuredFiles(dist, shellPages).map((file) => file.path), WEB_APP_MANIFEST];
  return { manifests, shell };
}

export function offlineReading(): AstroIntegration {
  return {
    name: 'kb:offline-reading',
    hooks: {
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
        const { manifests, shell } = writePackManifests(dist);
        const worker = await buildServiceWorker(dist, shell);
        const largest = Math.max(...manifests.map((manifest) => manifest.bytes));
        logger.info(`${manifests.length} pakietów do czytania bez internetu (największy ${Math.round(largest / 1024)} KB); ${worker}`);
      },
    },
  };
}

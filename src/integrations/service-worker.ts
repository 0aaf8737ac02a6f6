/**
 * The service worker, built after the pages: src/browser/service-worker.ts bundled into one classic
 * script (src/integrations/browser-bundle.ts; the host sends /sw.js the site's policy too), then
 * Workbox's injectManifest writes the precache list into it
 * as `dist/sw.js`: the list of saved packs and the no-connection page with every file they need,
 * and the web app manifest, each with its revision. A change to any of them changes sw.js, so
 * browsers install the new worker on a reader's next visit.
 */
import path from 'node:path';
import { injectManifest } from 'workbox-build';
import { isImmutableFile, SERVICE_WORKER } from '../lib/offline/offline-addresses.ts';
import { bundleBrowserScript } from './browser-bundle.ts';

/** Glob patterns are how injectManifest takes files; the site's file names hold none of their special characters. */
function asPattern(sitePath: string): string {
  const relative = sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
  if (/[*?[\]{}()!]/.test(relative)) throw new Error(`Plik ${sitePath} ma w nazwie znak wzorca (glob): nie da się go dodać do precache service workera.`);
  return relative;
}

/** Bundles the worker and writes it with its precache list; returns a line for the build log. */
export async function buildServiceWorker(dist: string, shell: readonly string[]): Promise<string> {
  // The bundle outside dist/ is never published before the precache list is written into it.
  const bundle = await bundleBrowserScript(path.resolve(import.meta.dirname, '../browser/service-worker.ts'));
  const { count, size, warnings } = await injectManifest({
    swSrc: bundle,
    swDest: path.join(dist, SERVICE_WORKER.slice(1)),
    globDirectory: dist,
    globPatterns: shell.map(asPattern),
    // Pages by their address (`/bez-internetu/`), as readers and the worker ask for them; content-hashed
    // files need no revision beside their name.
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => {
          const url = `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}`;
          return { ...entry, url, revision: isImmutableFile(url) ? null : entry.revision };
        }),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  if (count !== shell.length) throw new Error(`Service worker: do precache trafiło ${count} z ${shell.length} plików.`);
  return `service worker ${SERVICE_WORKER}: ${count} plików w precache (${Math.round(size / 1024)} KB)`;
}

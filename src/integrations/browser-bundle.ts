/**
 * A browser script bundled on its own after the pages, with everything it imports, into one
 * classic script (no modules, no eval: it runs under the site's Content-Security-Policy): the
 * service worker, and the offline panel and list of saved packs. Those two live at fixed
 * addresses outside Astro's bundle because a page loads the panel only when the reader asks for it:
 * loaded through `import()`, Vite's preload helper would become a chunk of its own that every page
 * of the site then loads (docs/ARCHITECTURE.md, "Offline reading").
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Outside dist/: a bundle is copied or written into the site by its caller. */
const SCRATCH = path.resolve('.tmp', 'browser-bundles');

/** Bundles `entry` (a file of src/browser/) and returns the built file's path in the scratch folder. */
export async function bundleBrowserScript(entry: string): Promise<string> {
  const name = path.basename(entry, path.extname(entry));
  const outDir = path.join(SCRATCH, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    // Libraries (Workbox) log and check only in development builds; these are for production.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: true,
      lib: { entry: path.resolve(entry), formats: ['iife'], name: 'kb', fileName: () => `${name}.js` },
    },
  });
  return path.join(outDir, `${name}.js`);
}

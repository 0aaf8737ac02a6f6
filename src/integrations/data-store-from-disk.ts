/**
 * The content store the page renderer reads: the one the content layer's sync holds in memory,
 * not a second copy bundled into the pages.
 *
 * Astro hands its content store to the page renderer as a module whose source is the whole store
 * written out as one string literal (`JSON.parse("…")`). The bundler then parses and rewrites a
 * module as large as all the content, and the rendering process keeps that source and the string
 * inside it alive until the end of the build: at 5 000 pages 110 MB of the 390 MB live heap, at
 * 20 000 pages four times as much (heap snapshots, docs/ARCHITECTURE.md "Performance"). Even read
 * from the store file instead, the renderer's copy was a second store next to the sync's, which
 * the build keeps alive to the end: at 20 000 pages a 104 MB file, parsed. So the module exports
 * the collections the loaders handed over in this process (src/pipeline/handoff.ts): the same
 * entry objects, already in memory. Only when the pages render in a process that did not sync
 * does it read the store file Astro has just written.
 *
 * Only the build's server side (prerendering) changes; the dev server keeps Astro's module and its
 * reloads, and no browser code ever imports the store.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { STORE_KEY_NAME } from '../pipeline/handoff.ts';

/** Astro's id of the store module once resolved (astro/dist/content/consts.js). */
const RESOLVED_STORE_ID = '\0astro:data-layer-content';
/** The store file in Astro's cache folder during a build (astro/dist/content/paths.js). */
const STORE_FILE = 'data-store.json';

/**
 * The store module's code: the collections handed over by this process's sync, else the file's
 * contents, parsed when the renderer first imports it.
 */
export function storeModuleCode(storeFile: string): string {
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    `const synced = globalThis[Symbol.for(${JSON.stringify(STORE_KEY_NAME)})];`,
    `const file = ${JSON.stringify(storeFile)};`,
    // As Astro's own module does when no content was synced: an empty store.
    "export default synced instanceof Map ? synced : existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();",
  ].join('\n');
}

function storeFromDisk(storeFile: string): Plugin {
  return {
    name: 'kb:data-store-from-disk',
    enforce: 'pre',
    apply: 'build',
    load: {
      // Before Astro's own plugin, which would answer with the bundled store.
      order: 'pre',
      handler(id) {
        if (id !== RESOLVED_STORE_ID || this.environment.config.consumer !== 'server') return undefined;
        return storeModuleCode(storeFile);
      },
    },
  };
}

export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'kb:data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [storeFromDisk(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}

/**
 * Once per browser-test run: check that this machine has Chromium (each file starts its own:
 * tests/support/test-browser.ts), serve the built site on a free port and list its pages, then
 * hand those to the test files.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumOnThisMachine } from '../../../scripts/lib/chromium.ts';
import { MISSING_CHROMIUM_MESSAGE } from '../../../scripts/lib/find-chromium.ts';
import { serveLocally } from '../../../scripts/lib/static-server.ts';
import { builtPagePathsIn } from '../../support/page-paths.ts';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
    /** The served build folder (dist/, or KB_DIST_DIR). */
    distDir: string;
    /** Every page of the built site as a URL path ("/", "/projekty/", …), 404 page excluded. */
    pagePaths: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.env.KB_DIST_DIR ?? 'dist';
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`Brak zbudowanej strony w ${root}/. Uruchom najpierw: npm run build`);
  }
  // Checked once here, so a machine without Chromium gets one message rather than one per file.
  if (!chromiumOnThisMachine()) throw new Error(MISSING_CHROMIUM_MESSAGE);

  const site = await serveLocally(root);
  project.provide('baseURL', site.origin);
  project.provide('distDir', path.resolve(root));
  project.provide('pagePaths', builtPagePathsIn(root));

  return site.close;
}

/**
 * Once per browser-test run: start one Chromium, serve the built site on a free port and list its
 * pages, then hand those to the test files. The files run in workers and cannot share objects, so
 * they share the browser through its WebSocket address (each file connects and makes its own
 * contexts, which close when it disconnects).
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOnThisMachine, LAUNCH_ARGS } from '../../../scripts/lib/chromium.ts';
import { MISSING_CHROMIUM_MESSAGE } from '../../../scripts/lib/find-chromium.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';
import { builtPagePathsIn } from '../../support/page-paths.ts';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
    /** Where the test files connect to the one Chromium of the run. */
    browserEndpoint: string;
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
  const found = chromiumOnThisMachine();
  if (!found) throw new Error(MISSING_CHROMIUM_MESSAGE);

  const browser = await chromium.launchServer({ executablePath: found.path, args: LAUNCH_ARGS });
  const server = await startStaticServer(root, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('distDir', path.resolve(root));
  project.provide('pagePaths', builtPagePathsIn(root));

  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

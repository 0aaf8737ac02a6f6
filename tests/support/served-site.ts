/**
 * A built site served on a free local port and a Chromium to open it with, for tests that build
 * their own copy of the project (tests/e2e has its own global setup for the project's dist/). The
 * server sends the copy's `_headers` as the hosts would, and a Content-Security-Policy violation on
 * any page fails the test (tests/support/csp-guard.ts).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { chromiumOnThisMachine, LAUNCH_ARGS } from '../../scripts/lib/chromium.ts';
import { MISSING_CHROMIUM_MESSAGE } from '../../scripts/lib/find-chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { failOnCspViolations } from './csp-guard.ts';

export interface ServedSite {
  /** The origin the site is served at, e.g. `http://127.0.0.1:40123`. */
  base: string;
  browser: Browser;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

export async function serveInChromium(dist: string): Promise<ServedSite> {
  const found = chromiumOnThisMachine();
  if (!found) throw new Error(MISSING_CHROMIUM_MESSAGE);
  const server: Server = await startStaticServer(dist, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = failOnCspViolations(await chromium.launch({ executablePath: found.path, args: LAUNCH_ARGS }));
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

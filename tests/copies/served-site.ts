/**
 * A copy's built site served on a free local port and a Chromium to open it with (tests/e2e has
 * its own global setup for the project's dist/). The server sends the copy's `_headers` as the
 * hosts would, and a Content-Security-Policy violation on any page fails the test
 * (tests/support/csp-guard.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { serveLocally } from '../../scripts/lib/static-server.ts';
import type { CopyBuild } from './global-setup.ts';
import { launchBrowser } from '../support/test-browser.ts';

export interface ServedSite {
  /** The origin the site is served at, e.g. `http://127.0.0.1:40123`. */
  base: string;
  browser: Browser;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

export async function serveInChromium(dist: string): Promise<ServedSite> {
  // The browser first: on a machine without Chromium its message comes before any server starts.
  const browser = await launchBrowser();
  const site = await serveLocally(dist);
  return {
    base: site.origin,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * A copy's build (which must have succeeded) served in Chromium, with one tab whose clock is fixed
 * at `time`: what a reader sees on that day, whatever the calendar says.
 */
export async function servedTabAt(build: CopyBuild, time: number | string | Date): Promise<{ site: ServedSite; page: Page }> {
  expect(build.code, build.output).toBe(0);
  const site = await serveInChromium(build.dist);
  const page = await (await site.browser.newContext()).newPage();
  await page.clock.setFixedTime(time);
  return { site, page };
}

/**
 * A copy of the built site for the offline browser tests, served by a server that can go offline
 * with the browser: "offline" is the context's network turned off (setOffline) and the server
 * refusing every connection, and the server keeps the paths it was asked for, so a test can check
 * that nothing reached it while offline (a page came from the saved pack, not the network). The
 * copy can take a new deployment: a page's text changed and the after-build step run again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { serveLocally, type LocalSite } from '../../../scripts/lib/static-server.ts';
import { writePackManifests } from '../../../src/integrations/offline-packs.ts';
import { packManifestPath } from '../../../src/lib/offline/offline-addresses.ts';
import { parsePackManifest, type PackManifest } from '../../../src/lib/offline/pack-manifest.ts';

export interface OfflineSite {
  /** The address of a path of the copy. */
  at(pathname: string): string;
  /** The copy's origin, e.g. http://127.0.0.1:41234. */
  readonly base: string;
  /** Paths the server was asked for, in order (a test may empty it). */
  requests: string[];
  /** A pack's manifest as the copy publishes it now. */
  manifestOf(address: string): PackManifest;
  /** A page's own `<h1>` in the copy. */
  titleOf(address: string): string;
  /** A file of the copy, e.g. "dane/budzety-projektow.csv". */
  read(file: string): string;
  /** Turns the network off for the browser (its pages, for every document they show next) and the server; returns a check that nothing reached the server since. */
  goOffline(context: BrowserContext): Promise<() => void>;
  /** A new deployment: `sentence` put after the page's `<h1>` (replacing the last one put), new manifests and version published. */
  deploy(address: string, sentence: string): PackManifest;
}

/**
 * setOffline's emulation does not last in Chromium 150 (Debian's, besides 156) for a document the
 * service worker serves after going offline: there `navigator.onLine` is true again, though every
 * request still fails. Sent again as each document of the page commits, it is in place before the
 * test's next step; the DevTools session stays open, as closing it would end the emulation. Tabs
 * opened after going offline get the same. Resolves once the page's DevTools session is ready.
 */
async function keepOfflineAcrossDocuments(page: Page): Promise<void> {
  // Listening before anything is awaited: a tab that has just opened sees its first document too.
  const session = page
    .context()
    .newCDPSession(page)
    .then(async (opened) => {
      await opened.send('Network.enable');
      return opened;
    });
  // What Playwright's setOffline sends (its values of 0 and -1 turn off any throttling).
  const emulateOffline = async () =>
    (await session).send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  page.on('framenavigated', (frame) => {
    // Fails only once the page has closed, and with it the session.
    if (frame === page.mainFrame()) emulateOffline().catch(() => undefined);
  });
  await session;
}

/** Copies dist/ and serves it for this test file; every test starts online. */
export function offlineSite(): OfflineSite {
  let root = '';
  let server: LocalSite;
  let offline = false;
  const site = {
    base: '',
    requests: [] as string[],
    at: (pathname: string) => new URL(pathname, site.base).href,
    read: (file: string) => readFileSync(path.join(root, file), 'utf8'),
    manifestOf: (address: string) => parsePackManifest(JSON.parse(site.read(packManifestPath(address))))!,
    titleOf: (address: string) =>
      parse(site.read(path.join(address, 'index.html')))
        .querySelector('h1')!
        .text.trim(),
    async goOffline(context: BrowserContext) {
      offline = true;
      server.dropConnections();
      await context.setOffline(true);
      await Promise.all(context.pages().map(keepOfflineAcrossDocuments));
      // Tabs opened from now on as well. No test goes back online in the same context (each test has its own), so this stays.
      context.on('page', (page) => void keepOfflineAcrossDocuments(page).catch(() => undefined));
      const before = site.requests.length;
      return () => expect(site.requests.slice(before), 'żądania, które doszły do serwera bez połączenia').toEqual([]);
    },
    deploy(address: string, sentence: string) {
      const file = path.join(root, address, 'index.html');
      const html = readFileSync(file, 'utf8').replace(/<p id="po-wdrozeniu">[^<]*<\/p>/, '');
      writeFileSync(file, html.replace('</h1>', `</h1><p id="po-wdrozeniu">${sentence}</p>`));
      writePackManifests(root);
      return site.manifestOf(address);
    },
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'kb-offline-'));
    cpSync(inject('distDir'), root, { recursive: true });
    server = await serveLocally(root, (request) => {
      if (offline) {
        request.socket.destroy();
        return false;
      }
      site.requests.push(request.url ?? '');
      return true;
    });
    site.base = server.origin;
  });

  beforeEach(() => {
    offline = false;
  });

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  return site;
}

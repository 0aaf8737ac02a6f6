/**
 * What the browser tests of this project's dist/ share: its address, the tabs each file's tests
 * get (a fresh context each test, or one tab reset between tests) in a Chromium of the file's
 * own (tests/support/test-browser.ts), and checks of what a page shows.
 */
import { buffer } from 'node:stream/consumers';
import type { Browser, BrowserContext, Download, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { launchBrowser } from '../../support/test-browser.ts';

/** A downloaded file's text (UTF-8), read through the browser connection. */
export async function downloadedText(download: Download): Promise<string> {
  return (await buffer(await download.createReadStream())).toString('utf8');
}

/** A downloaded file's bytes (DOCX, ODT), read through the browser connection. */
export async function downloadedBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await buffer(await download.createReadStream()));
}

export function siteURL(pathname: string): string {
  return new URL(pathname, inject('baseURL')).href;
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

/**
 * Records what goes wrong on a page while it loads: console errors (CSP violations among them,
 * which fail the test anyway: tests/support/csp-guard.ts), uncaught errors, bad responses.
 */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  const ofPageLeft = requestsOfPagesLeft(page);
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'błąd';
    // Cancelled because the tab went on to another page: no problem of the page then shown.
    if (error === 'net::ERR_ABORTED' && ofPageLeft(request)) return;
    problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/**
 * Tells whether a request came from a page the tab has left (or is leaving). Navigating cancels
 * what that page still had under way (the search page loads its index after `load`, the favicon
 * may still be coming): Chromium aborts those requests before the next page commits, or reports
 * it just after, so both a navigation under way and a commit since the request count. A
 * navigation that turns into a download commits nothing and is reported as failed: the page
 * stays, and from then on what it cancels is its own again.
 */
function requestsOfPagesLeft(page: Page): (request: Request) => boolean {
  let committedDocuments = 0;
  let navigation: Request | undefined;
  const documentOf = new WeakMap<Request, number>();
  page.on('request', (request) => {
    documentOf.set(request, committedDocuments);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigation = request;
  });
  page.on('requestfailed', (request) => {
    if (request === navigation) navigation = undefined;
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    committedDocuments += 1;
    navigation = undefined;
  });
  return (request) => !request.isNavigationRequest() && (navigation !== undefined || documentOf.get(request) !== committedDocuments);
}

/** Forgets what was recorded so far, for a tab that goes on to its next page or test. */
export function clearProblems(problems: PageProblems): void {
  problems.consoleErrors.length = 0;
  problems.pageErrors.length = 0;
  problems.failedRequests.length = 0;
}

/** What sticks out past the right edge of the window (at most 5, by tag and class); wide tables scroll in their own box by design. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    if (document.documentElement.scrollWidth > width) offenders.push(`dokument: ${document.documentElement.scrollWidth}px > ${width}px`);
    for (const element of document.querySelectorAll('body *')) {
      // Wide tables scroll inside their own container by design.
      if (element.closest('.table-scroll, [data-scrolls]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1)
        offenders.push(
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}: prawa krawędź ${Math.round(box.right)}px`,
        );
    }
    return offenders.slice(0, 5);
  });
}

/**
 * Waits until the islands that start on load have hydrated: before that their links and buttons
 * are plain HTML, and a click or a measurement then is of the page without its JavaScript.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[client="load"][ssr]').length === 0);
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/** The file's session, its Chromium started before the file's tests and closed after them. */
function sessionOfThisFile(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/**
 * One Chromium for the test file and a fresh context and page for every test, with what goes
 * wrong on the page recorded. Read the fields inside tests: they change before each one. For files
 * whose tests change nothing beyond what resetTab() undoes, sameTabEachTest() is several times
 * cheaper per test.
 */
export function freshPageEachTest(): BrowserSession {
  const session = sessionOfThisFile();
  beforeEach(async () => {
    await session.context?.close();
    session.context = await session.browser.newContext();
    session.page = await session.context.newPage();
    session.problems = watchProblems(session.page);
  });
  return session;
}

/** Playwright's default window, which a test that resizes it is undone to. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * One Chromium tab for the whole test file, put back to a clean state before each test by
 * resetTab(): opening a context and a tab starts a renderer process, which cost more than most
 * tests themselves. Only for files whose tests change no more than the reset undoes: no clock
 * installed, no routes or listeners added to the page, no service worker, nothing offline.
 */
export function sameTabEachTest(): BrowserSession {
  const session = sessionOfThisFile();
  beforeAll(async () => {
    session.context = await session.browser.newContext();
    session.page = await session.context.newPage();
    session.problems = watchProblems(session.page);
  });
  beforeEach(async () => {
    await resetTab(session);
  });
  return session;
}

/**
 * What a test may have changed, undone: the page left (its scripts and timers stop), routes
 * removed, the site's cookies, permissions and stored data (local storage, IndexedDB, Cache
 * Storage) cleared, the window size and media emulation back to the defaults, and the recorded
 * problems emptied. The HTTP cache stays, as in a reader's browser: a test that counts requests
 * uses a tab of its own.
 */
async function resetTab({ context, page, problems }: BrowserSession): Promise<void> {
  await page.goto('about:blank');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  const devtools = await context.newCDPSession(page);
  await devtools.send('Storage.clearDataForOrigin', { origin: new URL(inject('baseURL')).origin, storageTypes: 'all' });
  await devtools.detach();
  await page.setViewportSize(DEFAULT_VIEWPORT);
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  clearProblems(problems);
}

/**
 * The browser tests' Chromium: one for the whole run, started by global-setup.ts with the flags
 * that work on the CI machines, which each test file connects to. Every browser test gets its
 * browser from launchBrowser(), so every page it opens fails the test on a Content-Security-Policy
 * violation (tests/support/csp-guard.ts).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { buffer } from 'node:stream/consumers';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { failOnCspViolations } from '../../support/csp-guard.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The run's Chromium, with every context this file makes watched for CSP violations. `close()`
 * disconnects: it closes this file's contexts and leaves the browser to the other files.
 */
export async function launchBrowser(): Promise<Browser> {
  return failOnCspViolations(await chromium.connect(inject('browserEndpoint')));
}

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
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'błąd'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/**
 * Axe violations as readable lines: rule, impact and the offending elements. Only violations are
 * collected in full (axe's `resultTypes`), and axe runs in the page itself (`setLegacyMode`:
 * `axe.run`, same-origin frames included) rather than in parts finished in an extra blank tab,
 * which injects axe a second time for every check: three times faster, and the site has no
 * cross-origin frames for the other mode to reach.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'brak wagi'}): ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
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

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

/**
 * One Chromium for the test file and a fresh context and page for every test, with what goes
 * wrong on the page recorded. Read the fields inside tests: they change before each one.
 */
export function freshPageEachTest(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    await session.context?.close();
    session.context = await session.browser.newContext();
    session.page = await session.context.newPage();
    session.problems = watchProblems(session.page);
  });
  return session;
}

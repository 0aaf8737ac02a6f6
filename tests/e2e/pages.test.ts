/**
 * Every page of the built site, in Chromium: it loads, nothing errors, axe finds no WCAG 2.1 A/AA
 * violation, and the search index holds the words of an indexed page apart as the page shows them
 * (read from its layout, so boxes that only CSS makes blocks count too). One load per page, a few
 * pages at a time (the config's maxConcurrency), each in a tab of a small pool: a tab goes on to its
 * next page rather than closing, since opening a tab starts a renderer process, which cost more
 * than the check itself (about 40% of this file's run).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { clearProblems, siteURL, watchProblems, type PageProblems } from './support/browser.ts';
import { accessibilityViolations, preloadAccessibilityCheck } from '../support/accessibility.ts';
import { readFragments } from '../support/search-fragments.ts';
import { launchBrowser } from '../support/test-browser.ts';
import { wordsRunTogether } from '../support/words-run-together.ts';

const pagePaths = inject('pagePaths');
/** The text the search index holds for each page it indexed, by address (the site's index is one part). */
const indexedText = new Map(readFragments(path.join(inject('distDir'), 'pagefind')).map((fragment) => [fragment.url, fragment.content]));
let browser: Browser;
let context: BrowserContext;
/** Tabs not checking a page at the moment, each with what goes wrong on it since it was last handed out. */
const idleTabs: { page: Page; problems: PageProblems }[] = [];

/**
 * The text of the page's parts marked for the search index (`data-pagefind-body`) as the page lays
 * it out, without what the index leaves out (`data-pagefind-ignore`); undefined for a page the
 * index does not hold. It hides the left-out parts, so it comes after the page's other checks.
 */
function shownIndexedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const bodies = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body]')];
    if (bodies.length === 0) return undefined;
    for (const ignored of document.querySelectorAll<HTMLElement>('[data-pagefind-body] [data-pagefind-ignore]'))
      ignored.style.setProperty('display', 'none', 'important');
    return bodies.map((body) => body.innerText).join('\n');
  });
}

async function borrowTab(): Promise<{ page: Page; problems: PageProblems }> {
  const idle = idleTabs.pop();
  if (idle) {
    clearProblems(idle.problems);
    return idle;
  }
  const page = await context.newPage();
  return { page, problems: watchProblems(page) };
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every page here gets the check: axe's code goes to the browser once, not once a page.
  await preloadAccessibilityCheck(context);
});

afterAll(async () => {
  await browser?.close();
});

describe('the accessibility check itself', () => {
  it.for([
    ['preloaded', true],
    ['put in at the check', false],
  ] as const)('reports what axe finds, in the page and in a same-origin frame (axe %s)', async ([, preloaded]) => {
    const page = await (preloaded ? context : await browser.newContext()).newPage();
    try {
      await page.goto(siteURL('/'));
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = '/favicon.svg';
        document.querySelector('main')?.append(image);
        const frame = document.createElement('iframe');
        frame.title = 'Ramka testowa';
        frame.srcdoc = '<!doctype html><html lang="pl"><title>Ramka</title><main><button></button></main></html>';
        document.querySelector('main')?.append(frame);
        return new Promise((resolve) => frame.addEventListener('load', resolve));
      });
      const violations = await accessibilityViolations(page);
      expect(violations.some((line) => line.startsWith('image-alt (critical)'))).toBe(true);
      expect(violations.some((line) => line.startsWith('button-name (critical)') && line.includes('iframe'))).toBe(true);
    } finally {
      await (preloaded ? page.close() : page.context().close());
    }
  });
});

describe('the problem watch itself', () => {
  it('records a request of the page shown that fails, not one that the page it left had under way', async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      // A request that never gets an answer: still under way when the tab goes on to the next page.
      await page.route('**/w-toku.json', () => undefined);
      await page.goto(siteURL('/'));
      await page.evaluate(() => void fetch('/w-toku.json').catch(() => undefined));
      await page.goto(siteURL('/slownik/'));
      await page.evaluate(() => fetch('/nie-ma.json').catch(() => undefined));
      await expect.poll(() => problems.failedRequests).toEqual([expect.stringMatching(/\/nie-ma\.json: HTTP 404$/)]);
    } finally {
      await page.close();
    }
  });

  it('after a navigation that turned into a download, still records a request the page shown cancelled', async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      await page.goto(siteURL('/'));
      // A navigation that commits no page: the tab stays on '/'.
      await page.route('**/plik.csv', (route) => route.fulfill({ body: 'a;b', headers: { 'content-disposition': 'attachment; filename="plik.csv"' } }));
      await Promise.all([page.waitForEvent('download'), page.evaluate(() => void (location.href = '/plik.csv'))]);
      // What '/' cancels now is its own problem.
      await page.route('**/w-toku.json', () => undefined);
      await page.evaluate(() => {
        const controller = new AbortController();
        void fetch('/w-toku.json', { signal: controller.signal }).catch(() => undefined);
        setTimeout(() => controller.abort(), 50);
      });
      await expect
        .poll(() => problems.failedRequests.filter((line) => line.includes('w-toku')))
        .toEqual([expect.stringMatching(/\/w-toku\.json: net::ERR_ABORTED$/)]);
    } finally {
      await page.close();
    }
  });
});

describe('every page of the site', () => {
  it('has pages for every section of the main navigation', () => {
    for (const section of [
      '/',
      '/projekty/',
      '/modele/',
      '/programy/',
      '/szkolenia/',
      '/instytucje/',
      '/wskazniki/',
      '/slownik/',
      '/szukaj/',
      '/zmiany/',
      '/deklaracja-dostepnosci/',
      '/en/',
      '/en/glossary/',
      '/en/accessibility/',
      '/en/search/',
    ]) {
      expect(pagePaths).toContain(section);
    }
  });

  it.concurrent.for(pagePaths)('%s loads without errors, passes axe and is indexed word for word', async (pathname, { expect }) => {
    const tab = await borrowTab();
    const { page, problems } = tab;
    let checked = false;
    try {
      const response = await page.goto(siteURL(pathname), { waitUntil: 'load' });
      expect(response?.status(), 'status HTTP').toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(languageOfPath(pathname));
      expect(await page.locator('h1').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      const shown = await shownIndexedText(page);
      if (shown !== undefined) {
        expect(indexedText.has(pathname), 'strona w indeksie wyszukiwarki').toBe(true);
        expect(wordsRunTogether(shown, indexedText.get(pathname)!), 'słowa sklejone w indeksie wyszukiwarki').toEqual([]);
      }
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
      checked = true;
    } finally {
      // A tab whose page failed may be in any state: it closes, and the next check opens a new one.
      if (checked) idleTabs.push(tab);
      else await page.close();
    }
  });
});

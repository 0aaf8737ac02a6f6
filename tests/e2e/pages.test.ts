/**
 * Every page of the built site, in Chromium: it loads, nothing errors, and axe finds no WCAG 2.1
 * A/AA violation. One load per page, a few pages at a time (each in its own tab, so axe runs in
 * several renderer processes at once: the config's maxConcurrency), keeps the run short.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { accessibilityViolations, launchBrowser, siteURL, watchProblems } from './support/browser.ts';

const pagePaths = inject('pagePaths');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
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

  it.concurrent.for(pagePaths)('%s loads without errors and passes axe', async (pathname, { expect }) => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      const response = await page.goto(siteURL(pathname), { waitUntil: 'load' });
      expect(response?.status(), 'status HTTP').toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(languageOfPath(pathname));
      expect(await page.locator('h1').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    } finally {
      await page.close();
    }
  });
});

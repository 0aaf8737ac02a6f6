/**
 * The easy-to-read pages in Chromium: axe finds no WCAG 2.1 A/AA violation, they fit a 320 px
 * screen and 200% zoom without horizontal scrolling, the text is large, and they print without
 * the site's chrome. Every page runs under the production Content-Security-Policy (csp-guard).
 */
import { describe, expect, it } from 'vitest';
import { sameTabEachTest, horizontalOverflow, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const EASY_READ_PAGES = [
  '/latwy-tekst/',
  '/latwy-tekst/model-opieki-domowej-na-wsi/',
  '/latwy-tekst/model-kooperacji-dla-miast/',
  '/latwy-tekst/lokalny-program-opieki-wytchnieniowej-rybnik/',
  '/latwy-tekst/poradnik-wdrazania-modelu-kooperacji-dla-miast/',
];

const session = sameTabEachTest();

describe('easy-to-read pages', () => {
  it.each(EASY_READ_PAGES)('%s passes axe and loads without errors', async (pathname) => {
    await session.page.goto(siteURL(pathname));
    expect(await accessibilityViolations(session.page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it.each(EASY_READ_PAGES)('%s fits a 320 px screen, in large text', async (pathname) => {
    await session.page.setViewportSize({ width: 320, height: 640 });
    await session.page.goto(siteURL(pathname));
    expect(await horizontalOverflow(session.page)).toEqual([]);
    const textSize = await session.page
      .locator('.easy-read p')
      .last()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(textSize).toBeGreaterThanOrEqual(20);
  });

  it.each(EASY_READ_PAGES)('%s stays readable at 200%% zoom', async (pathname) => {
    // 200% zoom of a 1280 px window lays the page out as a 640 px one with doubled pixels.
    const context = await session.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(siteURL(pathname));
    expect(await horizontalOverflow(page)).toEqual([]);
    await context.close();
  });

  it('a model page leads to its easy-to-read text and back, by keyboard-reachable links', async () => {
    await session.page.goto(siteURL('/modele/model-opieki-domowej-na-wsi/'));
    await session.page.getByRole('link', { name: 'Tekst łatwy do czytania' }).first().click();
    await expect.poll(() => new URL(session.page.url()).pathname).toBe('/latwy-tekst/model-opieki-domowej-na-wsi/');
    await session.page.getByRole('link', { name: /^Pełny tekst:/ }).click();
    await expect.poll(() => new URL(session.page.url()).pathname).toBe('/modele/model-opieki-domowej-na-wsi/');
  });

  it('prints the text without the navigation and footer', async () => {
    await session.page.goto(siteURL('/latwy-tekst/model-opieki-domowej-na-wsi/'));
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('footer.site-footer').isVisible()).toBe(false);
    expect(await session.page.locator('nav[aria-label="Menu główne"]').isVisible()).toBe(false);
    expect(await session.page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});

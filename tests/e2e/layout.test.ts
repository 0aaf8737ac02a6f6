/**
 * The reading layout at the sizes readers use: a 320 px phone (also what 400% zoom gives on a
 * laptop), 200% zoom, and print; and the breadcrumbs, which copy as words and wrap between items.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, siteURL, waitForIslands } from './support/browser.ts';
import { launchBrowser } from '../support/test-browser.ts';

// One page of each kind: home, an index, each detail layout, data pages and the long text pages.
const SAMPLE = [
  '/',
  '/projekty/',
  '/projekty/koordynacja-polityki-spolecznej-podlaskie/',
  '/modele/model-kooperacji-dla-gmin-wiejskich/',
  '/programy/lokalny-program-opieki-wytchnieniowej-rybnik/',
  '/szkolenia/',
  '/instytucje/rops-bialystok/',
  '/miejsca/powiat-hajnowski/',
  '/wskazniki/',
  '/slownik/',
  '/zrodla/',
  '/zmiany/',
  '/szukaj/',
  '/deklaracja-dostepnosci/',
  '/bez-internetu/',
];

let browser: Browser;
/** A 320 px phone, and 200% zoom of a 1280 px window: one tab each, going from page to page. */
let phone: Page;
let zoomed: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
  // 200% zoom of a 1280 px window lays the page out as a 640 px one with doubled pixels.
  zoomed = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
});

afterAll(async () => {
  await browser?.close();
});

/** The page at its address, measured once the islands loaded with it are hydrated: what they draw (filters, tables) counts too. */
async function openHydrated(page: Page, pathname: string): Promise<Page> {
  await page.goto(siteURL(pathname));
  await waitForIslands(page);
  return page;
}

describe('narrow screens and zoom', () => {
  it.each(SAMPLE)('%s fits a 320 px screen without horizontal scrolling', async (pathname) => {
    expect(await horizontalOverflow(await openHydrated(phone, pathname))).toEqual([]);
  });

  it.each(SAMPLE.slice(0, 4))('%s stays readable at 200%% zoom', async (pathname) => {
    const page = await openHydrated(zoomed, pathname);
    expect(await horizontalOverflow(page)).toEqual([]);
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(16);
  });
});

describe('breadcrumbs', () => {
  const DEEP = '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/wersja-1/';

  beforeAll(async () => {
    await phone.goto(siteURL(DEEP));
  });

  it('read as separate words when copied', async () => {
    const trail = phone.locator('nav.breadcrumbs');
    const items = await trail.locator('li').allInnerTexts();
    expect(items.length).toBeGreaterThanOrEqual(3);
    // innerText is the text copying the trail gives (a line the screen wraps adds no break to it):
    // its items' words must not run together.
    expect((await trail.innerText()).trim().split(/\s+/)).toEqual(items.join(' ').trim().split(/\s+/));
  });

  it('wrap between items on a 320 px phone, not inside a short one', async () => {
    // "Strona główna" fits a line: it stays on one rather than leaving "Strona" alone on the first.
    expect(
      await phone
        .locator('nav.breadcrumbs li a')
        .first()
        .evaluate((link) => link.getClientRects().length),
    ).toBe(1);
  });
});

describe('print', () => {
  it('prints the content without the navigation, skip link or search form', async () => {
    const page = await browser.newPage();
    await page.goto(siteURL('/projekty/model-kooperacji-dla-miast/'));
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('nav[aria-label="Menu główne"]')).toBe(false);
    expect(await visible('.skip-link')).toBe(false);
    expect(await visible('h1')).toBe(true);
    expect(await visible('main')).toBe(true);
    await page.close();
  });
});

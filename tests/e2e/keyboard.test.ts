/** Keyboard use: the skip link comes first and moves focus to the content; the menu is reachable. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteURL } from './support/browser.ts';
import { launchBrowser } from '../support/test-browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const focused = (target: Page) =>
  target.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      id: element?.id,
      text: element?.textContent?.trim(),
      visible: element ? element.getBoundingClientRect().height > 0 : false,
    };
  });

describe('keyboard', () => {
  for (const pathname of ['/', '/projekty/model-kooperacji-dla-miast/', '/slownik/']) {
    it(`on ${pathname} the first Tab shows the skip link and Enter moves focus to the main content`, async () => {
      await page.goto(siteURL(pathname));
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Przejdź do treści', visible: true });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'tresc' });
      expect(new URL(page.url()).hash).toBe('#tresc');
      // The next Tab continues inside the content, not back at the top of the page.
      await page.keyboard.press('Tab');
      const insideMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
      expect(insideMain).toBe(true);
    });
  }

  it('reaches every item of the main menu with Tab, in order, and follows it with Enter', async () => {
    await page.goto(siteURL('/'));
    const seen: string[] = [];
    for (let step = 0; step < 16 && seen.length < 9; step += 1) {
      await page.keyboard.press('Tab');
      const inMenu = await page.evaluate(() => document.activeElement?.closest('nav[aria-label="Menu główne"]') !== null);
      if (inMenu) seen.push((await focused(page)).text ?? '');
    }
    expect(seen).toEqual(['Projekty', 'Modele', 'Programy', 'Szkolenia', 'Instytucje', 'Wskaźniki', 'Dokumenty', 'Słownik', 'Szukaj']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/slownik\/$/);
    expect(await page.locator('h1').textContent()).toContain('Słownik');
  });

  it('shows a visible focus indicator on links', async () => {
    await page.goto(siteURL('/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineStyle, shadow: style.boxShadow, background: style.backgroundColor };
    });
    const hasIndicator = outline.outline !== 'none' || outline.shadow !== 'none';
    expect(hasIndicator, JSON.stringify(outline)).toBe(true);
  });
});

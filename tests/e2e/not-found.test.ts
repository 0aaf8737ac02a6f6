/** A mistyped address gets the Polish 404 page with a way back, served with status 404. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { launchBrowser } from '../support/test-browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('page not found', () => {
  it('answers an unknown address with status 404 and a Polish page that leads back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(siteURL('/projekty/nie-ma-takiego-projektu/'));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.locator('h1').textContent()).toMatch(/nie znaleziono/i);
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/szukaj/"]').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

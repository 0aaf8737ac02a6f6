/**
 * Search in the browser: pagefind loads only when the reader opens search; the header dialog
 * (button, `/`, Ctrl+K), the /szukaj/ page with filters kept in the address, live announcements
 * and axe on both.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteURL, watchProblems } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { launchBrowser } from '../support/test-browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<{ page: Page; pagefindRequests: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('close', () => void context.close());
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The dialog's results code, and the search client bundled with it, load only when search opens.
    if (url.pathname.startsWith('/pagefind/') || /\/search-(client|render|dialog-results)\./.test(url.pathname)) pagefindRequests.push(url.pathname);
  });
  return { page, pagefindRequests };
}

const activeId = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', open: document.querySelector<HTMLDialogElement>('#search-dialog')?.open ?? false }));

describe('header search dialog', () => {
  it('loads no search code or index before the reader opens search', async () => {
    const { page, pagefindRequests } = await freshPage();
    const problems = watchProblems(page);
    await page.goto(siteURL('/projekty/'), { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 400);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(pagefindRequests).toEqual([]);
    const loaded = page.waitForResponse((response) => response.url().includes('/pagefind/pagefind.js'));
    await page.getByRole('button', { name: 'Szukaj' }).click();
    await loaded;
    expect(pagefindRequests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('says so in the dialog when the search code cannot be loaded, and still offers the search page', async () => {
    const { page } = await freshPage();
    await page.route(/\/_astro\/search-dialog-results\./, (route) => route.abort());
    await page.goto(siteURL('/'));
    await page.keyboard.press('/');
    await expect.poll(() => page.textContent('#search-dialog-status')).toMatch(/^Nie udało się uruchomić wyszukiwarki/);
    expect(await page.getAttribute('#search-dialog-all', 'href')).toBe('/szukaj/');
    await page.close();
  });

  it('the menu shows a button instead of the link and opens a labelled modal dialog with focus in the field', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/'));
    expect(await page.locator('nav[aria-label="Menu główne"] a[data-search-link]').isHidden()).toBe(true);
    const button = page.locator('nav[aria-label="Menu główne"] button[data-search-open]');
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toEqual({ id: 'search-dialog-query', open: true });
    const dialog = page.getByRole('dialog', { name: 'Szukaj w bazie wiedzy' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeId(page)).toEqual({ id: '', open: false });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.close();
  });

  it('opens with / and with Ctrl+K, but not while typing in a field', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/slownik/'));
    await page.keyboard.press('/');
    await expect.poll(async () => (await activeId(page)).open).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await activeId(page)).open).toBe(false);
    await page.keyboard.press('Control+k');
    await expect.poll(() => activeId(page)).toEqual({ id: 'search-dialog-query', open: true });
    // Typing "/" inside the dialog's field types it, it does not reopen anything.
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-dialog-query')).toBe('a/b');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await activeId(page)).open).toBe(false);
    await page.close();
  });

  it('a shortcut pressed right after Escape, before the dialog has finished closing, opens it again', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/slownik/'));
    await page.keyboard.press('Control+k');
    await expect.poll(() => activeId(page)).toEqual({ id: 'search-dialog-query', open: true });
    // Both keys in one task: the dialog's "close" event has not been dispatched yet. When it comes,
    // the reopened dialog keeps its focus.
    const reopened = await page.evaluate(async () => {
      const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
      const closeEvent = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
      const field = document.querySelector<HTMLInputElement>('#search-dialog-query')!;
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      const closed = !dialog.open;
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }));
      const open = dialog.open;
      await closeEvent;
      return { closed, open, focused: document.activeElement?.id };
    });
    expect(reopened).toEqual({ closed: true, open: true, focused: 'search-dialog-query' });
    await page.close();
  });

  it('shows results while typing, with marked excerpts, section links and a link to all results', async () => {
    const { page } = await freshPage();
    const problems = watchProblems(page);
    await page.goto(siteURL('/'));
    await page.keyboard.press('/');
    await page.keyboard.type('opieka wytchnieniowa');
    // On a busy machine a pause between two keys lets a search for the first letters run: the
    // results to check are those of the whole query, whose search sets this link as it starts.
    await expect.poll(() => page.getAttribute('#search-dialog-all', 'href')).toBe('/szukaj/?q=opieka+wytchnieniowa');
    await page.waitForSelector('#search-dialog-results li a');
    await expect.poll(() => page.textContent('#search-dialog-status')).toMatch(/\d+ wynik/);
    expect(await page.locator('#search-dialog-results mark').count()).toBeGreaterThan(0);
    const sectionHref = await page.locator('#search-dialog-results .search-result__sections a').first().getAttribute('href');
    expect(sectionHref).toMatch(/^\/[^#]+\/#[\w-]+$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The section link leads to an element with that id.
    await page.locator('#search-dialog-results .search-result__sections a').first().click();
    await page.waitForURL((url) => url.hash.length > 1);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${hash}"]`).count()).toBe(1);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('search page /szukaj/', () => {
  it('searches from the address, announces the count and escapes nothing but the marks', async () => {
    const { page } = await freshPage();
    const problems = watchProblems(page);
    await page.goto(siteURL('/szukaj/?q=opieka'));
    await page.waitForSelector('#search-results li a');
    expect(await page.inputValue('#search-query')).toBe('opieka');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await expect.poll(() => page.textContent('#search-status')).toMatch(/^\d+ wynik(|i|ów) dla „opieka”/);
    expect(await page.locator('#search-results > li .search-result__type').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('narrows results with filters, keeps them in the address and restores them on reload', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/szukaj/?q=opieka'));
    await page.waitForSelector('#search-results li a');
    await page.waitForSelector('#search-filters input[name="typ"]');
    const before = await page.locator('#search-results > li').count();
    // Keyboard only: Tab to the "projekt" checkbox and tick it with Space.
    await page.locator('#search-filters input[name="typ"][value="projekt"]').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/typ=projekt/);
    await expect.poll(() => page.textContent('#search-status')).toMatch(/z wybranymi filtrami/);
    const types = await page.locator('#search-results > li .search-result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.length).toBeLessThanOrEqual(before);
    expect(new Set(types)).toEqual(new Set(['Projekt']));
    // Focus stays on the checkbox the reader used.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('projekt');

    await page.locator('#search-filters input[name="wojewodztwo"][value="podlaskie"]').check();
    await page.waitForURL(/wojewodztwo=podlaskie/);
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const url = page.url();
    expect(new URL(url).searchParams.getAll('typ')).toEqual(['projekt']);

    await page.reload();
    await page.waitForSelector('#search-results li a');
    expect(await page.isChecked('#search-filters input[name="typ"][value="projekt"]')).toBe(true);
    expect(await page.isChecked('#search-filters input[name="wojewodztwo"][value="podlaskie"]')).toBe(true);
    expect(new Set(await page.locator('#search-results > li .search-result__type').allTextContents())).toEqual(new Set(['Projekt']));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers the content types, województwa and statuses from the index, with counts', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/szukaj/'));
    await page.waitForSelector('#search-filters fieldset');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toEqual(['Rodzaj treści', 'Województwo', 'Status dokumentu']);
    const types = await page.locator('#search-filters input[name="typ"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(types.slice(0, 8)).toEqual(['projekt', 'model', 'program', 'szkolenie', 'kurs', 'instytucja', 'miejsce', 'pojęcie']);
    expect(await page.locator('#search-filters input[name="status"][value="przyjęty"]').count()).toBe(1);
    expect(await page.locator('#search-filters input[name="wojewodztwo"][value="podlaskie"]').count()).toBe(1);
    expect(await page.locator('label[for^="filtr-typ-"]').first().textContent()).toMatch(/^projekt \(\d+\)$/);
    // Filter alone, without words: every page of that type.
    await page.locator('#search-filters input[name="typ"][value="pojęcie"]').check();
    await page.waitForSelector('#search-results li a');
    expect(new Set(await page.locator('#search-results > li .search-result__type').allTextContents())).toEqual(new Set(['Pojęcie']));
    await page.close();
  });

  it('submits with Enter from the field and keeps the page contract for result links', async () => {
    const { page } = await freshPage();
    await page.goto(siteURL('/szukaj/'));
    await page.fill('#search-query', 'Michałowo');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=Micha/);
    await page.waitForSelector('#search-results li a');
    const first = await page.locator('#search-results > li > h2 > a').first().getAttribute('href');
    expect(first).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/$/);
    await page.keyboard.press('/');
    await expect.poll(async () => (await activeId(page)).open).toBe(false);
    await page.close();
  });
});

describe('search without JavaScript', () => {
  it('the header keeps a plain link to /szukaj/ and the page explains that search needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteURL('/'));
    expect(await page.locator('nav[aria-label="Menu główne"] a[href="/szukaj/"]').isVisible()).toBe(true);
    expect(await page.locator('button[data-search-open]').isVisible()).toBe(false);
    await page.goto(siteURL('/szukaj/'));
    expect(await page.locator('main').textContent()).toContain('wymaga włączonego JavaScriptu');
    await page.fill('#search-query', 'opieka');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/\/szukaj\/\?q=opieka$/);
    await context.close();
  });
});

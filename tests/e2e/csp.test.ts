/**
 * The Content-Security-Policy each page carries (Astro's <meta http-equiv>, hashes for its inline
 * scripts and styles, no 'unsafe-inline'), and the one the server sends as a header from
 * dist/_headers, as the hosts do, let everything the site does run: one page of every kind, and
 * the interactive parts at work. Any violation fails the test, here and in every browser test
 * (tests/support/csp-guard.ts); the last tests show that the guard catches one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { IMMUTABLE } from '../../src/lib/security-headers.ts';
import { CSP_VIOLATION_PREFIX, cspViolations, pendingCspViolations, takeCspViolations } from '../support/csp-guard.ts';
import { sameTabEachTest, siteURL, waitForIslands } from './support/browser.ts';

const session = sameTabEachTest();
const pagePaths = inject('pagePaths');
const headerRules = parseHeadersFile(readFileSync(path.join(inject('distDir'), '_headers'), 'utf8'));

/** The first page under each top-level section, the section's index, and the home page. */
function onePageOfEachKind(): string[] {
  const chosen = new Set<string>(['/']);
  for (const pagePath of pagePaths) {
    const section = pagePath.split('/')[1];
    if (!section) continue;
    chosen.add(`/${section}/`);
    if (![...chosen].some((other) => other !== `/${section}/` && other.startsWith(`/${section}/`)) && pagePath !== `/${section}/`) chosen.add(pagePath);
  }
  return [...chosen].filter((pagePath) => pagePaths.includes(pagePath));
}

async function open(pathname: string): Promise<Page> {
  const { page } = session;
  const response = await page.goto(siteURL(pathname), { waitUntil: 'load' });
  expect(response?.status(), `status HTTP ${pathname}`).toBeLessThan(400);
  return page;
}

async function policyOf(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

describe('the Content-Security-Policy', () => {
  it('is strict: scripts only from the site or by hash, never inline by permission', async () => {
    const page = await open('/');
    const policy = await policyOf(page);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(/style-src ([^;]*)/.exec(policy)?.[1]).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
  });

  it.each(onePageOfEachKind())('%s loads and hydrates without a violation', async (pathname) => {
    const page = await open(pathname);
    // Islands hydrate on load or when visible: bring each into view and wait until it has hydrated
    // (a quick scroll past can miss an island on a busy machine, when no frame is drawn meanwhile).
    const islands = await page.locator('astro-island').count();
    for (let index = 0; index < islands; index += 1) {
      await page.locator('astro-island').nth(index).scrollIntoViewIfNeeded();
      await page.waitForFunction((nth) => !document.querySelectorAll('astro-island')[nth]?.hasAttribute('ssr'), index);
    }
    expect(await page.locator('astro-island[ssr]').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(session.problems.consoleErrors).toEqual([]);
  });
});

describe('the policy as an HTTP header', () => {
  it('the response for / carries the Content-Security-Policy of dist/_headers, with the other headers it gives /', async () => {
    const policy = headersForPath(headerRules, '/')['Content-Security-Policy'];
    expect(policy).toContain("frame-ancestors 'none'");
    const astroFiles: Record<string, string>[] = [];
    // A tab of its own, with an empty cache: every file of the page comes from the server, with its headers.
    const context = await session.browser.newContext();
    const page = await context.newPage();
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/_astro/')) astroFiles.push(response.headers());
    });
    const response = await page.goto(siteURL('/'), { waitUntil: 'load' });
    await context.close();
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(policy);
    for (const [name, value] of Object.entries(headersForPath(headerRules, '/'))) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(astroFiles.length).toBeGreaterThan(0);
    for (const fileHeaders of astroFiles) expect(fileHeaders).toMatchObject({ 'cache-control': IMMUTABLE, 'content-security-policy': policy });
  });
});

describe('interactive parts under the policy', () => {
  it('the search dialog opens, loads the search code and the index, and shows results', async () => {
    const page = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('opieka wytchnieniowa');
    await page.locator('#search-dialog-results li a').first().waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the search page searches with filters', async () => {
    const page = await open('/szukaj/?q=OPS');
    await page.locator('#search-results li a, .search-results li a').first().waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the model explorer moves between steps', async () => {
    const page = await open('/modele/model-kooperacji-dla-miast/');
    // The step links are plain links until the explorer hydrates; a click in between is lost on a busy machine.
    await waitForIslands(page);
    await page.locator('.workflow__index a').nth(1).click();
    await expect.poll(() => page.locator('.workflow__progress').textContent()).toMatch(/^Krok 2 z/);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the charts open their tables and the territory map redraws for one project', async () => {
    const page = await open('/wskazniki/');
    for (const summary of await page.locator('figure.chart details summary').all()) await summary.click();
    const map = page.locator('#wykres-zasieg');
    // The map hydrates when it scrolls into view.
    await map.scrollIntoViewIfNeeded();
    await map.locator('.territory-map--interactive').waitFor();
    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'Liderzy Kooperacji' });
    await expect.poll(() => page.url()).toContain('projekt=liderzy-kooperacji');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('a remark is written in the remarks dialog and saved', async () => {
    const page = await open('/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/');
    // The remark buttons appear once the remarks island has hydrated.
    await page.locator('.unit__remark').first().click();
    const dialog = page.locator('dialog.remark-dialog[open]');
    await dialog.getByLabel('Podmiot zgłaszający').fill('Gmina');
    await dialog.getByLabel('organizacja', { exact: true }).check();
    await dialog.getByLabel('Treść uwagi / proponowany zapis').fill('Proponuję dopisać termin.');
    await dialog.getByLabel('Uzasadnienie').fill('Bez terminu nie wiadomo, kiedy gmina ma działać.');
    await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await cspViolations(page)).toEqual([]);
  });

  it('the course path builder adds an item, and the path page shows it with its QR code for print', async () => {
    const page = await open('/sciezka/uloz/');
    await page.locator('.path-builder').waitFor();
    await page.locator('.path-builder button').first().click();
    expect(await cspViolations(page)).toEqual([]);
    await open('/sciezka/?t=Szko%C5%82a+Kooperacji&e=fsp504.y62qck.f9ivck');
    await page.locator('.course-path__list').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await cspViolations(page)).toEqual([]);
  });

  it('"Kopiuj link" copies a section address', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL('/')).origin });
    const page = await open('/projekty/liderzy-kooperacji/');
    await page.locator('a[data-copy-link]').first().click();
    await expect.poll(() => page.locator('#copy-link-status').textContent()).toMatch(/Skopiowano/);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('the violation guard (the check itself works)', () => {
  it('a script the policy does not allow is blocked and reported', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    // Blocked twice: by the header policy and by the page's <meta> policy, each reporting it.
    const blocked = expect.stringMatching(/^CSP violation: script-src-elem blocked inline/);
    await expect.poll(() => cspViolations(page)).toEqual([blocked, blocked]);
    expect(await page.evaluate(() => 'window.__injected' in window && (window as unknown as { __injected?: boolean }).__injected)).toBe(false);
    // The guard saw the page's two lines and Chromium's own two; taken here, they do not fail the test.
    const fromChromium = (lines: readonly string[]) => lines.filter((line) => !line.includes(CSP_VIOLATION_PREFIX));
    await expect.poll(() => fromChromium(pendingCspViolations()).length).toBe(2);
    const taken = takeCspViolations();
    expect(taken).toHaveLength(4);
    expect(fromChromium(taken)).toEqual([
      expect.stringMatching(/inline script.*Content Security Policy/),
      expect.stringMatching(/inline script.*Content Security Policy/),
    ]);
    session.problems.consoleErrors.length = 0;
  });

  it('a style the policy does not allow is caught without JavaScript too', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // A page of the site's origin with the site's header policy and an inline style it has no hash for.
    await page.route(siteURL('/proba-csp/'), (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': headersForPath(headerRules, '/')['Content-Security-Policy'] ?? '' },
        body: '<!doctype html><html lang="pl"><title>Próba</title><style>p { color: red }</style><p>Próba</p></html>',
      }),
    );
    await page.goto(siteURL('/proba-csp/'));
    await expect.poll(() => pendingCspViolations().length).toBeGreaterThan(0);
    expect(takeCspViolations()).toEqual([expect.stringMatching(/inline style.*Content Security Policy/)]);
    await context.close();
  });
});

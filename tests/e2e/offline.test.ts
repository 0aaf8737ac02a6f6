/**
 * Offline reading in Chromium, with the service worker, against a copy of the built site served
 * by a server that goes offline with the browser (tests/e2e/support/offline-site.ts): each offline
 * check also asserts that no request reached the server, so a page can only have come from the
 * saved pack.
 * Saving a pack and reading it offline (explorer, copy link, print, charts, CSV, the easy-to-read
 * and English pages), the no-connection page, search offline, the list of saved packs, a full
 * storage, an origin that is not secure, JavaScript off, and a pack refreshed after a new
 * deployment (the copy changed and its after-build step run again, as a rebuild would). The CSP
 * guard fails any test with a violation on any of these pages.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { interfaceText } from '../../src/lib/i18n/interface-text.ts';
import { packManifestPath, SAVED_PACKS_CACHE, savedPackKey } from '../../src/lib/offline/offline-addresses.ts';
import { formatBytesPl, packSummary, problemMessage } from '../../src/lib/offline/offline-text.ts';
import { downloadedText, freshPageEachTest } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { launchBrowser } from '../support/test-browser.ts';
import { offlineSite } from './support/offline-site.ts';

const MODEL = '/modele/model-kooperacji-dla-miast/';
const PROJECT = '/projekty/liderzy-kooperacji/';
const PROGRAMME = '/programy/lokalny-program-opieki-wytchnieniowej-rybnik/';

const session = freshPageEachTest();
// Each test starts online in a fresh browser context: no worker, nothing saved.
const site = offlineSite();
const { at, manifestOf, titleOf } = site;
const page = () => session.page;
const offer = () => page().locator('details[data-offline-offer]');
const h1 = () => page().locator('h1').first().innerText();
const goOffline = () => site.goOffline(session.context);

/** Opens the page's panel and saves its pack; returns the panel. */
async function savePack(address: string): Promise<Locator> {
  await page().goto(at(address));
  await offer().locator('summary').click();
  await offer()
    .getByRole('button', { name: /^Zapisz \(/ })
    .click();
  await expect.poll(() => offer().getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Zapisano /);
  // The record names a cache that really holds every file of the manifest (no clean-up took it meanwhile).
  const held = await page().evaluate(
    async ([records, key]) => {
      const record = (await (await (await caches.open(records!)).match(key!))?.json()) as { cache: string; files: { path: string }[] };
      const cache = await caches.open(record.cache);
      const found = await Promise.all(record.files.map(async (file) => (await cache.match(file.path)) !== undefined));
      return found.filter(Boolean).length;
    },
    [SAVED_PACKS_CACHE, savedPackKey(address)],
  );
  expect(held, `pliki pakietu ${address} w jego pamięci podręcznej`).toBe(manifestOf(address).files.length);
  return offer();
}

describe('saving a pack and reading it offline', () => {
  it('shows what the pack holds and its size before saving, from the pack’s manifest', async () => {
    const manifest = manifestOf(MODEL);
    await page().goto(at(MODEL));
    await offer().locator('summary').focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => offer().locator('[data-offline-size]').textContent()).toBe(`Pakiet do zapisania: ${packSummary(manifest)}.`);
    expect(
      await offer()
        .getByRole('button', { name: `Zapisz (${formatBytesPl(manifest.bytes)})` })
        .isVisible(),
    ).toBe(true);
    expect(await offer().locator('li').allInnerTexts()).toEqual(['Tekst łatwy do czytania', 'Wersja angielska (English summary)']);
    expect(manifest.pages.map((page) => page.path)).toEqual([MODEL, '/latwy-tekst/model-kooperacji-dla-miast/', '/en/models/model-kooperacji-dla-miast/']);
  });

  it('a saved model page works offline: explorer, copy link, print, and its easy-to-read and English pages', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
    const panel = await savePack(MODEL);
    expect(await panel.locator('summary').innerText()).toBe('Zapisano do czytania bez internetu');
    const nothingReachedServer = await goOffline();

    await page().goto(at(`${MODEL}?aktor=rodzaj-rops#krok-mediacja-rops`));
    expect(await h1()).toBe(titleOf(MODEL));
    await page().locator('.workflow--interactive').waitFor();
    expect(await page().locator('.workflow__progress').textContent()).toMatch(/^Krok 3 z 10/);
    expect(await page().locator('.workflow__filter-summary').textContent()).toMatch(/^Wyróżniono 2 z 10 kroków/);
    await page().locator('#krok-mediacja-rops').getByRole('button', { name: 'Kopiuj link do tego kroku' }).click();
    await expect.poll(() => page().evaluate(() => navigator.clipboard.readText())).toBe(at(`${MODEL}#krok-mediacja-rops`));
    await page().getByRole('button', { name: 'Następny krok' }).click();
    expect(await page().locator('.workflow__progress').textContent()).toMatch(/^Krok 4 z 10/);

    await page().emulateMedia({ media: 'print' });
    expect(await page().locator('.print-header').isVisible()).toBe(true);
    expect(await offer().isVisible()).toBe(false);
    await page().emulateMedia({ media: 'screen' });

    for (const other of ['/latwy-tekst/model-kooperacji-dla-miast/', '/en/models/model-kooperacji-dla-miast/']) {
      await page().goto(at(other));
      expect(await h1()).toBe(titleOf(other));
    }
    nothingReachedServer();
  });

  it('a saved project page’s map and charts work offline, and their CSV files download', async () => {
    await savePack(PROJECT);
    const nothingReachedServer = await goOffline();
    await page().reload();
    const map = page().locator('#wykres-zasieg');
    await map.scrollIntoViewIfNeeded();
    await map.locator('.territory-map--interactive').waitFor();
    expect(await map.locator('.territory-map__summary').textContent()).toContain('Projekt „Liderzy Kooperacji” obejmuje 5 województw');
    await map.locator('.territory-map__tile[data-teryt="26"]').focus();
    expect(await map.locator('.territory-map__tip:visible').count()).toBe(1);
    const budget = page().locator('#wykres-budzet');
    await budget.getByText('Pokaż dane w tabeli').click();
    expect(await budget.locator('table').isVisible()).toBe(true);
    const [download] = await Promise.all([page().waitForEvent('download'), budget.locator('.chart__downloads a').click()]);
    expect(await downloadedText(download)).toBe(site.read('dane/budzety-projektow.csv'));
    nothingReachedServer();
  });

  it('a page not saved shows the site’s no-connection page at its address, listing the saved packs', async () => {
    await savePack(MODEL);
    const nothingReachedServer = await goOffline();
    await page().goto(at(PROJECT));
    expect(await h1()).toBe('Brak połączenia z internetem');
    expect(page().url()).toBe(at(PROJECT));
    await expect.poll(() => page().locator('[data-offline-requested]').innerText()).toBe(`Adres strony: ${PROJECT}`);
    await page()
      .locator('.saved-packs__item h3')
      .getByRole('link', { name: titleOf(MODEL), exact: true })
      .click();
    await page().waitForURL(at(MODEL));
    expect(await h1()).toBe(titleOf(MODEL));
    nothingReachedServer();
  });

  it('search says in Polish that it needs a connection', async () => {
    await savePack(MODEL);
    await goOffline();
    await page().reload();
    await page().keyboard.press('/');
    await page().locator('#search-dialog-query').fill('opieka wytchnieniowa');
    await expect.poll(() => page().locator('#search-dialog-status').textContent()).toBe(interfaceText('pl').search.offline);
  });

  it('a saved page opened in a new tab while offline is the saved copy, and its search says it needs a connection', async () => {
    await savePack(MODEL);
    const nothingReachedServer = await goOffline();
    const tab = await session.context.newPage();
    await tab.goto(at(MODEL));
    expect(await tab.locator('h1').first().innerText()).toBe(titleOf(MODEL));
    await tab.keyboard.press('/');
    await tab.locator('#search-dialog-query').fill('opieka wytchnieniowa');
    await expect.poll(() => tab.locator('#search-dialog-status').textContent()).toBe(interfaceText('pl').search.offline);
    nothingReachedServer();
  });
});

describe('the list of saved packs, /bez-internetu/', () => {
  it('lists each pack with its size and dates, removes one, and passes axe', async () => {
    await savePack(MODEL);
    await savePack(PROGRAMME);
    await page().goto(at('/bez-internetu/'));
    const items = page().locator('.saved-packs__item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page().locator('[data-saved-packs-status]').textContent()).toMatch(/^W tej przeglądarce: 2 zapisane pakiety, razem [\d,]+ (KB|MB)\.$/);
    const programme = items.filter({ has: page().getByRole('link', { name: titleOf(PROGRAMME), exact: true }) });
    expect(await programme.innerText()).toContain(`${packSummary(manifestOf(PROGRAMME))}. Zapisano `);
    expect(await accessibilityViolations(page())).toEqual([]);

    await programme.getByRole('button', { name: `Usuń z zapisanych: ${titleOf(PROGRAMME)}` }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await page().locator('[data-saved-packs-status]').textContent()).toMatch(/^Usunięto z zapisanych: .+ W tej przeglądarce: 1 zapisany pakiet/);
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('zapisane-strony');
    await goOffline();
    await page().goto(at(PROGRAMME));
    expect(await h1()).toBe('Brak połączenia z internetem');
  });

  it('the panel works by keyboard alone and passes axe once the page is saved', async () => {
    await page().goto(at(PROGRAMME));
    await offer().locator('summary').focus();
    await page().keyboard.press('Enter');
    const save = offer().getByRole('button', { name: /^Zapisz \(/ });
    await save.waitFor();
    for (let press = 0; press < 10 && !(await save.evaluate((button) => button === document.activeElement)); press += 1) await page().keyboard.press('Tab');
    await page().keyboard.press('Enter');
    await expect.poll(() => offer().getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Zapisano /);
    expect(await offer().getByRole('button', { name: 'Usuń z zapisanych' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page())).toEqual([]);
  });

  it('without JavaScript says what the page is for and that saving needs JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(at('/bez-internetu/'));
    expect(await plain.locator('.lead').innerText()).toContain('strony serwisu zapisane w tej przeglądarce do czytania bez internetu');
    expect(await plain.getByText('zapisywanie stron i ich lista działają tylko z włączonym JavaScriptem').isVisible()).toBe(true);
    await plain.goto(at(MODEL));
    await plain.locator('details[data-offline-offer] summary').click();
    expect(await plain.getByText('Zapisywanie działa tylko z włączonym JavaScriptem w przeglądarce.').isVisible()).toBe(true);
    expect(await plain.locator('[data-offline-save]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('when saving cannot be done', () => {
  it.each([
    ['the storage refuses a file', `Cache.prototype.put = () => Promise.reject(new DOMException('Pełno', 'QuotaExceededError'));`],
    ['the browser says there is no room', `navigator.storage.estimate = async () => ({ quota: 1000, usage: 900 });`],
  ])('tells the reader in Polish when %s, and keeps nothing', async (_, fullStorage) => {
    await session.context.addInitScript(fullStorage);
    await page().goto(at(PROGRAMME));
    await offer().locator('summary').click();
    await offer()
      .getByRole('button', { name: /^Zapisz \(/ })
      .click();
    await expect.poll(() => offer().getByRole('status').textContent(), { timeout: 30_000 }).toBe(problemMessage('quota', manifestOf(PROGRAMME).bytes));
    expect(await offer().locator('summary').innerText()).toBe('Zapisz do czytania bez internetu');
    await page().goto(at('/bez-internetu/'));
    await expect.poll(() => page().locator('[data-saved-packs-status]').textContent()).toMatch(/^Nie masz jeszcze zapisanych stron\./);
  });

  it('offers nothing on an origin that is not secure, where browsers allow no service worker', async () => {
    // A name that is not localhost, mapped to this server: http:// there is not a secure context.
    const insecure = await launchBrowser(['--host-resolver-rules=MAP modele.test 127.0.0.1']);
    try {
      const other = await (await insecure.newContext()).newPage();
      await other.goto(`http://modele.test:${new URL(site.base).port}${MODEL}`);
      expect(await other.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator])).toEqual([false, false]);
      await other.locator('details[data-offline-offer] summary').click();
      await expect.poll(() => other.locator('[data-offline-status]').textContent()).toBe(problemMessage('unsupported'));
      expect(await other.locator('[data-offline-save]').isVisible()).toBe(false);
    } finally {
      await insecure.close();
    }
  });
});

describe('after a new deployment', () => {
  it('a saved pack is refreshed in the background on the next visit online (changed files only), and the list says when', async () => {
    await savePack(MODEL);
    const before = manifestOf(MODEL);
    const after = site.deploy(MODEL, 'Zmieniono po wdrożeniu.');
    expect(after.version).not.toBe(before.version);

    site.requests.length = 0;
    await page().goto(at(PROJECT));
    const savedVersion = () =>
      page().evaluate(
        async ([cache, key]) => ((await (await (await caches.open(cache!)).match(key!))?.json()) as { version?: string } | undefined)?.version,
        [SAVED_PACKS_CACHE, savedPackKey(MODEL)],
      );
    await expect.poll(savedVersion, { timeout: 30_000 }).toBe(after.version);
    // The version, the manifest and the one changed page; the pack's unchanged pages are copied, not fetched.
    expect(site.requests).toEqual(expect.arrayContaining(['/bez-internetu/wersja.json', packManifestPath(MODEL)]));
    expect(site.requests.filter((request) => request === MODEL)).toHaveLength(1);
    expect(site.requests.filter((request) => request.startsWith('/latwy-tekst/') || request.startsWith('/en/'))).toEqual([]);

    await page().goto(at('/bez-internetu/'));
    await expect.poll(() => page().locator('.saved-packs__item').innerText()).toMatch(/Zapisano .+, ostatnia aktualizacja .+\./);
    const nothingReachedServer = await goOffline();
    await page().goto(at(MODEL));
    expect(await page().locator('#po-wdrozeniu').innerText()).toBe('Zmieniono po wdrożeniu.');
    nothingReachedServer();
  });

  it('online, a saved page is the deployed one at once, never the saved copy', async () => {
    await savePack(MODEL);
    site.deploy(MODEL, 'Zmieniono w kolejnym wdrożeniu.');
    await page().goto(at(MODEL));
    expect(await page().locator('#po-wdrozeniu').innerText()).toBe('Zmieniono w kolejnym wdrożeniu.');
  });
});

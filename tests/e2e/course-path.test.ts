/**
 * Course paths in Chromium: a trainer builds a path by keyboard alone, copies its address and
 * opens it; a tampered address shows its problems as text and runs nothing; the plain form works
 * without JavaScript; axe passes on the builder, the path and the error state; phones fit.
 */
import { describe, expect, it } from 'vitest';
import { freshPageEachTest, siteURL, watchProblems } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const BUILDER = '/sciezka/uloz/';
const SITE_NAME = 'Modele kooperacji i opieki';
const TITLE = 'Zajęcia 1: „Kooperacja” i "praca" z rodziną & więcej';

const session = freshPageEachTest();

const focused = () =>
  session.page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `limit` presses. */
async function tabUntil(
  matches: (element: { id: string; text: string }) => boolean,
  description: string,
  { backwards = false, limit = 60 } = {},
): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await session.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (matches(await focused())) return;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} nie doszedł do: ${description} w ${limit} naciśnięciach`);
}

const tabToId = (id: string, backwards = false) => tabUntil((element) => element.id === id, `#${id}`, { backwards });
const tabToText = (text: string, backwards = false) => tabUntil((element) => element.text === text, `„${text}”`, { backwards });

const announcement = () => session.page.locator('.path-builder [role="status"]').innerText();

async function openBuilder(search = ''): Promise<void> {
  await session.page.goto(siteURL(`${BUILDER}${search}`));
  await session.page.locator('.path-builder').waitFor();
}

async function filterBy(text: string): Promise<void> {
  await session.page.keyboard.press('ControlOrMeta+A');
  await session.page.keyboard.type(text);
}

/** Titles, page names and links of the items on a path page, in order. */
async function pathItems() {
  await session.page.locator('.course-path__list').waitFor();
  return session.page.locator('.course-path__item').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      page: item.querySelector('.course-path__page')?.textContent ?? '',
    })),
  );
}

describe('building a path by keyboard alone', () => {
  it('filters, adds a step, a chart and a section, reorders, names the path, copies the address and opens it', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL('/')).origin });
    await openBuilder();

    await tabToId('filtr-elementow');
    await filterBy('mk-m 6');
    expect(await page.locator('.path-builder__count').innerText()).toMatch(/^Pasuje 1 z \d+ elementów\.$/);
    await tabToText('Dodaj: Kontrakt socjalny (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Dodano „Kontrakt socjalny” do ścieżki. Pozycja 1 z 1.');
    await expect.poll(async () => (await focused()).text).toBe('Dodano: Kontrakt socjalny (Model kooperacji dla miast)');

    await tabToId('filtr-elementow', true);
    await filterBy('budzety projektow');
    await tabToText('Dodaj: Budżety projektów: wartość i części finansowania (Wskaźniki i wykresy)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Pozycja 2 z 2.');

    await tabToId('filtr-elementow', true);
    await filterBy('zasada podmiotowosci');
    await tabToText('Dodaj: Zasada podmiotowości (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Pozycja 3 z 3.');

    // The section goes to the top: focus stays on its "W górę" until it is first, then moves to "W dół".
    await tabToText('W górę: Zasada podmiotowości (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Przesunięto „Zasada podmiotowości” w górę. Pozycja 2 z 3.');
    await expect.poll(async () => (await focused()).text).toBe('W górę: Zasada podmiotowości (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Pozycja 1 z 3.');
    await expect.poll(async () => (await focused()).text).toBe('W dół: Zasada podmiotowości (Model kooperacji dla miast)');
    expect(await page.locator('.path-chosen__text').allInnerTexts()).toEqual([
      expect.stringContaining('Zasada podmiotowości'),
      expect.stringContaining('Kontrakt socjalny'),
      expect.stringContaining('Budżety projektów'),
    ]);

    await tabToId('tytul-sciezki', true);
    await page.keyboard.type(TITLE);

    await tabToText('Kopiuj adres');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Skopiowano adres ścieżki do schowka.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Adres ścieżki').inputValue());
    expect(copied.startsWith(siteURL('/sciezka/?t='))).toBe(true);
    // The builder's own address follows the selection, so a reload keeps the work.
    expect(new URL(page.url()).search).toBe(new URL(copied).search);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(copied);
    expect(await pathItems()).toEqual([
      { title: 'Zasada podmiotowości', href: '/modele/model-kooperacji-dla-miast/#zasada-podmiotowosci', page: 'Na stronie: Model kooperacji dla miast' },
      { title: 'Kontrakt socjalny', href: '/modele/model-kooperacji-dla-miast/#krok-kontrakt-socjalny', page: 'Na stronie: Model kooperacji dla miast' },
      { title: 'Budżety projektów: wartość i części finansowania', href: '/wskazniki/#wykres-budzety', page: 'Na stronie: Wskaźniki i wykresy' },
    ]);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.title()).toBe(`${TITLE} – ${SITE_NAME}`);
    expect(await page.locator('.course-path__kind').allInnerTexts()).toEqual(['Sekcja', 'Krok MK-M 6', 'Wykres']);
    expect(await page.locator('.path-problems').count()).toBe(0);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });

    await page.getByRole('link', { name: 'Kontrakt socjalny' }).click();
    await page.waitForURL(/#krok-kontrakt-socjalny$/);
    expect(await page.locator('#krok-kontrakt-socjalny').count()).toBe(1);
  });
});

describe('removing items', () => {
  it('focus moves to the next item\'s "Usuń", or to the list heading when the path is empty', async () => {
    const { page } = session;
    await openBuilder('?e=fsp504.f9ivck.y62qck');
    // The skip link jumps over the whole catalogue.
    await tabToText('Przejdź do swojej ścieżki (3 elementy)');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('twoja-sciezka');
    await tabToText('Usuń: Budżety projektów: wartość i części finansowania (Wskaźniki i wykresy)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Usunięto „Budżety projektów: wartość i części finansowania” ze ścieżki. Zostało: 2 elementy.');
    await expect.poll(async () => (await focused()).text).toBe('Usuń: Wywiad środowiskowy (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toBe('Usuń: Zgłoszenie potrzeby wsparcia (Model kooperacji dla miast)');
    await page.keyboard.press('Enter');
    await expect.poll(announcement).toContain('Ścieżka jest pusta.');
    await expect.poll(focused).toEqual({ id: 'twoja-sciezka', text: 'Twoja ścieżka' });
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('opening a path', () => {
  const PATH = '/sciezka/?t=Szko%C5%82a+Kooperacji&e=fsp504.f9ivck.y62qck';

  it('reloading shows the same path, and "Edytuj ścieżkę" opens the builder with the same selection', async () => {
    const { page } = session;
    await page.goto(siteURL(PATH));
    const first = await pathItems();
    expect(first.map((item) => item.title)).toEqual([
      'Zgłoszenie potrzeby wsparcia',
      'Budżety projektów: wartość i części finansowania',
      'Wywiad środowiskowy',
    ]);
    await page.reload();
    expect(await pathItems()).toEqual(first);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Edytuj ścieżkę' }).click();
    await page.locator('.path-builder').waitFor();
    expect(await page.locator('form.path-form').isHidden()).toBe(true);
    expect(await page.locator('.path-builder').getByLabel('Tytuł ścieżki').inputValue()).toBe('Szkoła Kooperacji');
    expect(await page.locator('.path-chosen__text').allInnerTexts()).toEqual([
      expect.stringContaining('Zgłoszenie potrzeby wsparcia'),
      expect.stringContaining('Budżety projektów'),
      expect.stringContaining('Wywiad środowiskowy'),
    ]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it('a tampered address shows what is wrong, as text, and injects nothing', async () => {
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(siteURL('/sciezka/?t=<img src=x onerror=alert(1)>&e=zzzzzz.<script>'));
    const summary = page.getByRole('region', { name: 'Nie wszystko w adresie tej ścieżki się zgadza' });
    await summary.waitFor();
    const messages = await summary.locator('li').allInnerTexts();
    expect(messages).toEqual([
      'Tytuł ścieżki zawiera znaczniki HTML. Pokazujemy go jako zwykły tekst.',
      expect.stringContaining('Fragment adresu „<script>” nie jest kodem elementu ścieżki'),
      '1 element ścieżki nie istnieje już w serwisie lub adres jest niepełny (kod: zzzzzz)',
    ]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('path-problems'))).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.title()).toBe(`<img src=x onerror=alert(1)> – ${SITE_NAME}`);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.locator('.course-path script, .course-path img, .course-path [onerror]').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('prints as a handout: the header names the path and gives its full address and a QR code of it', async () => {
    const { page } = session;
    await page.goto(siteURL(PATH));
    await pathItems();
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.locator('[data-print-title]').innerText()).toBe('Szkoła Kooperacji');
    expect(await header.locator('[data-print-address]').innerText()).toBe(siteURL(PATH));
    const qr = header.getByRole('img', { name: `Kod QR z adresem tej strony: ${siteURL(PATH)}` });
    expect(await qr.isVisible()).toBe(true);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await header.isVisible()).toBe(false);
  });

  it('a partly broken address still shows the part that can be read', async () => {
    const { page } = session;
    await page.goto(siteURL('/sciezka/?e=fsp504.x1y2z3.fsp504.f9iv'));
    expect((await pathItems()).map((item) => item.title)).toEqual(['Zgłoszenie potrzeby wsparcia']);
    expect(await page.locator('.path-problems li').allInnerTexts()).toEqual([
      expect.stringContaining('Fragment adresu „f9iv”'),
      'Element o kodzie fsp504 występuje w adresie więcej niż raz. Pokazujemy go raz.',
      '1 element ścieżki nie istnieje już w serwisie lub adres jest niepełny (kod: x1y2z3)',
    ]);
    expect(await page.locator('h1').innerText()).toBe('Ścieżka szkoleniowa');
  });
});

describe('when the catalogue cannot be fetched', () => {
  it('the path page says so and how many items the address holds', async () => {
    const { page } = session;
    await page.route('**/dane/elementy-sciezek.json', (route) => route.abort());
    await page.goto(siteURL('/sciezka/?t=Kurs&e=fsp504.f9ivck'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Nie udało się wczytać listy elementów serwisu');
    expect(await alert.innerText()).toContain('zawiera 2 elementy');
    expect(await page.locator('h1').innerText()).toBe('Kurs');
  });

  it('the builder keeps the plain form, which passes axe', async () => {
    const { page } = session;
    await page.route('**/dane/elementy-sciezek.json', (route) => route.abort());
    await page.goto(siteURL(BUILDER));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('form.path-form').isVisible()).toBe(true);
    expect(await page.locator('.path-builder').count()).toBe(0);
    expect(await page.locator('form.path-form input[type="checkbox"][name="e"]').count()).toBeGreaterThan(100);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the builder is a plain form that submits to the path page, which then lists the items with JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(siteURL(BUILDER));
      await page.getByLabel('Tytuł ścieżki').fill('Bez skryptów');
      await page.getByLabel('Krok MK-M 4: Wywiad środowiskowy').check();
      await page.getByLabel('Wykres: Budżety projektów: wartość i części finansowania').check();
      await page.getByRole('button', { name: 'Pokaż ścieżkę' }).click();
      await page.waitForURL(/\/sciezka\/\?/);
      const address = page.url();
      expect(new URL(address).searchParams.getAll('e')).toHaveLength(2);
      expect(await page.locator('h1').innerText()).toBe('Ścieżka szkoleniowa');
      expect(await page.locator('.course-path__no-script').innerText()).toContain('potrzebny jest JavaScript');
      expect(await page.locator('.course-path__no-script a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        '/sciezka/uloz/',
        '/szkolenia/',
      ]);

      await session.page.goto(address);
      expect((await pathItems()).map((item) => item.title)).toEqual(['Wywiad środowiskowy', 'Budżety projektów: wartość i części finansowania']);
      expect(await session.page.locator('h1').innerText()).toBe('Bez skryptów');
    } finally {
      await noScript.close();
    }
  });
});

describe('on a phone', () => {
  it.each([BUILDER, '/sciezka/?t=Kurs+na+telefonie&e=fsp504.f9ivck.zirgm9.6gxcc3'])('%s fits 320 px without horizontal scrolling', async (pathname) => {
    const page = await session.context.newPage();
    const problems = watchProblems(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(siteURL(pathname));
    await page.locator('.path-builder, .course-path__list').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});

/**
 * The charts on /wskazniki/ in Chromium: every chart is a complete figure (caption, named SVG,
 * source, table, CSV), its marks are reached with Tab and show their tooltip on focus and hover,
 * the tables open, the CSV files download, and axe finds nothing. The territory map also keeps
 * the chosen project in the address and works with JavaScript off.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sameTabEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const PAGE = '/wskazniki/';
const MAP_ID = 'wykres-zasieg';
const MAP = `#${MAP_ID}`;

/**
 * The charts the page must carry, found by their CSV file. The other charts are added by another
 * change; until they are on the page, their cases are skipped with a message saying so.
 */
const CHARTS: { name: string; csv: RegExp }[] = [
  { name: 'mapa zasięgu terytorialnego', csv: /zasieg-terytorialny\.csv$/ },
  { name: 'budżety projektów', csv: /\/budzety-projektow\.csv$/ },
  { name: 'harmonogram projektów', csv: /\/harmonogram-projektow\.csv$/ },
  { name: 'wskaźniki projektów', csv: /\/wskazniki\.csv$/ },
];

/** What the sources say about territory (content/projects/*.mdx, checked against the seeds). */
const COVERAGE_BY_TERYT: Record<string, string[]> = {
  '02': ['model-kooperacji-dla-miast'],
  '06': ['liderzy-kooperacji'],
  '10': ['model-kooperacji-dla-miast'],
  '12': ['model-kooperacji-dla-miast'],
  '14': ['liderzy-kooperacji'],
  '16': ['model-kooperacji-dla-miast'],
  '18': ['liderzy-kooperacji'],
  '20': ['dac-to-czego-naprawde-potrzeba', 'koordynacja-polityki-spolecznej-podlaskie', 'liderzy-kooperacji'],
  '24': ['model-kooperacji-dla-miast'],
  '26': ['liderzy-kooperacji'],
};

const session = sameTabEachTest();

/** The map hydrates when it scrolls into view; tests that use its behaviour wait for that. */
async function openMap(address = PAGE): Promise<Locator> {
  await session.page.goto(siteURL(address));
  const map = session.page.locator(MAP);
  await map.scrollIntoViewIfNeeded();
  await map.locator('.territory-map--interactive').waitFor();
  return map;
}

/** The figure of a chart, or undefined when the page does not carry it (yet). */
async function findChart(target: Page, csv: RegExp): Promise<Locator | undefined> {
  const figures = target.locator('figure.chart');
  for (let index = 0; index < (await figures.count()); index += 1) {
    const figure = figures.nth(index);
    const href = await figure.locator('.chart__downloads a').first().getAttribute('href');
    if (href && csv.test(href)) return figure;
  }
  return undefined;
}

async function chartOrSkip(name: string, csv: RegExp, skip: (condition: boolean, note?: string) => void): Promise<Locator> {
  const figure = await findChart(session.page, csv);
  skip(!figure, `Wykresu „${name}” nie ma jeszcze na stronie ${PAGE} (brak figury z plikiem CSV pasującym do ${csv}).`);
  return figure!;
}

const focusedElement = () =>
  session.page.evaluate(() => {
    const element = document.activeElement;
    return {
      isMark: element?.classList.contains('chart-mark') ?? false,
      figure: element?.closest('figure')?.id,
      label: element?.getAttribute('aria-label') ?? '',
      teryt: element?.getAttribute('data-teryt') ?? undefined,
    };
  });

/** Starts at the chart's caption and presses Tab until a mark of that chart has focus. */
async function tabToFirstMark(figure: Locator, limit = 30): Promise<void> {
  const figureId = await figure.getAttribute('id');
  await figure.locator('figcaption').evaluate((caption) => {
    caption.setAttribute('tabindex', '-1');
    (caption as HTMLElement).focus();
  });
  for (let press = 0; press < limit; press += 1) {
    await session.page.keyboard.press('Tab');
    const focused = await focusedElement();
    if (focused.isMark && focused.figure === figureId) return;
  }
  throw new Error(`Tab nie doszedł do znacznika wykresu #${figureId} w ${limit} naciśnięciach`);
}

/** Tooltips the reader can see in a figure: the SVG ones (.chart-tip) and the map's HTML one. */
const visibleTips = (figure: Locator) => figure.locator('.chart-tip:visible, .territory-map__tip:visible');

const selectedTiles = (map: Locator) =>
  map.locator('.territory-map__tile--selected').evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-teryt')));

describe('every chart on /wskazniki/', () => {
  it.for(CHARTS)('$name is a figure with a caption, a named SVG, a source line, a table in the HTML and a CSV link', async ({ name, csv }, { skip }) => {
    await session.page.goto(siteURL(PAGE));
    const figure = await chartOrSkip(name, csv, skip);
    expect((await figure.locator('figcaption').textContent())?.trim()).not.toBe('');
    const svg = figure.locator('svg[role="group"]').first();
    const svgName = await svg.evaluate((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      return element.getAttribute('aria-label') ?? (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
    });
    expect(svgName.trim()).not.toBe('');
    expect(await figure.locator('.source-line a').count()).toBeGreaterThan(0);
    expect(await figure.locator('details.chart__data table').count()).toBeGreaterThan(0);
    expect(await figure.locator('details.chart__data table tbody tr').count()).toBeGreaterThan(0);
    expect(await figure.getByRole('link', { name: 'Pobierz dane (CSV)' }).getAttribute('href')).toMatch(/^\/dane\/.+\.csv$/);
  });

  it.for(CHARTS)('$name: Tab reaches its marks and the tooltip shows on focus and on hover', async ({ name, csv }, { skip }) => {
    await session.page.goto(siteURL(PAGE));
    const figure = await chartOrSkip(name, csv, skip);
    await figure.scrollIntoViewIfNeeded();
    if ((await figure.getAttribute('id')) === MAP_ID) await figure.locator('.territory-map--interactive').waitFor();
    expect(await visibleTips(figure).count()).toBe(0);
    await tabToFirstMark(figure);
    expect((await focusedElement()).label).not.toBe('');
    await expect.poll(() => visibleTips(figure).count()).toBe(1);

    await session.page.keyboard.press('Tab');
    await session.page.mouse.move(0, 0);
    // Some charts draw a narrow and a wide SVG and show one; hover a mark of the one on screen.
    const mark = figure.locator('.chart-mark:visible').last();
    await mark.hover();
    await expect.poll(() => visibleTips(figure).count()).toBeGreaterThanOrEqual(1);
  });

  it.for(CHARTS)('$name: "Pokaż dane w tabeli" opens the table', async ({ name, csv }, { skip }) => {
    await session.page.goto(siteURL(PAGE));
    const figure = await chartOrSkip(name, csv, skip);
    const table = figure.locator('details.chart__data table').first();
    expect(await table.isVisible()).toBe(false);
    await figure.getByText('Pokaż dane w tabeli').click();
    expect(await table.isVisible()).toBe(true);
  });

  it.for(CHARTS)('$name: the CSV file answers 200 as UTF-8 text/csv with a BOM and semicolons', async ({ name, csv }, { skip }) => {
    await session.page.goto(siteURL(PAGE));
    const figure = await chartOrSkip(name, csv, skip);
    const href = (await figure.getByRole('link', { name: 'Pobierz dane (CSV)' }).getAttribute('href'))!;
    const response = await session.page.request.get(siteURL(href));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8').split('\r\n')[0]).toContain(';');
  });

  it('axe finds nothing on the page, nor with a table open and a tooltip showing', async () => {
    await openMap();
    expect(await accessibilityViolations(session.page)).toEqual([]);
    for (const summary of await session.page.locator('figure.chart details.chart__data summary').all()) await summary.click();
    await session.page.locator(`${MAP} .territory-map__tile[data-teryt="20"]`).focus();
    expect(await accessibilityViolations(session.page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});

describe('the territory map', () => {
  it('shows on each tile how many projects cover the województwo, as the sources state it', async () => {
    const map = await openMap();
    const tiles = await map.locator('.territory-map__tile').evaluateAll((elements) =>
      elements.map((tile) => ({
        teryt: tile.getAttribute('data-teryt')!,
        projects: tile.getAttribute('data-projects')!.split(' ').filter(Boolean),
        count: tile.querySelector('.territory-map__count')?.textContent,
        label: tile.getAttribute('aria-label')!,
      })),
    );
    expect(tiles).toHaveLength(16);
    for (const tile of tiles) {
      const expected = COVERAGE_BY_TERYT[tile.teryt] ?? [];
      expect(tile.projects, `TERYT ${tile.teryt}`).toEqual(expected);
      expect(tile.count).toBe(String(expected.length));
      if (expected.length === 0) expect(tile.label).toContain('brak projektów w bazie');
    }
  });

  it('lists Miasto Rybnik by name with "województwo nie podane w źródle" and colours no tile for it', async () => {
    const map = await openMap();
    expect(await map.locator('.territory-map__tile[data-projects~="lokalne-programy-opieki-wytchnieniowej"]').count()).toBe(0);
    expect(await map.locator('.territory-map__place-groups li', { hasText: 'Miasto Rybnik' }).last().textContent()).toBe(
      'Miasto Rybnik (TERYT 2473011; województwo nie podane w źródle)',
    );
    expect(await map.locator('.territory-map__place-groups > li > ul > li').count()).toBe(8);
  });

  it('choosing a project redraws the map at once and puts ?projekt=… in the address without a new history entry', async () => {
    const map = await openMap();
    const before = await session.page.evaluate(() => history.length);
    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'Liderzy Kooperacji' });
    expect(await selectedTiles(map)).toEqual(['14', '26', '06', '18', '20'].sort((a, b) => tileOrder(a) - tileOrder(b)));
    const address = new URL(session.page.url());
    expect(address.search).toBe('?projekt=liderzy-kooperacji');
    expect(address.hash).toBe(MAP);
    expect(await session.page.evaluate(() => history.length)).toBe(before);
    expect(await map.locator('.territory-map__summary').textContent()).toBe(
      'Projekt „Liderzy Kooperacji” obejmuje 5 województw: podlaskie, mazowieckie, świętokrzyskie, lubelskie, podkarpackie.',
    );
    // The count stays on every tile: colour and pattern are never the only carriers.
    expect(await map.locator('.territory-map__tile[data-teryt="20"] .territory-map__count').textContent()).toBe('3');

    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'wszystkie projekty' });
    expect(new URL(session.page.url()).search).toBe('');
    expect(await selectedTiles(map)).toEqual([]);
  });

  it('a shared link reopens the chosen project, and so do reloading and coming back with "Wstecz"', async () => {
    const map = await openMap(`${PAGE}?projekt=model-kooperacji-dla-miast${MAP}`);
    const expected = ['02', '16', '10', '24', '12'];
    await expect.poll(() => selectedTiles(map)).toEqual(expected);
    expect(await map.getByLabel('Pokaż zasięg projektu').inputValue()).toBe('model-kooperacji-dla-miast');

    await session.page.reload();
    await session.page.locator(MAP).locator('.territory-map--interactive').waitFor();
    await expect.poll(() => selectedTiles(map)).toEqual(expected);

    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'Liderzy Kooperacji' });
    await session.page.goto(siteURL('/projekty/'));
    await session.page.goBack();
    await session.page.locator(MAP).locator('.territory-map--interactive').waitFor();
    expect(new URL(session.page.url()).search).toBe('?projekt=liderzy-kooperacji');
    await expect.poll(() => selectedTiles(map)).toHaveLength(5);
  });

  it('a project without a województwo in its source says so and highlights no tile', async () => {
    const map = await openMap(`${PAGE}?projekt=lokalne-programy-opieki-wytchnieniowej${MAP}`);
    await expect
      .poll(() => map.locator('.territory-map__summary').textContent())
      .toBe(
        'Projekt „Model tworzenia lokalnych programów opieki wytchnieniowej”: źródło nie podaje województwa. Wymienia: Miasto Rybnik (województwo nie podane w źródle).',
      );
    expect(await selectedTiles(map)).toEqual([]);
  });

  it('an unknown project in the address shows all projects', async () => {
    const map = await openMap(`${PAGE}?projekt=nie-ma-takiego${MAP}`);
    expect(await map.getByLabel('Pokaż zasięg projektu').inputValue()).toBe('');
    expect(await map.locator('.territory-map__tile--count').count()).toBe(16);
  });

  it('the tiles are one tab stop; arrow keys move between them and Escape hides the tooltip', async () => {
    const map = await openMap();
    expect(await map.locator('.territory-map__tile[tabindex="0"]').count()).toBe(1);
    await map.locator('.territory-map__tile[tabindex="0"]').focus();
    expect((await focusedElement()).teryt).toBe('32');
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('ArrowDown');
    expect((await focusedElement()).label).toMatch(/^Województwo mazowieckie \(TERYT 14\): 1 projekt w bazie\./);
    expect(await map.locator('.territory-map__tip').textContent()).toContain('mazowieckie (TERYT 14)');
    await session.page.keyboard.press('Escape');
    expect(await map.locator('.territory-map__tip').count()).toBe(0);
    expect(await map.locator('.territory-map__tile[tabindex="0"]').getAttribute('data-teryt')).toBe('14');
  });

  it('hovering a tile shows its tooltip; Escape hides it without moving the pointer; leaving the map hides it', async () => {
    const map = await openMap();
    await map.locator('.territory-map__tile[data-teryt="24"]').hover();
    expect(await map.locator('.territory-map__tip').textContent()).toContain('śląskie (TERYT 24)');
    await session.page.keyboard.press('Escape');
    expect(await map.locator('.territory-map__tip').count()).toBe(0);
    await map.locator('.territory-map__tile[data-teryt="12"]').hover();
    expect(await map.locator('.territory-map__tip').textContent()).toContain('małopolskie (TERYT 12)');
    await session.page.mouse.move(1, 1);
    expect(await map.locator('.territory-map__tip').count()).toBe(0);
  });

  it('on a 320 px phone the map fits the screen and its text stays readable', async () => {
    await session.page.setViewportSize({ width: 320, height: 640 });
    const map = await openMap();
    expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const svg = await map.locator('.territory-map__svg').boundingBox();
    expect(svg!.width).toBeGreaterThan(240);
    const abbreviation = await map.locator('.territory-map__abbreviation').first().boundingBox();
    expect(abbreviation!.height).toBeGreaterThanOrEqual(11);
    await map.locator('.territory-map__tile[data-teryt="20"]').focus();
    const tip = await map.locator('.territory-map__tip').boundingBox();
    expect(tip!.x).toBeGreaterThanOrEqual(0);
    expect(tip!.x + tip!.width).toBeLessThanOrEqual(320);
  });
});

describe('the territory map without JavaScript', () => {
  it('shows all projects from the server and its form submits with GET', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noScript.newPage();
    await staticPage.goto(siteURL(PAGE));
    const map = staticPage.locator(MAP);
    expect(await map.locator('.territory-map__tile[tabindex="0"]').count()).toBe(16);
    expect(await map.locator('.territory-map__tile[data-teryt="20"]').getAttribute('aria-label')).toMatch(
      /^Województwo podlaskie \(TERYT 20\): 3 projekty w bazie\./,
    );
    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'Liderzy Kooperacji' });
    await map.getByRole('button', { name: 'Pokaż' }).click();
    await staticPage.waitForURL(/projekt=/);
    const address = new URL(staticPage.url());
    expect(address.search).toBe('?projekt=liderzy-kooperacji');
    expect(address.hash).toBe(MAP);
    expect(await map.locator('.territory-map__tile--count').count()).toBe(16);
    expect(await map.locator('.territory-map__place-groups > li > ul > li').count()).toBe(8);
    expect(await map.locator('.territory-map__hint').textContent()).toContain('Bez JavaScriptu mapa zawsze pokazuje wszystkie projekty');
    await noScript.close();
  });
});

describe('the territory map table', () => {
  it('has one row per województwo and the powiaty and gminy with TERYT codes', async () => {
    await session.page.goto(siteURL(PAGE));
    const tables = session.page.locator(`${MAP} details.chart__data table`);
    expect(await tables.count()).toBe(2);
    expect(await tables.nth(0).locator('tbody tr').count()).toBe(16);
    expect(await tables.nth(0).locator('tbody tr', { hasText: 'podlaskie' }).locator('td').allTextContents()).toEqual([
      '20',
      '3',
      'Dać to, czego naprawdę potrzeba; Koordynacja działań w zakresie polityki społecznej w województwie podlaskim; Liderzy Kooperacji',
    ]);
    expect(await tables.nth(0).locator('tbody tr', { hasText: 'lubuskie' }).locator('td').allTextContents()).toEqual(['08', '0', 'brak projektów w bazie']);
    expect(await tables.nth(1).locator('tbody tr').count()).toBe(8);
    expect(await tables.nth(1).locator('tbody tr', { hasText: 'Miasto Rybnik' }).locator('td').allTextContents()).toEqual([
      '2473011',
      'gmina',
      'województwo nie podane w źródle',
      'Model tworzenia lokalnych programów opieki wytchnieniowej',
    ]);
  });

  it('the CSV file has the same rows as the table, with Polish headers', async () => {
    const response = await session.page.request.get(siteURL('/dane/zasieg-terytorialny.csv'));
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Rodzaj jednostki;Kod TERYT;Nazwa;Województwo;Liczba projektów;Projekty');
    expect(lines).toHaveLength(1 + 16 + 8);
    expect(lines).toContain('gmina;2473011;Miasto Rybnik;województwo nie podane w źródle;1;Model tworzenia lokalnych programów opieki wytchnieniowej');
  });
});

/** Reading order of the tiles on the map (row by row), by TERYT. */
function tileOrder(teryt: string): number {
  return ['32', '22', '28', '20', '08', '30', '04', '14', '02', '16', '10', '26', '06', '24', '12', '18'].indexOf(teryt);
}

/**
 * Long lists on a grown site. The real content is too small for any list to page, so this reads
 * the grown copy of tests/copies/global-setup.ts, with generated gmina pages (the benchmark's `syntheticPages`: a gmina, its
 * programme and its social-welfare centre each) and checks the result: section indexes paged at
 * /strona/N/ with a GOV.UK-style pagination bar, entry pages showing the start of a long relation
 * list with "Zobacz wszystkie (N)", the builder's plain form without the per-gmina sections. Then
 * Chromium goes through the pages by keyboard, runs axe and checks a phone's width. The copy is
 * built as `npm run build` builds, with the search index in parts (tests/copies/search-across-parts.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { largestHtmlPages } from '../../scripts/bench/measure-dist.ts';
import { builtAddresses } from '../../src/integrations/published-addresses.ts';
import { parseCatalogue } from '../../src/lib/link-catalogue.ts';
import { isFoundByFilterOnly } from '../../src/lib/link-catalogue-view.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { ADDRESS_LIST_FILE, compareWithBuild, parseAddressList } from '../../src/lib/published-addresses.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { readBuiltPage, RELATION_LIST_ENTRIES, seeAllLinks, walkList } from '../support/long-lists.ts';
import { serveInChromium, type ServedSite } from './served-site.ts';
import { GENERATED_PAGES as GENERATED, SITE } from './global-setup.ts';
import { searchAcrossParts } from './search-across-parts.ts';

/** The same budget as tests/site/long-lists.test.ts, where the number is explained. */
const MAX_PAGE_HTML_BYTES = 200 * 1024;
const PREVIEW = 20;
const polishOrder = new Intl.Collator('pl-PL');

/** The grown copy (tests/copies/global-setup.ts). */
const build = inject('grown');
const { dist } = build;

beforeAll(() => {
  if (build.code !== 0) throw new Error(`Budowanie kopii z wygenerowanymi stronami się nie udało:\n${build.output.slice(-4000)}`);
});

const page = (address: string) => readBuiltPage(dist, address);
/** Entries of a section's own pages: the folders under it, without the list pages and the pages at former addresses (renamed entries). */
const entryPages = (section: string) =>
  readdirSync(path.join(dist, section), { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== 'strona' && !page(`/${section}/${entry.name}/`).querySelector('meta[http-equiv="refresh"]'),
  ).length;
const headingLinks = 'main .card-list > li > :is(h2, h3) > a';

describe('a section index longer than one page', () => {
  test(`has a page for every ${LIST_PAGE_SIZE} entries, each programme on exactly one of them, in Polish alphabetical order`, () => {
    const walked = walkList(dist, '/programy/', headingLinks);
    const programmes = entryPages('programy');
    expect(programmes).toBeGreaterThan(2 * LIST_PAGE_SIZE);
    expect(walked.pages).toEqual(['/programy/', '/programy/strona/2/', '/programy/strona/3/']);
    expect(walked.entries).toHaveLength(programmes);
    expect(new Set(walked.entries).size).toBe(programmes);
    const titles = walked.pages.flatMap((address) =>
      page(address)
        .querySelectorAll(headingLinks)
        .map((link) => link.text.trim()),
    );
    expect(titles).toEqual([...titles].sort(polishOrder.compare));
    expect(existsSync(path.join(dist, 'programy/strona/1'))).toBe(false);
    expect(existsSync(path.join(dist, 'programy/strona/4'))).toBe(false);
  });

  test('a later page says which it is in its title, breadcrumbs and under its heading, and links its neighbours in the head', () => {
    const second = page('/programy/strona/2/');
    expect(second.querySelector('title')?.text).toBe('Programy – strona 2 z 3 – Modele kooperacji i opieki');
    expect(second.querySelector('h1')?.text).toBe('Programy');
    expect(second.querySelector('.list-position')?.text).toMatch(/^Strona 2 z 3: programy 51–100 z \d+\.$/);
    expect(second.querySelectorAll('.breadcrumbs li').map((item) => item.text.trim())).toEqual(['Strona główna', 'Programy', 'Strona 2 z 3']);
    expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/programy/strona/2/`);
    expect(second.querySelector('head link[rel="prev"]')?.getAttribute('href')).toBe('/programy/');
    expect(second.querySelector('head link[rel="next"]')?.getAttribute('href')).toBe('/programy/strona/3/');
    const first = page('/programy/');
    expect(first.querySelector('title')?.text).toBe('Programy – strona 1 z 3 – Modele kooperacji i opieki');
    expect(first.querySelector('head link[rel="prev"]')).toBeNull();
  });

  test('has a pagination bar: previous, the numbers with the current one marked, next', () => {
    const nav = page('/programy/strona/2/').querySelector('nav[aria-label="Stronicowanie"]');
    expect(nav).not.toBeNull();
    const links = nav!.querySelectorAll('a').map((link) => ({
      text: link.text.replace(/\s+/g, ' ').trim(),
      href: link.getAttribute('href'),
      label: link.getAttribute('aria-label') ?? null,
      current: link.getAttribute('aria-current') ?? null,
      rel: link.getAttribute('rel') ?? null,
    }));
    expect(links).toEqual([
      { text: 'Poprzednia strona', href: '/programy/', label: null, current: null, rel: 'prev' },
      { text: '1', href: '/programy/', label: 'Strona 1', current: null, rel: null },
      { text: '2', href: '/programy/strona/2/', label: 'Strona 2', current: 'page', rel: null },
      { text: '3', href: '/programy/strona/3/', label: 'Strona 3', current: null, rel: null },
      { text: 'Następna strona', href: '/programy/strona/3/', label: null, current: null, rel: 'next' },
    ]);
  });

  test('the institutions show the kinds on the first page only and page the organisations', () => {
    expect(page('/instytucje/').querySelector('#rodzaje-instytucji')).not.toBeNull();
    const second = page('/instytucje/strona/2/');
    expect(second.querySelector('#rodzaje-instytucji')).toBeNull();
    expect(second.querySelectorAll(headingLinks)).toHaveLength(LIST_PAGE_SIZE);
  });

  test('the places show województwa and powiaty on the first page and page the gminas', () => {
    const first = page('/miejsca/');
    expect(first.querySelector('#miejsca-wojewodztwo')).not.toBeNull();
    expect(first.querySelectorAll('section[aria-labelledby="miejsca-gmina"] > ul > li > a')).toHaveLength(LIST_PAGE_SIZE);
    expect(page('/miejsca/strona/2/').querySelector('#miejsca-wojewodztwo')).toBeNull();
  });
});

describe('a relation list longer than its preview', () => {
  const entriesOf = (section: string) =>
    readdirSync(path.join(dist, section), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'strona')
      .map((entry) => `/${section}/${entry.name}/`);
  const entryAddresses = () => [...entriesOf('zrodla'), ...entriesOf('miejsca'), ...entriesOf('projekty'), ...entriesOf('modele')];

  test(`shows its first ${PREVIEW} entries on the entry's page, with "Zobacz wszystkie (N)"`, () => {
    const place = page('/miejsca/wojewodztwo-podlaskie/');
    const fact = place.querySelectorAll('.summary-list > div').find((row) => row.querySelector('dt')?.text === 'Wymienione w źródłach miejsca na tym obszarze');
    const links = fact!.querySelectorAll('dd a');
    expect(links).toHaveLength(PREVIEW + 1);
    expect(links.at(-1)!.text).toMatch(/^zobacz wszystkie miejsca na tym obszarze \(\d+\)$/);
    expect(links.at(-1)!.getAttribute('href')).toBe('/miejsca/wojewodztwo-podlaskie/miejsca-na-obszarze/');

    const source = page('/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/');
    const programmes = source.querySelector('#programy')!.parentNode.nextElementSibling!;
    expect(programmes.querySelectorAll('li')).toHaveLength(PREVIEW);
    expect(seeAllLinks(source, '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/').map((link) => link.href)).toEqual(
      expect.arrayContaining([
        '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/',
        '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/instytucje/',
        '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/miejsca/',
      ]),
    );
  });

  test('links to a paged list that holds exactly the number of entries the link names, each once', () => {
    const links = entryAddresses().flatMap((address) => seeAllLinks(page(address), address));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      const walked = walkList(dist, link.href, RELATION_LIST_ENTRIES);
      expect(walked.entries, `${link.from} → ${link.href}`).toHaveLength(link.count);
      expect(new Set(walked.entries).size).toBe(link.count);
      expect(walked.pages).toHaveLength(Math.ceil(link.count / LIST_PAGE_SIZE));
    }
  });

  test('names the entry it belongs to and links back to it', () => {
    const list = page('/miejsca/wojewodztwo-podlaskie/miejsca-na-obszarze/strona/2/');
    expect(list.querySelector('h1')?.text).toBe('Miejsca na obszarze: Województwo podlaskie');
    expect(list.querySelectorAll('.breadcrumbs li').map((item) => item.text.trim())).toEqual([
      'Strona główna',
      'Miejsca',
      'Województwo podlaskie',
      'Miejsca na obszarze: Województwo podlaskie',
      'Strona 2 z 3',
    ]);
    expect(list.querySelector('main p a')?.getAttribute('href')).toBe('/miejsca/wojewodztwo-podlaskie/');
  });
});

describe('the course-path builder', () => {
  test('lists in its plain form everything but the sections of programme pages, and says how to find them', () => {
    const catalogue = parseCatalogue(JSON.parse(readFileSync(path.join(dist, 'dane/elementy-sciezek.json'), 'utf8')));
    const perGmina = catalogue.filter(isFoundByFilterOnly);
    expect(perGmina.length).toBeGreaterThan((2 * GENERATED) / 3);
    const builder = page('/sciezka/uloz/');
    const offered = new Set(builder.querySelectorAll('form.path-form input[name="e"]').map((input) => input.getAttribute('value')));
    expect(offered.size).toBe(catalogue.length - perGmina.length);
    expect(perGmina.filter((item) => offered.has(item.key))).toEqual([]);
    expect(builder.querySelector('form.path-form')?.text.replace(/\s+/g, ' ')).toContain(
      `Lista nie pokazuje sekcji stron programów (${perGmina.length} sekcji)`,
    );
    // The catalogue is fetched by the island, never written into the page.
    expect(builder.toString()).not.toContain(perGmina[0]!.href);
  });
});

describe('the grown site as a whole', () => {
  test(`keeps every page under ${MAX_PAGE_HTML_BYTES / 1024} KB of HTML`, () => {
    expect(largestHtmlPages(dist, 1)[0]!.bytes).toBeLessThanOrEqual(MAX_PAGE_HTML_BYTES);
  });

  test('keeps list pages out of the search index and the entries in it', () => {
    for (const address of ['/programy/', '/programy/strona/2/', '/instytucje/strona/3/', '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/strona/2/']) {
      expect(page(address).querySelector('[data-pagefind-body]'), address).toBeNull();
    }
    expect(page('/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/').querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  test('promises the first page of every list as a lasting address, not the later pages', () => {
    const addresses = builtAddresses(dist);
    expect(addresses).toContain('/programy/');
    expect(addresses).toContain('/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/');
    expect(addresses.filter((address) => address.includes('/strona/'))).toEqual([]);
    // What the build's own check compared (src/integrations/published-addresses.ts): nothing of the
    // list gone, the generated pages new. Read from the files, not from the build's printed notice.
    const listed = parseAddressList(readFileSync(path.join(path.dirname(dist), ADDRESS_LIST_FILE), 'utf8'));
    const { missing, added } = compareWithBuild(listed, addresses);
    expect(missing).toEqual([]);
    expect(added).toContain('/programy/gminny-program-przykladowa-gmina-0001/');
    expect(added.filter((address) => address.includes('/strona/'))).toEqual([]);
  });

  test('passes the build-output checks: links, anchors, ids, headings', () => {
    expect(build.distProblems).toEqual([]);
  });
});

searchAcrossParts(() => dist);

describe('in Chromium', () => {
  let site: ServedSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await serveInChromium(dist);
    ({ browser, base } = site);
  }, 120_000);

  afterAll(() => site?.close());

  async function withPage<T>(run: (page: Page) => Promise<T>, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<T> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /** Presses Tab until the focused element's accessible text is `name`; fails after `limit` presses. */
  async function tabTo(page: Page, name: string, limit = 200): Promise<void> {
    for (let press = 0; press < limit; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      });
      if (focused === name) return;
    }
    throw new Error(`Tab nie doszedł do „${name}” w ${limit} naciśnięciach`);
  }

  test('the pagination bar works by keyboard, with a visible focus', async () => {
    await withPage(async (page) => {
      await page.goto(`${base}/programy/strona/2/`);
      await tabTo(page, 'Następna strona');
      const focusBackground = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
      expect(focusBackground).toBe('rgb(255, 221, 0)');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${base}/programy/strona/3/`);
      await tabTo(page, 'Strona 1');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${base}/programy/`);
      expect(await page.getByRole('navigation', { name: 'Stronicowanie' }).getByRole('link', { name: 'Strona 1' }).getAttribute('aria-current')).toBe('page');
    });
  });

  test.each([
    '/programy/strona/2/',
    '/instytucje/',
    '/miejsca/strona/3/',
    '/miejsca/wojewodztwo-podlaskie/',
    '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/',
    '/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/strona/2/',
  ])('%s passes axe', async (address) => {
    await withPage(async (page) => {
      await page.goto(`${base}${address}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test.each(['/programy/strona/2/', '/miejsca/wojewodztwo-podlaskie/miejsca-na-obszarze/strona/2/'])(
    '%s fits 320 px without horizontal scrolling',
    async (address) => {
      await withPage(
        async (page) => {
          await page.goto(`${base}${address}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        },
        { width: 320 },
      );
    },
  );

  test('without JavaScript the pages are plain links that work', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${base}/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/`);
        await page.getByRole('link', { name: /^Zobacz wszystkie programy \(\d+\)$/ }).click();
        await page.waitForURL(`${base}/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/`);
        await page.getByRole('link', { name: 'Następna strona' }).click();
        await page.waitForURL(`${base}/zrodla/zrodlo-opieka-wytchnieniowa-rybnik/programy/strona/2/`);
      },
      { javaScriptEnabled: false },
    );
  });

  test('the builder lists the programme sections only once something is typed, and then finds them in the whole catalogue', async () => {
    await withPage(async (page) => {
      await page.goto(`${base}/sciezka/uloz/`);
      await page.locator('.path-builder').waitFor();
      const count = page.locator('.path-builder__count');
      expect(await count.innerText()).toMatch(
        /^Lista pokazuje \d+ z \d+ elementów\. Sekcje stron programów \(\d+\) pojawią się, gdy wpiszesz nazwę gminy albo słowo z tytułu\.$/,
      );
      expect(await page.locator('.path-catalogue-page__title', { hasText: 'Przykładowa gmina' }).count()).toBe(0);
      await page.getByLabel('Szukaj sekcji, kroku lub wykresu').fill('przykladowa gmina 0007');
      await expect.poll(() => count.innerText()).toMatch(/^Pasuje 5 z \d+ elementów\.$/);
      expect(await page.locator('.path-catalogue-page__title').allInnerTexts()).toEqual([expect.stringContaining('Przykładowa gmina 0007')]);
      await page.getByLabel('Szukaj sekcji, kroku lub wykresu').fill('gmina');
      await expect.poll(() => count.innerText()).toMatch(/Lista pokazuje pierwsze 100: dopisz słowo, aby zawęzić wyniki\.$/);
      expect(await page.locator('.path-catalogue-item').count()).toBe(100);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
});

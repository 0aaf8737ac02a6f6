/**
 * Printing, as officials and trainers do it: every kind of page prints without the site's chrome,
 * with a header naming the page, its date and full address, link targets written out, folded
 * content open and nothing wider than the sheet; a training page (a handout) carries a QR code
 * that reads back as its address. On screen the print header is not there, and axe stays clean.
 */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sameTabEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const session = sameTabEachTest();

/** One page of each kind; `dated` pages print their own last update, the rest the build day. */
const PAGES: { kind: string; path: string; dated: boolean }[] = [
  { kind: 'home', path: '/', dated: false },
  { kind: 'project', path: '/projekty/liderzy-kooperacji/', dated: true },
  { kind: 'model', path: '/modele/model-kooperacji-dla-gmin-wiejskich/', dated: true },
  { kind: 'programme', path: '/programy/lokalny-program-opieki-wytchnieniowej-rybnik/', dated: true },
  { kind: 'training', path: '/szkolenia/szkola-kooperacji/', dated: true },
  { kind: 'institution', path: '/instytucje/rops-bialystok/', dated: true },
  { kind: 'place', path: '/miejsca/gmina-michalowo/', dated: true },
  { kind: 'glossary', path: '/slownik/', dated: false },
  { kind: 'glossary term', path: '/slownik/cus/', dated: false },
  { kind: 'charts', path: '/wskazniki/', dated: false },
  { kind: 'guidance document', path: '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/', dated: true },
  { kind: 'search', path: '/szukaj/', dated: false },
  { kind: 'changes', path: '/zmiany/', dated: false },
];
const TRAINING = '/szkolenia/szkola-kooperacji/';
const POLISH_DATE = /^\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}$/;

async function openForPrint(path: string): Promise<Page> {
  const { page } = session;
  await page.goto(siteURL(path));
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The page's own title: the document title without the site name after it (the home page is the site). */
async function ownTitle(page: Page): Promise<string> {
  const title = await page.title();
  const separator = title.lastIndexOf(' – ');
  return separator === -1 ? title.split(':')[0]! : title.slice(0, separator);
}

/** Elements of the given selector a reader would see on the page as laid out now. */
function visibleCount(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
}

/** What a printed link has after its text, as the browser resolves the ::after content. */
function afterContent(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
}

describe.each(PAGES)('printing the $kind page', ({ path, dated }) => {
  it('leaves out navigation, search, footer and controls, and heads the page with its title, date and address', async () => {
    const page = await openForPrint(path);
    for (const chrome of [
      '.skip-link',
      'nav[aria-label="Menu główne"]',
      '.site-header',
      '.site-footer',
      '#search-dialog',
      'main nav',
      'main button',
      'main form',
    ]) {
      expect(await visibleCount(page, chrome), chrome).toBe(0);
    }
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.locator('.print-header__title').innerText()).toBe(await ownTitle(page));

    const address = await header.locator('dd a').innerText();
    expect(await header.locator('dd a').getAttribute('href')).toBe(address);
    expect(new URL(address).pathname).toBe(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    if (canonical) expect(address).toBe(canonical);
    const headerText = (await header.innerText()).replace(/\s+/g, ' ');
    expect(headerText).toContain(`adresy zaczynające się od „/” są w serwisie ${new URL(address).origin}.`);

    const date = header.locator('time');
    expect(await date.innerText()).toMatch(POLISH_DATE);
    expect(headerText).toContain(`Stan na: ${await date.innerText()}`);
    if (dated) {
      const updated = await page.locator('.status-line time').last().getAttribute('datetime');
      expect(await date.getAttribute('datetime')).toBe(updated);
    }
    expect(session.problems.pageErrors).toEqual([]);
  });

  it('fits the width of the sheet', async () => {
    const page = await openForPrint(path);
    // An A4 sheet with the print margins leaves 17.8 cm of width: 673 CSS pixels.
    await page.setViewportSize({ width: 673, height: 900 });
    const tooWide = await page.evaluate(() => {
      // Wide tables go on landscape sheets of their own (a named page in the print styles).
      const onNamedPage = (element: Element | null): boolean =>
        element !== null && (getComputedStyle(element).getPropertyValue('page') !== 'auto' || onNamedPage(element.parentElement));
      return [...document.querySelectorAll('main *')]
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !onNamedPage(element))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
    expect(tooWide).toEqual([]);
  });
});

describe('links on paper', () => {
  it('write out the address of links to other pages and of external links', async () => {
    const page = await openForPrint('/modele/model-kooperacji-dla-gmin-wiejskich/');
    const internal = 'main .document__body a[href^="/projekty/"]:not(.glossary-term)';
    const href = await page.locator(internal).first().getAttribute('href');
    expect(href).toMatch(/^\/projekty\/[a-z0-9-]+\/$/);
    expect(await afterContent(page, internal)).toBe(`" (${href})"`);
    await page.locator('main .document__body').evaluate((body) => {
      body.insertAdjacentHTML('beforeend', '<p><a id="external-link" href="https://example.org/strona/">strona zewnętrzna</a></p>');
    });
    expect(await afterContent(page, '#external-link')).toBe('" (https://example.org/strona/)"');
  });

  it('do not repeat links within the page, glossary explanations or links whose text is the address', async () => {
    const page = await openForPrint('/projekty/liderzy-kooperacji/');
    expect(await afterContent(page, 'main a[href^="#"]')).toBe('none');
    expect(await afterContent(page, 'main a.glossary-term')).toBe('none');
    await page.locator('main .document__body').evaluate((body) => {
      body.insertAdjacentHTML('beforeend', '<p><a id="address-link" href="https://example.org/" data-shows-address>https://example.org/</a></p>');
    });
    expect(await afterContent(page, '#address-link')).toBe('none');
  });
});

describe('folded content on paper', () => {
  it('prints a chart’s data table without opening it, under its caption instead of “Pokaż dane w tabeli”', async () => {
    const { page } = session;
    await page.goto(siteURL('/projekty/liderzy-kooperacji/'));
    const table = page.locator('details.chart__data table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.chart__data[open]').count()).toBe(0);
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('details.chart__data summary').first().isVisible()).toBe(false);
    expect(await table.locator('caption').isVisible()).toBe(true);
  });
});

describe('the handout of a training', () => {
  it('prints a QR code of the page address, named by it, black on white and at least 2.5 cm wide', async () => {
    const page = await openForPrint(TRAINING);
    const address = await page.locator('.print-header dd a').innerText();
    const qr = page.getByRole('img', { name: `Kod QR z adresem tej strony: ${address}` });
    expect(await qr.count()).toBe(1);
    // 2.5 cm at 96 CSS pixels to the inch.
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual((2.5 / 2.54) * 96 - 0.5);

    const image = await qr.evaluate(async (svg) => {
      const size = 300;
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('width', String(size));
      copy.setAttribute('height', String(size));
      const picture = new Image();
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0, size, size);
      return { pixels: Array.from(context.getImageData(0, 0, size, size).data), size };
    });
    const decoded = jsQR(Uint8ClampedArray.from(image.pixels), image.size, image.size, { inversionAttempts: 'dontInvert' });
    expect(decoded?.data).toBe(address);
  });

  it('is the only kind of page with a QR code', async () => {
    const page = await openForPrint('/projekty/liderzy-kooperacji/');
    expect(await page.locator('.print-header svg').count()).toBe(0);
  });
});

describe('on screen', () => {
  it.each([TRAINING, '/projekty/liderzy-kooperacji/', '/'])('%s shows no print header and passes axe', async (path) => {
    const { page } = session;
    await page.goto(siteURL(path));
    expect(await page.locator('.print-header').isVisible()).toBe(false);
    expect(await page.getByRole('img', { name: /^Kod QR/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('printing the remarks table of a guidance document', () => {
  it('leaves the print header out, so the table prints alone', async () => {
    const page = await openForPrint('/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/');
    await page.evaluate(() => (document.documentElement.dataset.print = 'uwagi'));
    expect(await page.locator('.print-header').isVisible()).toBe(false);
  });
});

/** Sheets in a PDF made by Chromium, with their orientation. */
function sheets(pdf: Buffer): { count: number; landscape: number } {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const landscape = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].filter((box) => Number(box[1]) > Number(box[2])).length;
  return { count, landscape };
}

describe('the printed PDF', () => {
  it('is one sheet for a short page, so nothing pushes the text off the first sheet', async () => {
    await session.page.goto(siteURL('/slownik/cus/'));
    expect(sheets(await session.page.pdf({ format: 'A4' })).count).toBe(1);
  });

  it('runs a long page over several sheets, the wide data tables on landscape ones', async () => {
    await session.page.goto(siteURL('/wskazniki/'));
    const { count, landscape } = sheets(await session.page.pdf({ format: 'A4' }));
    expect(count).toBeGreaterThan(3);
    expect(landscape).toBeGreaterThan(0);
    expect(landscape).toBeLessThan(count);
  });
});

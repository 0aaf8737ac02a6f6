/**
 * The English pages in dist/: the language of every page, hreflang pairs both ways, the language
 * link only where a counterpart exists, sitemap alternates, English interface strings, and figures
 * equal to the Polish page's (amounts to the grosz, dates, the resolution). Runs over dist/ after
 * `npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { interfaceText } from '../../src/lib/i18n/interface-text.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { DIST, builtPage, builtPagePaths, normalizeSpace, readableText } from './support/built-site.ts';

const pages = builtPagePaths();
const englishPages = pages.filter((page) => languageOfPath(page) === 'en');

/** The page's hreflang alternates, as absolute paths by language. */
function alternates(page: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang')!, new URL(link.getAttribute('href')!).pathname]),
  );
}

const withAlternates = pages.filter((page) => Object.keys(alternates(builtPage(page))).length > 0);

describe('English pages', () => {
  it('title the home pages with the tagline as written after the colon, "Polish" capitalised in English', () => {
    expect(builtPage('/en/').querySelector('title')!.text).toBe(
      `${interfaceText('en').site.name}: a knowledge base of cooperation and care models in Polish social policy`,
    );
    expect(builtPage('/').querySelector('title')!.text).toBe(
      `${interfaceText('pl').site.name}: baza wiedzy o modelach współpracy i opieki w polityce społecznej`,
    );
  });

  it('are the home page, every project and model, the respite programme, the glossary, the accessibility statement and search', () => {
    expect(englishPages).toEqual(
      expect.arrayContaining([
        '/en/',
        '/en/glossary/',
        '/en/accessibility/',
        '/en/search/',
        '/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/',
        ...builtPagePaths('projekty')
          .filter((page) => page.split('/').length === 4)
          .map((page) => page.replace('/projekty/', '/en/projects/')),
        ...builtPagePaths('modele')
          .filter((page) => page.split('/').length === 4)
          .map((page) => page.replace('/modele/', '/en/models/')),
      ]),
    );
    expect(englishPages).toHaveLength(15);
  });

  it.each(englishPages)('%s gives every section heading an id, so a section can be linked', (page) => {
    const headings = builtPage(page)
      .querySelectorAll('main h2, main h3')
      .filter((heading) => !heading.closest('astro-island') && !heading.closest('.card-list') && !heading.classList.contains('visually-hidden'));
    expect(headings.filter((heading) => !heading.id).map((heading) => heading.text)).toEqual([]);
  });

  it.each(pages)('%s says its language in <html lang>', (page) => {
    expect(builtPage(page).querySelector('html')!.getAttribute('lang')).toBe(languageOfPath(page));
  });
});

describe('hreflang', () => {
  it('pairs every English page with its Polish page', () => {
    expect(englishPages.filter((page) => !withAlternates.includes(page))).toEqual([]);
    expect(withAlternates).toHaveLength(2 * englishPages.length);
  });

  it.each(withAlternates)('%s and its counterpart name each other, both ways', (page) => {
    const own = alternates(builtPage(page));
    expect(Object.keys(own).sort()).toEqual(['en', 'pl']);
    expect(own[languageOfPath(page)]).toBe(page);
    const other = own[languageOfPath(page) === 'pl' ? 'en' : 'pl']!;
    expect(alternates(builtPage(other))).toEqual(own);
  });
});

describe('the language link in the header', () => {
  it.each(pages)('%s links to its counterpart if, and only if, it has one', (page) => {
    const link = builtPage(page).querySelector('.site-header__language');
    const own = alternates(builtPage(page));
    if (Object.keys(own).length === 0) {
      expect(link).toBeNull();
      return;
    }
    const other = languageOfPath(page) === 'pl' ? 'en' : 'pl';
    expect(link?.getAttribute('href')).toBe(own[other]);
    expect(link?.getAttribute('hreflang')).toBe(other);
    expect(link?.getAttribute('lang')).toBe(other);
    expect(link?.textContent.trim()).toBe(interfaceText(other).header.otherLanguage);
  });
});

describe('the sitemap', () => {
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const entries = [...sitemap.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
    path: new URL(/<loc>(.*?)<\/loc>/.exec(body!)![1]!).pathname,
    links: Object.fromEntries([...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, new URL(href!).pathname])),
  }));

  it('lists the same alternates as the pages, for every page that has them', () => {
    const withLinks = entries.filter((entry) => Object.keys(entry.links).length > 0);
    expect(withLinks.map((entry) => entry.path).sort()).toEqual([...withAlternates].sort());
    for (const entry of withLinks) expect(entry.links, entry.path).toEqual(alternates(builtPage(entry.path)));
  });
});

describe('the interface of English pages', () => {
  const polish = interfaceText('pl');
  const polishStrings = [
    polish.site.name,
    polish.site.skipLink,
    polish.header.mainMenu,
    polish.header.searchDialogTitle,
    polish.header.searchLabel,
    polish.footer.heading,
  ];

  it.each(englishPages)('%s has no Polish interface strings in its header, menu, search dialog and footer', (page) => {
    const chrome = ['header', 'footer', '.skip-link'].map((selector) => builtPage(page).querySelector(selector)!.toString()).join('\n');
    expect(polishStrings.filter((text) => chrome.includes(text))).toEqual([]);
    expect(chrome).toContain(interfaceText('en').header.searchDialogTitle);
  });
});

// --- figures: the English page shows the Polish page's own figures ------------------------------

const POLISH_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Amounts in grosze and days as ISO dates, from Polish ("31 023 712,56 zł", "1 kwietnia 2018") or English text. */
function figures(text: string, language: 'pl' | 'en'): { amounts: number[]; days: string[] } {
  const flat = normalizeSpace(text).replace(/\u00a0|\u202f/g, ' ');
  const amounts =
    language === 'pl'
      ? [...flat.matchAll(/(\d{1,3}(?: \d{3})*),(\d{2}) zł/g)].map(([, whole, grosze]) => Number(whole!.replaceAll(' ', '')) * 100 + Number(grosze))
      : [...flat.matchAll(/PLN (\d{1,3}(?:,\d{3})*)\.(\d{2})/g)].map(([, whole, grosze]) => Number(whole!.replaceAll(',', '')) * 100 + Number(grosze));
  const months = language === 'pl' ? POLISH_MONTHS : ENGLISH_MONTHS;
  const days = [...flat.matchAll(new RegExp(`(\\d{1,2}) (${months.join('|')}) (\\d{4})`, 'g'))].map(
    ([, day, month, year]) => `${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`,
  );
  return { amounts: amounts.sort((a, b) => a - b), days: days.sort() };
}

/** The "Key facts" section of a page, by its heading's id. */
const keyFacts = (page: string, headingId: string) => builtPage(page).querySelector(`section[aria-labelledby="${headingId}"]`)!;

const projectPairs = englishPages.filter((page) => page.startsWith('/en/projects/')).map((page) => [page, alternates(builtPage(page)).pl!] as const);

describe('figures on English project pages', () => {
  it.each(projectPairs)('%s: amounts and dates in "Key facts" are those of %s', (english, polish) => {
    const englishFacts = figures(readableText(keyFacts(english, 'key-facts')), 'en');
    const polishFacts = figures(readableText(keyFacts(polish, 'najwazniejsze-informacje')), 'pl');
    expect(englishFacts).toEqual(polishFacts);
  });

  it('carry the budgets to the grosz, e.g. Liderzy Kooperacji', () => {
    const facts = readableText(keyFacts('/en/projects/liderzy-kooperacji/', 'key-facts')).replace(/\u00a0/g, ' ');
    expect(facts).toContain('PLN 31,023,712.56');
    expect(facts).toContain('PLN 4,655,373.79');
    expect(facts).toContain('1 April 2018 – 30 November 2022');
  });

  it('the programme page carries the resolution and years of the Polish page', () => {
    const english = readableText(keyFacts('/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/', 'key-facts'));
    expect(english).toContain('715/XLIII/2021 of 23 September 2021');
    expect(english).toContain('2021–2025');
  });
});

describe('English chart data files', () => {
  const read = (file: string) => parseCsv(readFileSync(path.join(DIST, file), 'utf8'), file.startsWith('en/') ? ',' : ';');

  it.each([
    ['en/data/project-budgets.csv', 'dane/budzety-projektow.csv'],
    ['en/data/project-timeline.csv', 'dane/harmonogram-projektow.csv'],
  ])('%s has English headers and the rows of %s, with the same amounts and dates', (english, polish) => {
    const [englishHeaders, ...englishRows] = read(english);
    const [polishHeaders, ...polishRows] = read(polish);
    expect(englishHeaders![0]).toBe('Project');
    expect(englishHeaders).toHaveLength(polishHeaders!.length);
    expect(englishRows).toHaveLength(polishRows.length);
    const numbers = (rows: string[][]) => rows.map((row) => row.filter((cell) => /^\d[\d,.-]*$/.test(cell)).map((cell) => cell.replace(',', '.')));
    expect(numbers(englishRows)).toEqual(numbers(polishRows));
  });
});

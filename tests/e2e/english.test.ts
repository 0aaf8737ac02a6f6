/**
 * The English pages in Chromium: the language link both ways (and none where a page has no
 * counterpart), English search (its own index, English queries with inflections and typos) and
 * the English explorer. Axe runs on the interactive states; every English page's load is in
 * pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sameTabEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const session = sameTabEachTest();
const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], failedRequests: [] };

describe('the language link', () => {
  it('leads from a Polish page to its English page and back', async () => {
    const { page } = session;
    await page.goto(siteURL('/projekty/liderzy-kooperacji/'));
    await page.getByRole('link', { name: 'This page in English' }).click();
    await page.waitForURL(/\/en\/projects\/liderzy-kooperacji\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Liderzy Kooperacji (Cooperation Leaders)');
    await page.getByRole('link', { name: 'Ta strona po polsku' }).click();
    await page.waitForURL(/\/projekty\/liderzy-kooperacji\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(session.problems).toEqual(NO_PROBLEMS);
  });

  it('is not there on a page without an English counterpart', async () => {
    await session.page.goto(siteURL('/instytucje/rops-kielce/'));
    expect(await session.page.locator('.site-header__language').count()).toBe(0);
  });
});

/** The first results' addresses after the English search page has answered `query`. */
async function englishResults(query: string): Promise<string[]> {
  const { page } = session;
  await page.goto(siteURL(`/en/search/?q=${encodeURIComponent(query)}`));
  await expect.poll(() => page.textContent('#search-status')).toMatch(/results? for|No results/);
  return page.locator('#search-results .search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('English search', () => {
  it.each([
    ['respite care', ['/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/', '/en/models/model-tworzenia-programow-opieki-wytchnieniowej/']],
    ['respit car', ['/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/', '/en/models/model-tworzenia-programow-opieki-wytchnieniowej/']],
    ['home care rural', ['/en/models/model-opieki-domowej-na-wsi/', '/en/projects/dac-to-czego-naprawde-potrzeba/']],
    ['caring at home', ['/en/models/model-opieki-domowej-na-wsi/', '/en/projects/dac-to-czego-naprawde-potrzeba/']],
    ['cooperation model cities', ['/en/models/model-kooperacji-dla-miast/', '/en/projects/model-kooperacji-dla-miast/']],
    ['coordinator', ['/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/', '/en/models/model-tworzenia-programow-opieki-wytchnieniowej/']],
    ['cordinators', ['/en/programmes/lokalny-program-opieki-wytchnieniowej-rybnik/', '/en/models/model-tworzenia-programow-opieki-wytchnieniowej/']],
    ['cooperation leaders', ['/en/projects/liderzy-kooperacji/']],
  ])('“%s” finds the right English page among the first three', async (query, expected) => {
    const results = await englishResults(query);
    expect(
      results.every((href) => href.startsWith('/en/')),
      results.join(' '),
    ).toBe(true);
    expect(
      results.slice(0, 3).filter((href) => expected.includes(href)),
      results.slice(0, 3).join(' '),
    ).not.toEqual([]);
    expect(session.problems).toEqual(NO_PROBLEMS);
  });

  it('the header dialog on an English page searches the English index and speaks English', async () => {
    const { page } = session;
    await page.goto(siteURL('/en/models/model-opieki-domowej-na-wsi/'));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the English pages' });
    await dialog.getByLabel('What are you looking for?').fill('respite care');
    await expect.poll(() => page.textContent('#search-dialog-status')).toMatch(/^\d+ results? for “respite care”\./);
    const links = await dialog.locator('#search-dialog-results a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith('/en/'))).toEqual([]);
    expect(await page.getAttribute('#search-dialog-all', 'href')).toBe('/en/search/?q=respite+care');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems).toEqual(NO_PROBLEMS);
  });

  it('the Polish pages keep their Polish index: an English query finds no English page there', async () => {
    const { page } = session;
    await page.goto(siteURL('/szukaj/?q=respite'));
    await expect.poll(() => page.textContent('#search-status')).toMatch(/wynik|Brak wyników/);
    const links = await page.locator('#search-results .search-result__title a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.filter((href) => href.startsWith('/en/'))).toEqual([]);
  });
});

describe('the English explorer', () => {
  const MODEL = '/en/models/model-kooperacji-dla-miast/';

  it('steps through the model in English, with who acts at each step', async () => {
    const { page } = session;
    await page.goto(siteURL(MODEL));
    await page.locator('.workflow--interactive').waitFor();
    expect(await page.locator('.workflow__progress').textContent()).toBe('Step 1 of 10');
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await page.locator('.workflow__progress').textContent()).toBe('Step 2 of 10');
    expect(await page.locator('.workflow__step:visible h3').textContent()).toBe('Step 2. Forming a sectoral partnership, step code: MK-M 2');
    const facts = await page.locator('.workflow__step:visible .workflow__facts').textContent();
    expect(facts).toContain('Who acts');
    expect(facts).toContain('municipal social welfare centres');
    expect(await page.locator('.workflow__step:visible .workflow__ways').textContent()).toContain(
      'when cooperation with a sectoral institution needs a mediator or expert',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems).toEqual(NO_PROBLEMS);
  });

  it('highlights steps by who acts, in English, and opens a step from its address', async () => {
    const { page } = session;
    await page.goto(siteURL(`${MODEL}#krok-kontrakt-socjalny`));
    await page.locator('.workflow--interactive').waitFor();
    expect(await page.locator('.workflow__progress').textContent()).toBe('Step 6 of 10');
    await page.getByRole('combobox', { name: 'Who acts' }).selectOption({ label: 'regional social policy centres' });
    expect(await page.locator('.workflow__filter-summary').textContent()).toBe('2 of 10 steps highlighted, where regional social policy centres acts.');
  });

  it('shows every step, in English, without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteURL(MODEL));
    const headings = await page.locator('.workflow__step h3').allTextContents();
    expect(headings).toHaveLength(10);
    expect(headings[5]).toBe('Step 6. Social contract, step code: MK-M 6');
    await context.close();
  });
});

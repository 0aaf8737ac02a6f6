/**
 * Search quality: every query of the evaluation set is typed into the site's own search box, and
 * one of its expected pages must be among the first three results for at least 95% of them.
 * Prints the rate per category and every miss (query, expected, got).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { siteURL } from './support/browser.ts';
import { launchBrowser } from '../support/test-browser.ts';

interface EvalQuery {
  query: string;
  category: string;
  expected: string[];
}

const QUERIES = yaml.load(readFileSync('tests/fixtures/search/queries.yaml', 'utf8')) as EvalQuery[];
const REQUIRED_RATE = 0.95;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('has an evaluation set of at least 50 queries', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(50);
  for (const entry of QUERIES) expect(entry.expected.length, entry.query).toBeGreaterThan(0);
});

it(`finds an expected page among the first three results for ≥ ${REQUIRED_RATE * 100}% of the queries`, async () => {
  const page = await browser.newPage();
  await page.goto(siteURL('/szukaj/'));
  const misses: string[] = [];
  const byCategory = new Map<string, { hits: number; total: number }>();
  let hits = 0;
  for (const { query, category, expected } of QUERIES) {
    const input = page.locator('#search-query');
    await input.fill(query);
    // Results of the previous query must not count: wait until the page reports this query's outcome.
    const before = await page.locator('#search-status').textContent();
    await input.press('Enter');
    await page
      .waitForFunction(
        ({ previous, typed }) => {
          const status = document.querySelector('#search-status')?.textContent ?? '';
          const url = new URL(location.href);
          return url.searchParams.get('q') === typed && status !== '' && status !== previous && !status.startsWith('Szukam');
        },
        { previous: before, typed: query },
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const hrefs = await page.locator('#search-results li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const firstThree = [...new Set(hrefs)].slice(0, 3);
    const hit = firstThree.some((path) => expected.includes(path));
    const tally = byCategory.get(category) ?? { hits: 0, total: 0 };
    tally.total += 1;
    if (hit) {
      hits += 1;
      tally.hits += 1;
    } else misses.push(`  „${query}” [${category}] oczekiwano: ${expected.join(', ')} | otrzymano: ${firstThree.join(', ') || '(brak wyników)'}`);
    byCategory.set(category, tally);
  }
  await page.close();
  const rate = hits / QUERIES.length;
  const categories = [...byCategory].map(([name, { hits: found, total }]) => `${name} ${found}/${total}`).join(', ');
  console.log(`Wyszukiwanie: trafienie w pierwszej trójce ${hits}/${QUERIES.length} = ${(rate * 100).toFixed(1)}% (${categories})`);
  if (misses.length > 0) console.log(`Chybione:\n${misses.join('\n')}`);
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_RATE);
});

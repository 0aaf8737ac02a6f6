/**
 * Renaming an entry keeps its published address working only with the old id in `aliases`. Two
 * copies of the project (tests/copies/global-setup.ts) rename the same two entries: a training (its
 * file) and a guidance document (its folder, with versions, comparisons and remark forms). The
 * copy that lists the old ids (the grown copy, shared with the other suites of this folder) builds, serves a redirect page at every old address and lists them
 * in `_redirects`; the copy that does not fails, naming the addresses that vanished. Chromium then
 * follows an old link with a `#fragment` to the new page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtAddresses } from '../../src/integrations/published-addresses.ts';
import { guideAddresses } from '../../src/collections/routes.ts';
import { parseRedirectsFile } from '../../src/lib/redirects.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { guide, programme, training } from '../support/renamed-entries.ts';
import { serveInChromium, type ServedSite } from './served-site.ts';
import { SITE } from './global-setup.ts';

const oldTraining = `/szkolenia/${training.old}/`;
const newTraining = `/szkolenia/${training.renamed}/`;
const oldEnglishProgramme = `/en/programmes/${programme.old}/`;
const newEnglishProgramme = `/en/programmes/${programme.renamed}/`;

/** The copy built with the old ids in `aliases` (tests/copies/global-setup.ts), and the one without. */
const withAliases = inject('grown');
const withoutAliases = inject('withoutAliases');

beforeAll(() => {
  if (withAliases.code !== 0) throw new Error(`Budowanie z dawnymi identyfikatorami w „aliases” się nie udało:\n${withAliases.output.slice(-4000)}`);
});

function builtHtml(urlPath: string) {
  const file = path.join(withAliases.dist, urlPath, 'index.html');
  expect(existsSync(file), `${urlPath} nie ma strony w budowaniu`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
}

describe('with the old ids in `aliases`, the build succeeds and', () => {
  test('the old address of the training is a redirect page to the new one', () => {
    const page = builtHtml(oldTraining);
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${newTraining}`);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${newTraining}`);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('h1')?.text).toBe('Strona ma nowy adres');
    const link = page.querySelector('main a');
    expect(link?.getAttribute('href')).toBe(newTraining);
    expect(page.querySelector('main p')?.text).toContain('Ta strona ma nowy adres:');
  });

  test('the old English address of the programme is an English redirect page to its English page', () => {
    const page = builtHtml(oldEnglishProgramme);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${newEnglishProgramme}`);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${newEnglishProgramme}`);
    expect(page.querySelector('h1')?.text).toBe('This page has moved');
    expect(page.querySelector('main a')?.getAttribute('href')).toBe(newEnglishProgramme);
    expect(page.querySelector('title')?.text).toMatch(/^New address: Lokalny Program Opieki Wytchnieniowej/);
    expect(builtHtml(newEnglishProgramme).querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(builtHtml(`/programy/${programme.old}/`).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0; url=/programy/${programme.renamed}/`,
    );
  });

  test('the redirect page has no inline script and stays out of the search index', () => {
    const page = builtHtml(oldTraining);
    const scripts = page.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(scripts.every((script) => script.getAttribute('src')?.startsWith('/_astro/'))).toBe(true);
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    // Pagefind indexes only marked pages once any page is marked; the new page is.
    expect(builtHtml(newTraining).querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  test('every address of the renamed guide has its twin at the old address, remark forms included', () => {
    for (const address of guideAddresses(guide.renamed, guide.versions)) {
      const old = address.replace(`/${guide.renamed}/`, `/${guide.old}/`);
      if (address.endsWith('/')) {
        expect(builtHtml(old).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), old).toBe(`0; url=${address}`);
      } else {
        expect(readFileSync(path.join(withAliases.dist, old), 'utf8'), old).toBe(readFileSync(path.join(withAliases.dist, address), 'utf8'));
      }
    }
  });

  test('_redirects sends every old address to the new one with a 301', () => {
    const lines = readFileSync(path.join(withAliases.dist, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`${oldTraining} ${newTraining} 301`);
    expect(lines).toContain(`/dokumenty/${guide.old}/wersja-2/formularz-uwag.csv /dokumenty/${guide.renamed}/wersja-2/formularz-uwag.csv 301`);
    expect(lines).toContain(`/latwy-tekst/${guide.old}/ /latwy-tekst/${guide.renamed}/ 301`);
    expect(lines).toContain(`${oldEnglishProgramme} ${newEnglishProgramme} 301`);
    expect(lines).toContain(`/programy/${programme.old}/ /programy/${programme.renamed}/ 301`);
    expect(lines).toContain(`/latwy-tekst/${programme.old}/ /latwy-tekst/${programme.renamed}/ 301`);
    const redirects = parseRedirectsFile(lines.join('\n'));
    // The training, the guide's addresses and its easy-to-read text, the programme's Polish, English and easy-to-read pages.
    expect(redirects).toHaveLength(2 + guideAddresses(guide.renamed, guide.versions).length + 3);
    const built = new Set(builtAddresses(withAliases.dist));
    expect(redirects.filter((redirect) => !built.has(redirect.from) || !built.has(redirect.to))).toEqual([]);
  });

  test('the sitemap, the feed and the lists name only the new addresses', () => {
    const sitemap = readFileSync(path.join(withAliases.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}${newTraining}`);
    expect(sitemap).toContain(`${SITE}/dokumenty/${guide.renamed}/`);
    expect(sitemap).not.toContain(training.old);
    expect(sitemap).not.toContain(guide.old);
    expect(sitemap).not.toContain(programme.old);
    expect(sitemap).toContain(`${SITE}${newEnglishProgramme}`);
    for (const file of ['zmiany/feed.xml', 'szkolenia/index.html', 'dokumenty/index.html']) {
      const text = readFileSync(path.join(withAliases.dist, file), 'utf8');
      expect(text, file).not.toContain(training.old);
      expect(text, file).not.toContain(guide.old);
    }
  });

  test('the redirect pages pass the build-output checks, and so does the rest of the site', () => {
    expect(withAliases.distProblems).toEqual([]);
  });
});

describe('without them, the build fails', () => {
  test('naming the addresses that vanished and how to keep them', () => {
    expect(withoutAliases.code).not.toBe(0);
    expect(withoutAliases.output).toContain('Z budowania zniknęły adresy, które były już opublikowane');
    expect(withoutAliases.output).toContain(`  • ${oldTraining}`);
    expect(withoutAliases.output).toContain(`  • /dokumenty/${guide.old}/wersja-1/formularz-uwag.csv`);
    expect(withoutAliases.output).toContain('dopisz dawny identyfikator do pola „aliases”');
    expect(withoutAliases.output).toMatch(new RegExp(`Nowe adresy w tym budowaniu[^\\n]*\\n(?:  • [^\\n]*\\n)*  • ${newTraining}`));
  });
});

describe('in Chromium, an old link', () => {
  let site: ServedSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await serveInChromium(withAliases.dist);
    ({ browser, base } = site);
  }, 120_000);

  afterAll(async () => {
    await site?.close();
  });

  test('leads to the new page, keeping the #fragment to the section', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${oldTraining}#najwazniejsze-informacje`);
    await page.waitForURL(`${base}${newTraining}#najwazniejsze-informacje`);
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${base}${newTraining}#najwazniejsze-informacje`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Superwizja');
    await context.close();
  });

  test('leads to the new page without JavaScript too (the fragment is lost there)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/dokumenty/${guide.old}/wersja-1/`);
    await page.waitForURL(`${base}/dokumenty/${guide.renamed}/wersja-1/`);
    await context.close();
  });

  test('says where the page went, readable and accessible where the browser does not follow', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page as a browser that neither refreshes nor runs scripts would show it.
    await page.route(`${base}${oldTraining}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '').replace(/<script[^>]*><\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${base}${oldTraining}`);
    expect(page.url()).toBe(`${base}${oldTraining}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Strona ma nowy adres' }).isVisible()).resolves.toBe(true);
    const link = page.getByRole('link', { name: `${SITE}${newTraining}` });
    await expect(link.isVisible()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

/**
 * Easy-to-read pages in the built site: every page links to the site information in easy-to-read
 * text; every model, programme and guidance document in consultation has its easy-to-read page
 * within the limits, linked both ways, in the sitemap and the search filter; and an easy-to-read
 * page states no figure its full page does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../support/content-check.ts';
import { easyReadPieces } from '../../src/integrations/easy-read-pages.ts';
import { EASY_READ_LIMITS, limitBreaches, measureReadability } from '../../src/lib/readability.ts';
import { builtPage, builtPagePaths, DIST, mainText } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_INFORMATION = '/latwy-tekst/';
const entries = checkContent(ROOT).entries;
const idsOf = (type: string) => entries.filter((entry) => entry.type === type).map((entry) => entry.id);
const consultedGuides = [
  ...new Set(
    entries.filter((entry) => entry.type === 'guides' && (entry.data as { status: string }).status === 'konsultacje').map((entry) => entry.id.split('/')[0]!),
  ),
];

/** Every page that summarises something, with its full page's address. */
const summarised = [
  ...idsOf('models').map((id) => ({ id, full: `/modele/${id}/` })),
  ...idsOf('programmes').map((id) => ({ id, full: `/programy/${id}/` })),
  ...consultedGuides.map((id) => ({ id, full: `/dokumenty/${id}/` })),
];

/** What an easy-to-read page says, one block a line: its title, lead and text (not the site's chrome, sources or date). */
const easyText = (page: HTMLElement) =>
  easyReadPieces(page)
    .map((piece) => piece.text)
    .join('\n');

const numbersIn = (text: string) => new Set(text.match(/\d+/g) ?? []);

describe('easy-to-read pages', () => {
  test('every Polish page of the site links to the site information in easy-to-read text from its footer (embed pages show a figure alone)', () => {
    const sitePages = builtPagePaths().filter((urlPath) => !isEmbedPath(urlPath) && languageOfPath(urlPath) === 'pl');
    const missing = sitePages.filter((urlPath) => !builtPage(urlPath).querySelector(`footer a[href="${SITE_INFORMATION}"]`));
    expect(missing).toEqual([]);
  });

  test('the footer link and the accessibility statement use the usual wording', () => {
    expect(builtPage('/').querySelector(`footer a[href="${SITE_INFORMATION}"]`)?.text.trim()).toBe('Tekst łatwy do czytania');
    expect(builtPage('/deklaracja-dostepnosci/').querySelector(`main a[href="${SITE_INFORMATION}"]`)).not.toBeNull();
  });

  test('the site information says what the site is, for whom, what one can do and how to reach the publisher, within the limits', () => {
    const page = builtPage(SITE_INFORMATION);
    const headings = page.querySelectorAll('.easy-read h2').map((heading) => heading.text.trim());
    expect(headings).toEqual(
      expect.arrayContaining(['Co to jest za serwis', 'Dla kogo jest serwis', 'Co możesz zrobić w serwisie', 'Jak się z nami skontaktować']),
    );
    expect(limitBreaches(measureReadability(easyText(page)), EASY_READ_LIMITS)).toEqual([]);
    // No recording is configured in this build, so no video and no placeholder.
    expect(page.querySelector('video')).toBeNull();
    expect(mainText(page)).not.toMatch(/języku migowym/);
  });

  test('there is something to summarise: models, programmes and a guidance document in consultation', () => {
    expect(idsOf('models').length).toBeGreaterThan(0);
    expect(idsOf('programmes').length).toBeGreaterThan(0);
    expect(consultedGuides.length).toBeGreaterThan(0);
  });

  test.each(summarised)('$full has an easy-to-read page within the limits, linked both ways', ({ id, full }) => {
    const easy = `/latwy-tekst/${id}/`;
    const page = builtPage(easy);
    expect(limitBreaches(measureReadability(easyText(page)), EASY_READ_LIMITS)).toEqual([]);
    expect(builtPage(full).querySelector(`main a[href="${easy}"]`)?.text.trim()).toBe('Tekst łatwy do czytania');
    expect(page.querySelector(`.easy-read a[href="${full}"]`)).not.toBeNull();
    expect(page.querySelector('[data-pagefind-filter="typ"]')?.text).toBe('tekst łatwy do czytania');
    expect(builtPage(SITE_INFORMATION).querySelector(`.easy-read a[href="${easy}"]`)).not.toBeNull();
  });

  test.each(summarised)('the easy-to-read page of $full states no figure the full page does not', ({ id, full }) => {
    const fullNumbers = numbersIn(mainText(builtPage(full)));
    const newNumbers = [...numbersIn(easyText(builtPage(`/latwy-tekst/${id}/`)))].filter((number) => !fullNumbers.has(number));
    expect(newNumbers).toEqual([]);
  });

  test('the sitemap lists the site information and every easy-to-read page', () => {
    const sitemap = readdirSync(DIST)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => readFileSync(path.join(DIST, name), 'utf8'))
      .join('\n');
    for (const urlPath of [SITE_INFORMATION, ...summarised.map(({ id }) => `/latwy-tekst/${id}/`)]) expect(sitemap).toContain(`${urlPath}</loc>`);
  });

  test('every model and project page opens with a plain "W skrócie" lead', () => {
    const pages = [...idsOf('models').map((id) => `/modele/${id}/`), ...idsOf('projects').map((id) => `/projekty/${id}/`)];
    const without = pages.filter((urlPath) => !builtPage(urlPath).querySelector('.document__header .in-brief')?.text.includes('W skrócie:'));
    expect(without).toEqual([]);
  });
});

/**
 * The published catalogue of course-path items (/dane/elementy-sciezek.json) against the built
 * pages: every key is unique and derived from its address, every address lands on an element of
 * its page, titles match what the page shows, and nothing linkable is left out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { LINK_CATALOGUE_PATH, parseCatalogue, type CatalogueItem } from '../../src/lib/link-catalogue.ts';
import { catalogueKey } from '../../src/lib/link-catalogue-keys.ts';
import { pageHrefOf } from '../../src/lib/link-catalogue-view.ts';
import { builtPage, builtPagePaths, DIST, normalizeSpace, readableText } from './support/built-site.ts';

const json: unknown = JSON.parse(readFileSync(path.join(DIST, LINK_CATALOGUE_PATH), 'utf8'));
const items = json as CatalogueItem[];

function target(item: CatalogueItem) {
  const anchor = item.href.slice(item.href.indexOf('#') + 1);
  return builtPage(pageHrefOf(item)).querySelector(`[id="${anchor}"]`);
}

describe('the published catalogue', () => {
  test('is a list of well-formed items', () => {
    expect(Array.isArray(json)).toBe(true);
    expect(items.length).toBeGreaterThan(100);
    expect(parseCatalogue(json)).toEqual(items);
  });

  test('has unique keys, each derived from its address', () => {
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(items.filter((item) => item.key !== catalogueKey(item.href))).toEqual([]);
  });

  test('every address lands on an element of its page', () => {
    const missing = items.filter((item) => !target(item)).map((item) => item.href);
    expect(missing).toEqual([]);
  });

  test('a section is a heading with the title the page shows', () => {
    const wrong = items
      .filter((item) => item.kind === 'sekcja')
      .flatMap((item) => {
        const element = target(item);
        const tag = element?.tagName.toLowerCase();
        return element && (tag === 'h2' || tag === 'h3') && readableText(element).includes(item.title) ? [] : [`${item.href}: „${item.title}”`];
      });
    expect(wrong).toEqual([]);
  });

  test('a step is the step with that title and code', () => {
    const wrong = items
      .filter((item) => item.kind === 'krok')
      .flatMap((item) => {
        const heading = target(item)?.querySelector('h3');
        const text = heading ? readableText(heading) : '';
        return text.includes(item.title) && item.code && text.includes(item.code) ? [] : [`${item.href}: „${item.title}” ${item.code} ≠ „${text}”`];
      });
    expect(wrong).toEqual([]);
  });

  test('a chart is a figure whose title the catalogue repeats exactly', () => {
    const wrong = items
      .filter((item) => item.kind === 'wykres')
      .flatMap((item) => {
        const element = target(item);
        const title = element?.querySelector('.chart__title');
        return element?.tagName.toLowerCase() === 'figure' && title && normalizeSpace(title.text) === item.title ? [] : [`${item.href}: „${item.title}”`];
      });
    expect(wrong).toEqual([]);
  });
});

describe('nothing a trainer would link is left out', () => {
  const hrefs = new Set(items.map((item) => item.href));
  const pagesUnder = (section: string) => builtPagePaths(section).filter((pagePath) => pagePath !== `/${section}/`);

  test('every workflow step of every model', () => {
    const steps = pagesUnder('modele').flatMap((pagePath) =>
      builtPage(pagePath)
        .querySelectorAll('li[id^="krok-"]')
        .map((step) => `${pagePath}#${step.id}`),
    );
    expect(steps.length).toBeGreaterThan(20);
    expect(steps.filter((href) => !hrefs.has(href))).toEqual([]);
  });

  test('every chart on the charts page and on project pages', () => {
    const charts = ['/wskazniki/', ...pagesUnder('projekty')].flatMap((pagePath) =>
      builtPage(pagePath)
        .querySelectorAll('figure.chart[id]')
        .map((figure) => `${pagePath}#${figure.id}`),
    );
    expect(charts.length).toBeGreaterThan(10);
    expect(charts.filter((href) => !hrefs.has(href))).toEqual([]);
  });

  test('every h2 and h3 in the text of models, projects, programmes, trainings and guides', () => {
    const headings = ['modele', 'projekty', 'programy', 'szkolenia', 'dokumenty']
      .flatMap((section) => pagesUnder(section).filter((pagePath) => pagePath.split('/').length === 4))
      .flatMap((pagePath) => {
        const body = builtPage(pagePath).querySelector('.document__body');
        // The entry's own text sits directly in the body (a guide's in its text block); layout sections are <section>s.
        const text = body?.querySelector('[data-guide-text]') ?? body;
        // Headings of the text are wrapped with their "Kopiuj link" control.
        const inText = (heading: HTMLElement) =>
          heading.parentNode === text || (heading.parentNode?.classList.contains('heading-wrapper') && heading.parentNode.parentNode === text);
        return (text?.querySelectorAll('h2[id], h3[id]') ?? []).filter(inText).map((heading) => `${pagePath}#${heading.id}`);
      });
    expect(headings.length).toBeGreaterThan(40);
    expect(headings.filter((href) => !hrefs.has(href))).toEqual([]);
  });
});

describe('the catalogue stays on the course-path pages', () => {
  test('only /sciezka/ and /sciezka/uloz/ load the course-path islands', () => {
    const loading = builtPagePaths().filter((pagePath) => /CoursePath(Builder)?\.[\w-]+\.js/.test(builtPage(pagePath).toString()));
    expect(loading).toEqual(['/sciezka/', '/sciezka/uloz/']);
  });
});

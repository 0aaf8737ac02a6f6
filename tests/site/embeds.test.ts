/**
 * Embeds in the built site: every chart, map and workflow offers "Osadź na swojej stronie" with code
 * for its own embed page, and every embed page is the figure alone, out of search engines and the
 * site's search, with its source and a link back to the figure on its full page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedPath, fullPageAddress, isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import { RESIZE_SCRIPT_PATH } from '../../src/lib/embeds/embed-code.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { builtPage, builtPagePaths, DIST } from './support/built-site.ts';

const pagePaths = builtPagePaths();
const embedPaths = pagePaths.filter(isEmbedPath);
/** Polish pages with figures; the English summaries' figures are not offered for embedding (docs/ARCHITECTURE.md, "Embeds"). */
const figurePages = pagePaths.filter(
  (pagePath) => languageOfPath(pagePath) === 'pl' && !isEmbedPath(pagePath) && builtPage(pagePath).querySelector('figure.chart, .model-workflow'),
);
const englishFigurePages = pagePaths.filter(
  (pagePath) => languageOfPath(pagePath) === 'en' && builtPage(pagePath).querySelector('figure.chart, .model-workflow'),
);

describe('"Osadź na swojej stronie" on the full pages', () => {
  it('is not offered on the English summaries, whose figures have no embed pages', () => {
    expect(englishFigurePages.length).toBeGreaterThan(0);
    expect(englishFigurePages.filter((pagePath) => builtPage(pagePath).querySelector('details[data-embed-offer]'))).toEqual([]);
  });

  it.each(figurePages)('%s: every chart and workflow offers code for its own embed page', (pagePath) => {
    const page = builtPage(pagePath);
    const figures = page.querySelectorAll('figure.chart, section.model-workflow');
    const offers = page.querySelectorAll('details[data-embed-offer]');
    expect(offers.map((offer) => offer.getAttribute('data-embed-path'))).toEqual(
      figures.map((figure) => embedPath(pagePath, figure.id || figure.getAttribute('aria-labelledby')!)),
    );
    for (const offer of offers) {
      const embed = offer.getAttribute('data-embed-path')!;
      expect(embedPaths, `${embed} nie istnieje`).toContain(embed);
      const code = offer.querySelector('textarea')!.text;
      expect(code).toContain(`<iframe src="http://localhost:4321${embed}"`);
      expect(code).toContain(RESIZE_SCRIPT_PATH);
      expect(offer.querySelector('summary')?.text).toBe('Osadź na swojej stronie');
    }
  });

  it('the charts page offers all four figures, and each model its workflow', () => {
    expect(builtPage('/wskazniki/').querySelectorAll('details[data-embed-offer]')).toHaveLength(4);
    expect(figurePages.filter((pagePath) => pagePath.startsWith('/modele/')).length).toBeGreaterThan(3);
  });
});

describe('embed pages', () => {
  it.each(embedPaths)('%s: the figure alone, noindex, out of search, links open outside the frame and lead back', (embed) => {
    const page = builtPage(embed);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('base')?.getAttribute('target')).toBe('_top');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelectorAll('header, footer, nav.toc, details[data-embed-offer], a[data-copy-link], #search-dialog')).toEqual([]);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('.source-line')).not.toBeNull();
    expect(page.querySelector(`a[href="${fullPageAddress(embed)}"]`), 'link do pełnej strony').not.toBeNull();
  });

  it('are left out of the sitemap, and the resize script is served beside them', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/wskazniki/');
    expect(sitemap).not.toContain('/osadz/');
    expect(existsSync(path.join(DIST, RESIZE_SCRIPT_PATH))).toBe(true);
    expect(embedPaths.length).toBeGreaterThan(20);
  });
});

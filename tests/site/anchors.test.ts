/**
 * Stable addresses for trainers: every section heading, paragraph of an entry's text and chart in
 * the built site has an id and a "Kopiuj link" control pointing at it, the controls stay out of
 * search excerpts and the contents list, and each page has one live region for the script.
 * Runs over dist/ after `npm run build`.
 */
import { NodeType, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { isEmbedPath } from '../../src/lib/embeds/embed-address.ts';
import { TARGET_PLACEHOLDER } from '../../src/lib/copy-link-target.ts';
import { chartTarget, copiedMessage, copyLinkLabel, copyLinkName, sectionTarget } from '../../src/lib/copy-link.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { builtPage, builtPagePaths, normalizeSpace } from './support/built-site.ts';

/**
 * The Polish pages, which trainers link from their materials. The English summaries (under /en/)
 * give each heading an id (tests/site/english.test.ts) but no "Kopiuj link" control.
 */
const pagePaths = builtPagePaths().filter((pagePath) => languageOfPath(pagePath) === 'pl');
/** Pages of the site with its chrome; embed pages (/osadz/…) show one figure alone, with no "Kopiuj link". */
const sitePages = pagePaths.filter((pagePath) => !isEmbedPath(pagePath));

/** A card's title is a link to another page, which is its address; it is not a section of this page. */
function isCardTitle(heading: HTMLElement): boolean {
  const content = heading.childNodes.filter((node) => node.nodeType === NodeType.ELEMENT_NODE || node.text.trim() !== '');
  return content.length === 1 && (content[0] as HTMLElement).tagName === 'A';
}

/**
 * The h2–h4 of `main` that open a section of the page. Left out: navigation (the contents list),
 * headings only screen readers get, islands (their markup is the component's own) and card titles.
 */
function sectionHeadings(pagePath: string): HTMLElement[] {
  const main = builtPage(pagePath).querySelector('main')!;
  return main
    .querySelectorAll('h2, h3, h4')
    .filter((heading) => !heading.closest('nav') && !heading.closest('astro-island') && !heading.classList.contains('visually-hidden'))
    .filter((heading) => !isCardTitle(heading));
}

/** Text of a heading as it is seen; words only screen readers get (e.g. "[dodano: …]" in a comparison) are left out. */
function visibleText(heading: HTMLElement): string {
  const copy = heading.clone() as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return normalizeSpace(copy.text);
}

/** The control right after an element with an id, inside the wrapper they share. */
function controlAfter(element: HTMLElement): HTMLElement | undefined {
  const next = element.nextElementSibling;
  return next?.tagName === 'A' && next.hasAttribute('data-copy-link') ? next : undefined;
}

describe('every section heading has an id and a "Kopiuj link" control beside it', () => {
  test.each(sitePages)('%s', (pagePath) => {
    const problems: string[] = [];
    for (const heading of sectionHeadings(pagePath)) {
      const title = visibleText(heading);
      if (!heading.id) {
        problems.push(`<${heading.tagName.toLowerCase()}> „${title}” nie ma id`);
        continue;
      }
      const control = controlAfter(heading);
      if (!heading.parentNode.classList.contains('heading-wrapper') || !control) {
        problems.push(`<${heading.tagName.toLowerCase()} id="${heading.id}"> nie ma obok przycisku „Kopiuj link”`);
        continue;
      }
      expect(control.getAttribute('href')).toBe(`#${heading.id}`);
      expect(control.getAttribute('aria-label')).toBe(`Kopiuj link do sekcji „${title}”`);
    }
    expect(problems).toEqual([]);
  });

  test('headings are found on the pages that have them (the check above is not empty)', () => {
    expect(sectionHeadings('/projekty/liderzy-kooperacji/').map((heading) => heading.id)).toEqual(
      expect.arrayContaining(['najwazniejsze-informacje', 'cel-projektu', 'wykresy', 'zrodla-informacji', 'historia-zmian']),
    );
    expect(sectionHeadings('/').map((heading) => heading.id)).toEqual([
      'dla-kogo',
      'dla-samorzadow',
      'dla-trenerow',
      'dla-konsultacji',
      'projekty',
      'ostatnie-zmiany',
    ]);
  });
});

/** Pages that show an entry's MDX text: its top-level blocks sit in `.document__body`. */
const documentPages = pagePaths.filter((pagePath) => builtPage(pagePath).querySelector('.document__body'));

describe('every paragraph and list of an entry\'s text has an id and a "¶" control', () => {
  test.each(documentPages)('%s', (pagePath) => {
    const body = builtPage(pagePath).querySelector('.document__body')!;
    const bare = body.childNodes.filter(
      (node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE && ['P', 'UL', 'OL'].includes((node as HTMLElement).tagName),
    );
    expect(
      bare.map((block) => normalizeSpace(block.text).slice(0, 60)),
      'akapity bez id i bez „¶”',
    ).toEqual([]);
    for (const wrapper of body.querySelectorAll('.anchored-block')) {
      const block = wrapper.firstElementChild!;
      expect(['P', 'UL', 'OL']).toContain(block.tagName);
      expect(block.id).toMatch(/^[a-z0-9-]+-akapit-\d+$/);
      expect(controlAfter(block)?.getAttribute('href')).toBe(`#${block.id}`);
      expect(controlAfter(block)?.getAttribute('aria-label')).toMatch(/^Kopiuj link do akapitu \d+ (w sekcji „.+”|na początku tekstu)$/);
    }
  });

  test('a project page numbers the paragraphs of each section', () => {
    const body = builtPage('/projekty/koordynacja-polityki-spolecznej-podlaskie/').querySelector('.document__body')!;
    const ids = body.querySelectorAll('.anchored-block > :first-child').map((block) => block.id);
    expect(ids.slice(0, 4)).toEqual(['kto-realizuje-projekt-akapit-1', 'cele-projektu-akapit-1', 'cele-projektu-akapit-2', 'rezultaty-akapit-1']);
    expect(ids).toContain('zadanie-1-podlaskie-obserwatorium-polityki-spolecznej-akapit-2');
  });

  test('a guidance document keeps its numbered units (§ N ust. M, #p-N-M) instead', () => {
    const text = builtPage('/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/').querySelector('.guide-text')!;
    expect(text.querySelectorAll('.anchored-block')).toHaveLength(0);
    for (const child of text.childNodes.filter((node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE)) {
      expect(child.classList.contains('heading-wrapper') || (child.classList.contains('unit') && /^p-\d+-\d+$/.test(child.id))).toBe(true);
    }
  });
});

describe('every chart has a "Kopiuj link" control', () => {
  const chartPages = sitePages.filter((pagePath) => builtPage(pagePath).querySelector('figure.chart'));

  test('charts are on the indicators page and the project pages', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['/wskazniki/', '/projekty/liderzy-kooperacji/']));
  });

  test.each(chartPages)('%s', (pagePath) => {
    for (const figure of builtPage(pagePath).querySelectorAll('figure.chart')) {
      const title = normalizeSpace(figure.querySelector('.chart__title')!.text);
      const control = figure.querySelector(`figcaption a[data-copy-link][href="#${figure.id}"]`);
      const language = languageOfPath(pagePath);
      expect(control?.getAttribute('aria-label'), figure.id).toBe(copyLinkName(chartTarget(title, language), language));
    }
  });
});

describe('every control on every page', () => {
  test.each(sitePages)('%s: points at one element, is kept out of search, and the page has one live region', (pagePath) => {
    const page = builtPage(pagePath);
    for (const control of page.querySelectorAll('a[data-copy-link]')) {
      const id = control.getAttribute('href')!.slice(1);
      expect(page.querySelectorAll(`[id="${id}"]`), `#${id}`).toHaveLength(1);
      expect(control.hasAttribute('data-pagefind-ignore')).toBe(true);
      expect(control.classList.contains('anchor-link')).toBe(true);
      expect(control.getAttribute('aria-label')).toBe(`${copyLinkLabel(languageOfPath(pagePath))} ${control.getAttribute('data-copy-link')}`);
    }
    const regions = page.querySelectorAll('#copy-link-status');
    expect(regions).toHaveLength(1);
    expect(regions[0]!.getAttribute('role')).toBe('status');
    expect(regions[0]!.getAttribute('data-copied')).toBe(copiedMessage(TARGET_PLACEHOLDER, languageOfPath(pagePath)));
  });

  test('English pages have the control in English beside each section heading and chart', () => {
    const page = builtPage('/en/projects/liderzy-kooperacji/');
    const heading = page.querySelector('#what-it-is')!;
    const control = heading.nextElementSibling;
    expect(control?.getAttribute('aria-label')).toBe('Copy link to the section “What it is”');
    expect(control?.text.trim()).toBe('Copy link');
    expect(control?.getAttribute('aria-label')).toBe(copyLinkName(sectionTarget('What it is', 'en'), 'en'));
    expect(page.querySelectorAll('figure.chart figcaption a[data-copy-link]').length).toBeGreaterThan(0);
    expect(page.querySelector('#copy-link-status')?.getAttribute('data-copy-failed')).toMatch(/^The link \{target\} could not be copied/);
  });

  test('the contents list shows headings without the controls', () => {
    const toc = builtPage('/projekty/liderzy-kooperacji/').querySelector('nav.toc')!;
    expect(toc.text).not.toContain('Kopiuj link');
    expect(toc.querySelector('a[href="#cel-projektu"]')?.text).toBe('Cel projektu');
  });

  test('the script is a file, not inline code, so a strict CSP can allow it', () => {
    const page = builtPage('/projekty/liderzy-kooperacji/');
    expect(page.querySelectorAll('script:not([src])').filter((script) => script.text.includes('data-copy-link'))).toEqual([]);
  });
});

/** Rules that look at one page at a time: language, heading, title, description, ids, spacing. */
import type { HTMLElement, Node } from 'node-html-parser';
import { decodeEntities } from '../../src/lib/html-text.ts';
import { languageOfPath } from '../../src/lib/i18n/language-routes.ts';
import { countPl } from '../../src/lib/plural.ts';
import type { Problem, Rule, SitePage } from './types.ts';

/** A rule whose verdict for a page depends on that page alone; `inspect` returns what is wrong with it. */
function perPageRule(name: string, inspect: (page: SitePage) => string[]): Rule {
  return {
    name,
    check: (site) => site.pages.flatMap((page): Problem[] => inspect(page).map((message) => ({ page: page.urlPath, message }))),
  };
}

/** Polish pages at their own addresses, English ones under /en/ (src/lib/i18n/language-routes.ts). */
export const htmlLangRule = perPageRule('html-lang', (page) => {
  const html = page.document.querySelector('html');
  if (!html) return ['brak elementu <html>'];
  const expected = languageOfPath(page.urlPath);
  const lang = html.getAttribute('lang');
  if (lang === undefined) return [`brak atrybutu lang w <html> (oczekiwano lang="${expected}")`];
  // Language tags are case-insensitive (BCP 47), so "PL" is as good as "pl".
  if (lang.trim().toLowerCase() !== expected) return [`<html lang="${lang}"> zamiast lang="${expected}"`];
  return [];
});

export const singleH1Rule = perPageRule('single-h1', (page) => {
  const count = page.document.querySelectorAll('h1').length;
  if (count === 0) return ['brak nagłówka <h1>'];
  if (count > 1) return [`${countPl(count, { one: 'nagłówek', few: 'nagłówki', many: 'nagłówków' })} <h1> zamiast jednego`];
  return [];
});

export const titleRule = perPageRule('title', (page) => {
  const title = page.document.querySelector('title');
  if (!title) return ['brak elementu <title>'];
  if (title.text.trim() === '') return ['pusty <title>'];
  return [];
});

export const metaDescriptionRule = perPageRule('meta-description', (page) => {
  const description = page.document.querySelectorAll('meta').find((meta) => meta.getAttribute('name')?.trim().toLowerCase() === 'description');
  if (!description) return ['brak <meta name="description">'];
  if ((description.getAttribute('content') ?? '').trim() === '') return ['pusty opis w <meta name="description" content>'];
  return [];
});

export const uniqueIdsRule = perPageRule('unique-ids', (page) => {
  const counts = new Map<string, number>();
  for (const element of page.document.querySelectorAll('[id]')) {
    const id = element.getAttribute('id') ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `id „${id}” powtarza się ${count} razy`);
});

const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'svg', 'code', 'pre', 'kbd', 'samp', 'textarea']);

/** Visible text with a break at every block boundary, so only words joined inside one line of text meet. */
function textRuns(node: Node, runs: string[] = ['']): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      // Decoded, so text a reader typed (a remark in a consultation report) is checked as shown, not as `&lt;b&gt;`.
      runs[runs.length - 1] += decodeEntities(child.rawText).replace(/\u00A0/g, ' ');
    } else if (child.nodeType === 1) {
      const tag = (child as HTMLElement).rawTagName?.toLowerCase() ?? '';
      if (SKIPPED_ELEMENTS.has(tag)) {
        runs.push('');
        continue;
      }
      const inline = INLINE_ELEMENTS.has(tag);
      if (!inline) runs.push('');
      textRuns(child, runs);
      if (!inline) runs.push('');
    }
  }
  return runs;
}

/**
 * A word glued to the next after a colon, semicolon or comma ("internetowej:serwis"). Astro drops
 * the line break between text and an expression on the next line, so the space has to be written
 * out; this catches the pages where it was not.
 */
export const textSpacingRule = perPageRule('text-spacing', (page) => {
  const body = page.document.querySelector('body');
  if (!body) return [];
  const glued = /[a-ząćęłńóśźż)”]([:;,])[0-9A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ„(]/gu;
  const problems: string[] = [];
  for (const text of textRuns(body)) {
    const run = text.replace(/\bhttps?:\/\/\S+/g, (address) => ' '.repeat(address.length));
    for (const match of run.matchAll(glued)) {
      const start = Math.max(0, (match.index ?? 0) - 20);
      const excerpt = run
        .slice(start, (match.index ?? 0) + 22)
        .replace(/\s+/g, ' ')
        .trim();
      problems.push(`brak spacji po „${match[1]}”: „…${excerpt}…”`);
    }
  }
  return problems;
});

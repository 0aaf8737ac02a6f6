/**
 * The search index holds the words of each page with their bounds: the text of every block element
 * in a page's searchable part (a term and its description, a table's headers, a caption) stands as
 * words of its own in what pagefind indexed, not run into the next element's text, so a query for
 * any of them finds the page and its excerpt reads as the page does (scripts/lib/indexed-html.ts).
 */
import path from 'node:path';
import { NodeType, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BLOCK_ELEMENTS } from '../../src/lib/html-text.ts';
import { readFragments } from '../support/search-fragments.ts';
import { builtPage, DIST, normalizeSpace } from './support/built-site.ts';

/** What pagefind leaves out of a page's text: its own list, and what the site marks to leave out. */
const LEFT_OUT_TAGS = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const isLeftOut = (element: HTMLElement): boolean => LEFT_OUT_TAGS.has(element.rawTagName?.toLowerCase() ?? '') || element.hasAttribute('data-pagefind-ignore');
/** A block element with text of its own (a line break only separates words, as pagefind reads it too). */
const isBlock = (element: HTMLElement): boolean => {
  const tag = element.rawTagName?.toLowerCase() ?? '';
  return tag !== 'br' && BLOCK_ELEMENTS.has(tag);
};

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const fragments = readFragments(path.join(DIST, 'pagefind'));

/**
 * The texts of the innermost block elements that pagefind reads in `element` (the page's
 * searchable part): each with the text of its inline elements joined as pagefind joins them.
 */
function innermostBlockTexts(element: HTMLElement): string[] {
  const texts: string[] = [];
  const visit = (node: HTMLElement): { text: string; hasBlock: boolean } => {
    let text = '';
    let hasBlock = false;
    for (const child of node.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) text += child.text;
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const childElement = child as HTMLElement;
      if (isLeftOut(childElement)) continue;
      if (childElement.rawTagName?.toLowerCase() === 'br') text += ' ';
      const inner = visit(childElement);
      if (isBlock(childElement)) {
        hasBlock = true;
        if (!inner.hasBlock && WORD_CHARACTER.test(inner.text)) texts.push(normalizeSpace(inner.text));
      } else {
        text += inner.text;
        hasBlock ||= inner.hasBlock;
      }
    }
    return { text, hasBlock };
  };
  visit(element);
  return texts;
}

/** Whether `text` stands in `content` as whole words: no letter or digit right before or after it, at some place. */
function standsAlone(content: string, text: string): boolean {
  for (let at = content.indexOf(text); at !== -1; at = content.indexOf(text, at + 1)) {
    const before = content[at - 1] ?? ' ';
    const after = content[at + text.length] ?? ' ';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

describe('the search index', () => {
  it('holds the pages (so that the checks below read some)', () => {
    expect(fragments.length).toBeGreaterThan(100);
  });

  it("keeps each block element's text as words of its own, not glued to the next element's", () => {
    const glued = fragments.flatMap(({ url, content }) => {
      const text = normalizeSpace(content);
      const body = builtPage(url).querySelector('[data-pagefind-body]');
      return (body ? innermostBlockTexts(body) : []).flatMap((block) => (standsAlone(text, block) ? [] : [`${url}: „${block}”`]));
    });
    expect(glued).toEqual([]);
  });

  it('keeps the years of a programme apart from the term before them, each pair a sentence as pagefind ends it', () => {
    const programme = fragments.find((fragment) => fragment.url === '/programy/lokalny-program-opieki-wytchnieniowej-rybnik/');
    expect(programme?.content).toContain('Gmina Miasto Rybnik. Przyjęty przez Rada Miasta Rybnika.');
    expect(programme?.content).toContain('Lata obowiązywania 2021–2025.');
  });
});

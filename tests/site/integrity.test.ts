/**
 * Integrity of the built knowledge base: references resolve, acronyms are explained, figures cite
 * their source and no content page stands without one. Runs over dist/ after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../support/content-check.ts';
import { formatProblem } from '../../src/lib/editor-errors.ts';
import { isAcronym } from '../../src/lib/abbreviations.ts';
import { builtPage, builtPagePaths, mainText, readableText } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pagePaths = builtPagePaths();

interface GlossaryRow {
  id: string;
  term: string;
  expansion?: string;
  aliases?: string[];
}
const glossary = yaml.load(readFileSync(path.join(ROOT, 'content/glossary.yaml'), 'utf8')) as GlossaryRow[];
const glossaryForms = glossary.flatMap((row) => [row.term, ...(row.aliases ?? [])]).filter(isAcronym);

/** Workflow codes ("MK-M"): step codes such as "MK-M 3" are citation codes, not acronyms to explain. */
const validation = checkContent(ROOT);
const workflowCodes = validation.entries
  .flatMap((entry) => (entry.type === 'models' ? [(entry.data as { workflow?: { code: string } }).workflow?.code] : []))
  .filter((code): code is string => code !== undefined);
const STEP_CODE = workflowCodes.length ? new RegExp(`(?<![\\p{L}-])(?:${workflowCodes.map(escapeRegExp).join('|')})(?= \\d)`, 'gu') : /(?!)/g;

/**
 * Content pages: an entry of one of the collections, at /section/id/. Index and utility pages are
 * not, and neither are the pages of the source documents themselves (/zrodla/…/).
 */
const ENTRY_PAGE = /^\/(projekty|modele|programy|szkolenia|instytucje|miejsca|wskazniki|slownik)\/[^/]+\/$/;
const entryPages = pagePaths.filter((pagePath) => ENTRY_PAGE.test(pagePath));

const WORD = /(?<![\p{L}\p{N}])\p{L}+(?:-\d+)?\+?(?![\p{L}\p{N}])/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const MONEY = /\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2})?[ \u00a0]zł/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Acronyms a reader meets in the text, with multi-word glossary terms ("PO WER") taken out first. */
function acronymsIn(text: string): Set<string> {
  let rest = text.replace(STEP_CODE, ' ');
  for (const form of [...glossaryForms].sort((a, b) => b.length - a.length)) {
    if (form.includes(' ')) rest = rest.replace(new RegExp(escapeRegExp(form), 'g'), ' ');
  }
  const found = new Set<string>();
  for (const match of rest.matchAll(WORD)) {
    const word = match[0];
    const following = rest.slice((match.index ?? 0) + word.length, (match.index ?? 0) + word.length + 2);
    // Parts of reference numbers such as "POWR.02.05.00-IP.03" are codes, not words to explain.
    if (/^\.\d/.test(following)) continue;
    if (ROMAN_NUMERAL.test(word) || !isAcronym(word)) continue;
    found.add(word);
  }
  return found;
}

function main(pagePath: string): HTMLElement {
  const element = builtPage(pagePath).querySelector('main');
  if (!element) throw new Error(`${pagePath}: brak <main>`);
  return element;
}

function textNodes(element: HTMLElement): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) nodes.push(node);
    else for (const child of node.childNodes) visit(child);
  };
  visit(element);
  return nodes;
}

/** The nearest enclosing block inside <main> that also holds a citation, if any. */
function citingAncestor(node: Node): HTMLElement | undefined {
  for (let current = node.parentNode; current && current.rawTagName?.toLowerCase() !== 'main'; current = current.parentNode) {
    if (current.hasAttribute('data-citation') || current.querySelector('[data-citation]')) return current;
  }
  return undefined;
}

describe('references', () => {
  it('every reference between entries and every <Cite> resolves', () => {
    expect(validation.problems.map(formatProblem)).toEqual([]);
  });
});

describe('acronyms', () => {
  it('the glossary explains every acronym it lists', () => {
    const unexplained = glossary.filter((row) => isAcronym(row.term) && !row.expansion).map((row) => row.id);
    expect(unexplained).toEqual([]);
  });

  it.each(pagePaths)('%s: every acronym is in the glossary or explained on the page', (pagePath) => {
    const explainedHere = new Set(
      main(pagePath)
        .querySelectorAll('abbr[title]')
        .map((abbr) => readableText(abbr)),
    );
    const known = new Set(glossaryForms);
    const unknown = [...acronymsIn(mainText(builtPage(pagePath)))].filter((word) => !known.has(word) && !explainedHere.has(word));
    expect(unknown).toEqual([]);
  });

  it.each(pagePaths)('%s: the first use of each glossary acronym carries its expansion', (pagePath) => {
    const text = mainText(builtPage(pagePath));
    const explainedHere = new Set(
      main(pagePath)
        .querySelectorAll('abbr[title]')
        .map((abbr) => readableText(abbr)),
    );
    const used = [...acronymsIn(text)].filter((word) => glossaryForms.includes(word));
    const multiWord = glossaryForms.filter((form) => form.includes(' ') && text.includes(form));
    const missing = [...used, ...multiWord].filter((word) => {
      const row = glossary.find((entry) => entry.term === word || entry.aliases?.includes(word));
      const forms = row ? [row.term, ...(row.aliases ?? [])] : [word];
      return !forms.some((form) => explainedHere.has(form));
    });
    expect(missing).toEqual([]);
  });

  it('links acronyms to their glossary entries', () => {
    const links = main('/projekty/koordynacja-polityki-spolecznej-podlaskie/').querySelectorAll('a.glossary-term');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/slownik\/[a-z0-9-]+\/$/);
  });
});

describe('sources', () => {
  it.each(entryPages)('%s names its source documents', (pagePath) => {
    const page = main(pagePath);
    const sourced = page.querySelector('[data-citation]') !== null || page.querySelector('#zrodla-informacji') !== null;
    expect(sourced).toBe(true);
  });

  it.each(pagePaths)('%s: every money amount has its source next to it', (pagePath) => {
    const uncited = textNodes(main(pagePath))
      .filter((node) => MONEY.test(node.text))
      .filter((node) => citingAncestor(node) === undefined)
      .map((node) => node.text.trim());
    expect(uncited).toEqual([]);
  });

  it.each(pagePaths)('%s: every indicator row names its source', (pagePath) => {
    const rows = main(pagePath)
      .querySelectorAll('tr')
      .filter((row) => row.querySelector('a[href^="/wskazniki/"]'));
    const uncited = rows.filter((row) => !row.querySelector('[data-citation]')).map((row) => readableText(row));
    expect(uncited).toEqual([]);
  });

  it('indicator pages cite the source of their target value', () => {
    const indicatorPages = entryPages.filter((pagePath) => pagePath.startsWith('/wskazniki/'));
    expect(indicatorPages.length).toBeGreaterThanOrEqual(3);
    for (const pagePath of indicatorPages) expect(main(pagePath).querySelector('[data-citation] a[href^="/zrodla/"]'), pagePath).not.toBeNull();
  });

  it('the money amounts the sources give are on the site, so the check above has something to check', () => {
    const amounts = pagePaths.flatMap((pagePath) => textNodes(main(pagePath)).filter((node) => MONEY.test(node.text)));
    expect(amounts.length).toBeGreaterThanOrEqual(6);
  });
});

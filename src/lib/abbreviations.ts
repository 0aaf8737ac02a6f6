/**
 * Explains acronyms where a page first uses them: the first occurrence in the main content
 * becomes `<abbr title="expansion">`, linked to its glossary entry. Done once over the finished
 * HTML, so text from frontmatter, components and MDX bodies is treated alike and no editor has to
 * mark acronyms by hand.
 */
import { parse, type HTMLElement, type Node, NodeType, type TextNode } from 'node-html-parser';
import { acronymPattern, isWholeWord } from './acronym-text.ts';
import { escapeMarkup } from './escape-markup.ts';

export { acronymPattern, isAcronym } from './acronym-text.ts';

export interface Abbreviation {
  /** The acronym exactly as written in text, e.g. "OPS", "EFS+", "IRWiR PAN". */
  term: string;
  /** What it stands for, e.g. "ośrodek pomocy społecznej". */
  expansion: string;
  /** Its glossary page; absent for the site's own technical terms (CSV, TERYT), which are only explained. */
  href?: string | undefined;
}

/**
 * Elements whose text is never annotated: code, scripts, existing abbreviations, form controls, and
 * islands (React hydrates against exactly the markup its component rendered).
 */
const SKIPPED = new Set([
  'astro-island',
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'abbr',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'title',
  'template',
]);
/** Inside these an explanation is fine but a link is not (a link in a link, or in a heading). */
const NO_LINK = new Set(['a', 'button', 'summary', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption']);

/** An abbreviation list made ready for matching: built once per list, not for every page. */
interface CompiledAbbreviations {
  byTerm: Map<string, Abbreviation>;
  pattern: RegExp;
}

const compiledLists = new WeakMap<readonly Abbreviation[], CompiledAbbreviations | undefined>();

function compile(abbreviations: readonly Abbreviation[]): CompiledAbbreviations | undefined {
  if (compiledLists.has(abbreviations)) return compiledLists.get(abbreviations);
  const pattern = acronymPattern(abbreviations.map((abbreviation) => abbreviation.term));
  const compiled = pattern && { pattern, byTerm: new Map(abbreviations.map((abbreviation) => [abbreviation.term, abbreviation])) };
  compiledLists.set(abbreviations, compiled);
  return compiled;
}

interface WalkState extends CompiledAbbreviations {
  explained: Set<string>;
  linked: Set<string>;
  currentPath: string;
}

function annotateText(node: TextNode, canLink: boolean, state: WalkState): void {
  // rawText is the escaped source, so the replacement can be written back as markup.
  const source = node.rawText;
  let output = '';
  let last = 0;
  let changed = false;
  for (const match of source.matchAll(state.pattern)) {
    const start = match.index;
    const term = match[0];
    const end = start + term.length;
    const abbreviation = state.byTerm.get(term);
    if (!abbreviation || !isWholeWord(source, start, end)) continue;
    const ownPage = abbreviation.href !== undefined && abbreviation.href === state.currentPath;
    // Forms of one entry ("ROPS", "ROPS-u") share its explanation: key by the glossary page.
    const key = abbreviation.href ?? `term:${abbreviation.term}`;
    const needsLink = abbreviation.href !== undefined && canLink && !ownPage && !state.linked.has(key);
    const needsExplanation = !state.explained.has(key);
    if (!needsLink && !needsExplanation) continue;
    const abbr = `<abbr title="${escapeMarkup(abbreviation.expansion)}">${term}</abbr>`;
    output += source.slice(last, start) + (needsLink ? `<a class="glossary-term" href="${escapeMarkup(abbreviation.href!)}">${abbr}</a>` : abbr);
    last = end;
    changed = true;
    state.explained.add(key);
    if (needsLink || ownPage) state.linked.add(key);
  }
  if (changed) node.rawText = output + source.slice(last);
}

function walk(element: HTMLElement, canLink: boolean, state: WalkState): void {
  for (const child of [...element.childNodes] as Node[]) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      annotateText(child as TextNode, canLink, state);
    } else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const childElement = child as HTMLElement;
      const tag = childElement.rawTagName?.toLowerCase() ?? '';
      // Reading attributes parses and decodes all of them: look at the raw text first.
      if (SKIPPED.has(tag) || (childElement.rawAttrs.includes('data-no-abbr') && childElement.hasAttribute('data-no-abbr'))) continue;
      walk(childElement, canLink && !NO_LINK.has(tag), state);
    }
  }
}

const PARSE_OPTIONS = { comment: true, blockTextElements: { script: true, style: true, pre: true, noscript: true } };
const MAIN_START = /<main[\s/>]/gi;
const MAIN_END = /<\/main\s*>/gi;

/**
 * Where the page's `<main>` element lies in the HTML, found by text alone: only when the page
 * has exactly one opening and one closing tag, in that order (the layout writes one).
 */
export function mainElementRange(html: string): { start: number; end: number } | undefined {
  const starts = [...html.matchAll(MAIN_START)];
  const ends = [...html.matchAll(MAIN_END)];
  if (starts.length !== 1 || ends.length !== 1) return undefined;
  const start = starts[0]!.index;
  const end = ends[0]!.index + ends[0]![0].length;
  return start < end ? { start, end } : undefined;
}

/** Whether the HTML holds any acronym of the list as a whole word (in text or markup alike). */
function mentionsAny(html: string, { pattern, byTerm }: CompiledAbbreviations): boolean {
  for (const match of html.matchAll(pattern)) {
    if (byTerm.has(match[0]) && isWholeWord(html, match.index, match.index + match[0].length)) return true;
  }
  return false;
}

/** Explains the acronyms in `main`, in place; whether there was anything to explain. */
function annotateMain(main: HTMLElement, compiled: CompiledAbbreviations, currentPath: string): boolean {
  const state: WalkState = { ...compiled, explained: new Set(), linked: new Set(), currentPath };
  walk(main, true, state);
  return state.explained.size > 0;
}

/**
 * Returns the page with its acronyms explained. Only `<main>` is touched: the header and footer
 * repeat on every page and would otherwise explain the same words everywhere. This runs on every
 * page of the build, so only the main element's part of the HTML is parsed, and not even that
 * when no acronym occurs in it; the rest of the page is passed through as it was.
 */
export function annotateAbbreviations(html: string, abbreviations: readonly Abbreviation[], currentPath: string): string {
  const compiled = compile(abbreviations);
  if (!compiled) return html;
  const range = mainElementRange(html);
  if (range) {
    const source = html.slice(range.start, range.end);
    if (!mentionsAny(source, compiled)) return html;
    const main = parse(source, PARSE_OPTIONS).childNodes;
    const element = main[0] as HTMLElement | undefined;
    if (main.length === 1 && element?.nodeType === NodeType.ELEMENT_NODE && element.rawTagName.toLowerCase() === 'main') {
      if (!annotateMain(element, compiled, currentPath)) return html;
      return html.slice(0, range.start) + element.toString() + html.slice(range.end);
    }
  }
  // No single <main> to be found by text: parse the whole page.
  const root = parse(html, PARSE_OPTIONS);
  const main = root.querySelector('main');
  if (!main) return html;
  annotateMain(main, compiled, currentPath);
  return root.toString();
}

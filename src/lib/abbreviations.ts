/**
 * Explains acronyms where a page first uses them: the first occurrence in the main content
 * becomes `<abbr title="expansion">`, linked to its glossary entry. Done once over the finished
 * HTML, so text from frontmatter, components and MDX bodies is treated alike and no editor has to
 * mark acronyms by hand.
 */
import { parse, type HTMLElement, type Node, NodeType, type TextNode } from 'node-html-parser';
import { acronymPattern, isWholeWord } from './acronym-text.ts';

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
const SKIPPED = new Set(['astro-island', 'script', 'style', 'code', 'pre', 'kbd', 'samp', 'abbr', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'template']);
/** Inside these an explanation is fine but a link is not (a link in a link, or in a heading). */
const NO_LINK = new Set(['a', 'button', 'summary', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption']);

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface WalkState {
  byTerm: Map<string, Abbreviation>;
  pattern: RegExp;
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
    const abbr = `<abbr title="${escapeAttribute(abbreviation.expansion)}">${term}</abbr>`;
    output += source.slice(last, start) + (needsLink ? `<a class="glossary-term" href="${escapeAttribute(abbreviation.href!)}">${abbr}</a>` : abbr);
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
      if (SKIPPED.has(tag) || childElement.hasAttribute('data-no-abbr')) continue;
      walk(childElement, canLink && !NO_LINK.has(tag), state);
    }
  }
}

/**
 * Returns the page with its acronyms explained. Only `<main>` is touched: the header and footer
 * repeat on every page and would otherwise explain the same words everywhere.
 */
export function annotateAbbreviations(html: string, abbreviations: readonly Abbreviation[], currentPath: string): string {
  const pattern = acronymPattern(abbreviations.map((abbreviation) => abbreviation.term));
  if (!pattern) return html;
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
  const main = root.querySelector('main');
  if (!main) return html;
  const state: WalkState = {
    byTerm: new Map(abbreviations.map((abbreviation) => [abbreviation.term, abbreviation])),
    pattern,
    explained: new Set(),
    linked: new Set(),
    currentPath,
  };
  walk(main, true, state);
  return root.toString();
}

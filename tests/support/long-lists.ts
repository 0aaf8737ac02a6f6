/**
 * Reading the long lists of a built site (`dist/` or a copy's): the pages of a paged list in
 * order, the entries they hold, and the "Zobacz wszystkie" links that lead to them. Shared by the
 * checks on the real build and on the copy with generated pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function readBuiltPage(dist: string, address: string): HTMLElement {
  const file = path.join(dist, decodeURI(address), 'index.html');
  if (!existsSync(file)) throw new Error(`Nie ma strony ${address} w ${dist}/`);
  return parse(readFileSync(file, 'utf8'));
}

export interface WalkedList {
  /** Addresses of the list's pages, in order. */
  pages: string[];
  /** The entries' addresses, in list order, over all pages. */
  entries: string[];
}

/** Follows `<link rel="next">` from the list's first page, collecting the links `entrySelector` finds on each page. */
export function walkList(dist: string, firstPage: string, entrySelector: string): WalkedList {
  const walked: WalkedList = { pages: [], entries: [] };
  let address: string | undefined = firstPage;
  while (address) {
    if (walked.pages.includes(address)) throw new Error(`Lista ${firstPage} wraca do strony ${address}`);
    walked.pages.push(address);
    const page = readBuiltPage(dist, address);
    walked.entries.push(...page.querySelectorAll(entrySelector).map((link) => link.getAttribute('href') ?? ''));
    address = page.querySelector('head link[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return walked;
}

/** "Zobacz wszystkie programy (1 667)" → 1667. */
const SEE_ALL = /^zobacz wszystkie .+ \(([\d\s\u00a0]+)\)$/i;

export interface SeeAllLink {
  /** The page the link is on. */
  from: string;
  href: string;
  text: string;
  count: number;
}

/** Every "Zobacz wszystkie … (N)" link on the page at `address`. */
export function seeAllLinks(page: HTMLElement, address: string): SeeAllLink[] {
  return page.querySelectorAll('main a').flatMap((link) => {
    const text = link.text.replace(/\s+/g, ' ').trim();
    const match = SEE_ALL.exec(text);
    return match ? [{ from: address, href: link.getAttribute('href') ?? '', text, count: Number(match[1]!.replace(/\D/g, '')) }] : [];
  });
}

/** Entry links of a relation list page (`src/components/lists/RelationListPage.astro`): a list of links or of cards with a heading. */
export const RELATION_LIST_ENTRIES = 'main .relation-list li > a, main .relation-list li > h2 > a';

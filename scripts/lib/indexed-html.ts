/**
 * The copy of a built page that pagefind indexes (scripts/lib/search-index.ts). Astro writes the
 * pages without whitespace between elements, and pagefind 1.6 puts a space only around the elements
 * it takes for sentences (p, li, td, div, ul, headings, article, section): the text of a <dt> ran
 * into its <dd> and a table's headers into each other ("Lata obowiązywania2021–2025",
 * "LiderRegionalny"), one word in the index that no query finds, and glued in the excerpt a reader
 * sees. A space after the end of each block element gives the words back their bounds, as the
 * browser lays those elements out; pagefind collapses repeated spaces. Not where the parent ends
 * right after: there a space would be the last thing in the parent, and pagefind ends a sentence
 * element with a full stop only when its text ends in a word ("Gmina Miasto Rybnik."). Pagefind/pagefind#736.
 */
import { BLOCK_ELEMENTS } from '../../src/lib/html-text.ts';

/** The end tag of a block element that something follows other than its parent's end (or the end of the text). */
const BLOCK_END = new RegExp(`</(?:${[...BLOCK_ELEMENTS].join('|')})\\s*>(?!\\s*(?:</|$))`, 'gi');

/**
 * `html` with a space after the end tag of each block element that has a next sibling (an element
 * or text); inline elements (a, strong, mark…) stay joined to what follows.
 */
export function withWordBounds(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}

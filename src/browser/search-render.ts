/**
 * Search results as plain DOM, shared by the search page and the header dialog. Text typed by the
 * reader or taken from the index goes in as text nodes; only pagefind's <mark> becomes markup.
 */
import type { SearchResult } from './search-client.ts';

/** Pagefind's excerpt marks matches with <mark>; keep only that markup and escape the rest. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // A <textarea> decodes entities without parsing markup and, unlike DOMParser, keeps leading
  // spaces, so the space between two marked words survives.
  const decoder = document.createElement('textarea');
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      decoder.innerHTML = part;
      const text = document.createTextNode(decoder.value);
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl-PL') + text.slice(1);
}

/** One `<li>` per result: linked title, type, excerpt and links to the matching sections. */
export function renderResults(list: HTMLElement, results: readonly SearchResult[], headingTag: 'h2' | 'h3', sectionsOf: (title: string) => string): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const heading = document.createElement(headingTag);
      heading.className = 'search-result__title';
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.title;
      heading.append(link);
      item.append(heading);
      if (result.type) {
        const type = document.createElement('p');
        type.className = 'search-result__type secondary-text';
        type.textContent = capitalise(result.type);
        item.append(type);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.append(excerptFragment(result.excerpt));
      item.append(excerpt);
      if (result.subResults.length > 0) {
        const sections = document.createElement('ul');
        sections.className = 'search-result__sections';
        sections.setAttribute('aria-label', sectionsOf(result.title));
        for (const sub of result.subResults) {
          const subItem = document.createElement('li');
          const subLink = document.createElement('a');
          subLink.href = sub.url;
          subLink.textContent = sub.title;
          const subExcerpt = document.createElement('span');
          subExcerpt.className = 'search-result__sub-excerpt';
          subExcerpt.append(' — ', excerptFragment(sub.excerpt));
          subItem.append(subLink, subExcerpt);
          sections.append(subItem);
        }
        item.append(sections);
      }
      return item;
    }),
  );
}

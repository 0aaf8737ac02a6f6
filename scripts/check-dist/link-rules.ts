/** Rules that follow links between pages: every internal address exists, every `#fragment` has its target. */
import type { HTMLElement } from 'node-html-parser';
import { resolveLink } from './link-targets.ts';
import type { Problem, Rule, SitePage } from './types.ts';

/** Elements whose attribute makes the browser fetch or navigate to another address. */
const REFERENCE_ATTRIBUTE_BY_TAG: Readonly<Record<string, string>> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
  iframe: 'src',
};
const REFERENCE_SELECTOR = Object.entries(REFERENCE_ATTRIBUTE_BY_TAG)
  .map(([tag, attribute]) => `${tag}[${attribute}]`)
  .join(', ');

interface Reference {
  element: HTMLElement;
  value: string;
}

/** Every address on the page, in document order so reports read top to bottom. */
function referencesOn(page: SitePage): Reference[] {
  return page.document.querySelectorAll(REFERENCE_SELECTOR).map((element) => {
    const attribute = REFERENCE_ATTRIBUTE_BY_TAG[element.tagName.toLowerCase()] ?? '';
    return { element, value: element.getAttribute(attribute) ?? '' };
  });
}

/** How a report names the element: links are links, other elements by tag (and rel, which says what a <link> is for). */
function describeElement(element: HTMLElement): string {
  const tag = element.tagName.toLowerCase();
  if (tag === 'link') return `<link rel="${element.getAttribute('rel') ?? ''}">`;
  return `<${tag}>`;
}

/** A relative or full address is shown with the site path it resolved to, so the reader sees what was looked for. */
function withResolvedPath(value: string, resolvedPath: string): string {
  const isSitePath = value.startsWith('/') && !value.startsWith('//');
  return isSitePath ? value : `${value} (czyli ${resolvedPath})`;
}

/** One problem per distinct message on a page, with the number of repeats, so a broken menu link is not listed twenty times. */
function collapseRepeats(page: SitePage, messages: string[]): Problem[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => ({ page: page.urlPath, message: count > 1 ? `${message} (${count} razy)` : message }));
}

export const internalLinksRule: Rule = {
  name: 'internal-links',
  check: (site) =>
    site.pages.flatMap((page) => {
      const messages: string[] = [];
      for (const { element, value } of referencesOn(page)) {
        const target = resolveLink(site.root, site.origin, page, value);
        const isAnchor = element.tagName.toLowerCase() === 'a';
        if (target.kind === 'malformed') {
          messages.push(`${isAnchor ? 'link' : describeElement(element)} ${value}: ${target.reason}`);
        } else if (target.kind === 'internal' && target.file === undefined) {
          const shown = withResolvedPath(value, target.path);
          messages.push(isAnchor ? `link do nieistniejącej strony ${shown}` : `${describeElement(element)} wskazuje nieistniejący adres ${shown}`);
        }
      }
      return collapseRepeats(page, messages);
    }),
};

/** Ids a fragment can point at on a page; computed once per page however many links point there. */
function createTargetIdLookup(): (page: SitePage) => Set<string> {
  const cache = new Map<SitePage, Set<string>>();
  return (page) => {
    let ids = cache.get(page);
    if (!ids) {
      ids = new Set<string>();
      for (const element of page.document.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
      // <a name> is the older way to mark a target; browsers still scroll to it.
      for (const element of page.document.querySelectorAll('a[name]')) ids.add(element.getAttribute('name') ?? '');
      cache.set(page, ids);
    }
    return ids;
  };
}

/** What the browser does with a fragment (HTML's "indicated part"): the decoded id, the raw one, or `#top`. */
function fragmentHasTarget(ids: Set<string>, encodedFragment: string, decodedFragment: string): boolean {
  if (ids.has(decodedFragment) || ids.has(encodedFragment)) return true;
  return decodedFragment.toLowerCase() === 'top';
}

export const anchorsRule: Rule = {
  name: 'anchors',
  check: (site) => {
    const idsOn = createTargetIdLookup();
    return site.pages.flatMap((page) => {
      const messages: string[] = [];
      for (const { element, value } of referencesOn(page)) {
        if (element.tagName.toLowerCase() !== 'a') continue;
        const target = resolveLink(site.root, site.origin, page, value);
        // A link to a missing page is reported by internal-links; its fragment cannot be checked.
        if (target.kind !== 'internal' || target.file === undefined || !target.fragment) continue;
        // Text fragments (#:~:text=…) name words on the page, not ids.
        if (target.fragment.startsWith(':~:')) continue;
        const targetPage = site.pageAt(target.file);
        if (!targetPage) continue;
        let decodedFragment: string;
        try {
          decodedFragment = decodeURIComponent(target.fragment);
        } catch {
          messages.push(`link ${value}: nieprawidłowe kodowanie procentowe w kotwicy`);
          continue;
        }
        if (fragmentHasTarget(idsOn(targetPage), target.fragment, decodedFragment)) continue;
        messages.push(
          value.startsWith('#')
            ? `kotwica #${decodedFragment} nie istnieje na tej stronie`
            : `kotwica #${decodedFragment} nie istnieje na ${targetPage.urlPath} (link ${value})`,
        );
      }
      return collapseRepeats(page, messages);
    });
  },
};

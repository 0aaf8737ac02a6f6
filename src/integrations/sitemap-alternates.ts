/**
 * hreflang alternates in the sitemap: each page that has a counterpart in the other language lists
 * both (`<xhtml:link rel="alternate">`). @astrojs/sitemap pairs pages only when both languages
 * share a path, and ours do not (`/projekty/x/` ↔ `/en/projects/x/`), so the pairs come from
 * src/collections/languages.ts. The sitemap calls `filter` on every address before it serialises
 * any, so by then the list of addresses is complete and a counterpart is listed only if it exists.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { languageRoutePairs } from '../collections/languages.ts';
import { alternatesOf } from '../lib/i18n/language-routes.ts';

export function sitemapWithAlternates(filter: (pageUrl: string) => boolean) {
  const listed: string[] = [];
  let alternates: Map<string, { pl: string; en: string }> | undefined;
  return {
    filter(pageUrl: string): boolean {
      const kept = filter(pageUrl);
      if (kept) listed.push(pageUrl);
      alternates = undefined;
      return kept;
    },
    serialize(item: SitemapItem): SitemapItem {
      alternates ??= alternatesOf(listed, languageRoutePairs);
      const pair = alternates.get(item.url);
      if (!pair) return item;
      return {
        ...item,
        links: [
          { url: pair.pl, lang: 'pl' },
          { url: pair.en, lang: 'en' },
        ],
      };
    },
  };
}

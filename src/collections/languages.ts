/**
 * The English pages' addresses and their Polish counterparts: the site's own English pages, and
 * one section per content type whose table row has `english` (./table.ts). Page templates, the
 * language link, hreflang and the sitemap all pair pages by this list.
 */
import { ENGLISH_PREFIX, type RoutePair } from '../lib/i18n/language-routes.ts';
import { staticPages } from '../lib/site-pages.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from './table.ts';

/** The English pages that belong to no content type. */
export const englishStaticPages = {
  home: ENGLISH_PREFIX,
  glossary: `${ENGLISH_PREFIX}glossary/`,
  accessibility: `${ENGLISH_PREFIX}accessibility/`,
  search: `${ENGLISH_PREFIX}search/`,
  searchVocabulary: `${ENGLISH_PREFIX}search/vocabulary.json`,
} as const;

type EnglishRow = { english?: { route: string; required: boolean } };

/** The content types with English pages. */
export const englishTypeNames = contentTypeNames.filter((name) => (contentTypes[name] as EnglishRow).english);

/** The address of an entry's English page. */
export function englishEntryHref(type: ContentTypeName, id: string): string {
  const english = (contentTypes[type] as EnglishRow).english;
  if (!english) throw new Error(`Rodzaj treści „${type}” nie ma stron po angielsku (pole „english” w src/collections/table.ts).`);
  return `${ENGLISH_PREFIX}${english.route}/${id}/`;
}

export const languageRoutePairs: readonly RoutePair[] = [
  { pl: staticPages.home, en: englishStaticPages.home, exact: true },
  { pl: `/${contentTypes.glossary.route}/`, en: englishStaticPages.glossary, exact: true },
  { pl: staticPages.accessibility, en: englishStaticPages.accessibility, exact: true },
  { pl: staticPages.search, en: englishStaticPages.search, exact: true },
  ...englishTypeNames.map((name) => ({ pl: `/${contentTypes[name].route}/`, en: `${ENGLISH_PREFIX}${(contentTypes[name] as EnglishRow).english!.route}/` })),
];

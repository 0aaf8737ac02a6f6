/**
 * The English pages' addresses and their Polish counterparts: the site's own English pages, and
 * one section per content type whose table row has `english` (./table.ts). Page templates, the
 * language link, hreflang and the sitemap all pair pages by this list.
 */
import { ENGLISH_PREFIX, type RoutePair } from '../lib/i18n/language-routes.ts';
import { staticPages } from '../lib/site-pages.ts';
import type { ContentTypeRow } from './row.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from './table.ts';

/** The English pages that belong to no content type. */
export const englishStaticPages = {
  home: ENGLISH_PREFIX,
  glossary: `${ENGLISH_PREFIX}glossary/`,
  accessibility: `${ENGLISH_PREFIX}accessibility/`,
  search: `${ENGLISH_PREFIX}search/`,
  searchVocabulary: `${ENGLISH_PREFIX}search/vocabulary.json`,
} as const;

type EnglishRow = Pick<ContentTypeRow, 'english'>;

/** The content types whose table row has `english`. */
export type EnglishTypeName = { [N in ContentTypeName]: (typeof contentTypes)[N] extends { english: object } ? N : never }[ContentTypeName];

/** Whether entries of the type can have English pages (those with an `english` field do). */
export const hasEnglishPages = (name: ContentTypeName): name is EnglishTypeName => (contentTypes[name] as EnglishRow).english !== undefined;

/** The content types with English pages. */
export const englishTypeNames = contentTypeNames.filter(hasEnglishPages);

function englishOf(type: ContentTypeName): NonNullable<ContentTypeRow['english']> {
  const english = (contentTypes[type] as EnglishRow).english;
  if (!english) throw new Error(`Rodzaj treści „${type}” nie ma stron po angielsku (pole „english” w src/collections/table.ts).`);
  return english;
}

/** The type's name on its English pages, e.g. "Model". */
export const englishKind = (type: ContentTypeName): string => englishOf(type).kind;

/** The type's list on the English home page: its heading and the heading's id. */
export const englishListTitle = (type: ContentTypeName) => ({ id: englishOf(type).route, title: englishOf(type).listTitle });

/** The address of an entry's English page. */
export function englishEntryHref(entry: { collection: ContentTypeName; id: string }): string {
  return `${ENGLISH_PREFIX}${englishOf(entry.collection).route}/${entry.id}/`;
}

export const languageRoutePairs: readonly RoutePair[] = [
  { pl: staticPages.home, en: englishStaticPages.home, exact: true },
  { pl: `/${contentTypes.glossary.route}/`, en: englishStaticPages.glossary, exact: true },
  { pl: staticPages.accessibility, en: englishStaticPages.accessibility, exact: true },
  { pl: staticPages.search, en: englishStaticPages.search, exact: true },
  ...englishTypeNames.map((name) => ({ pl: `/${contentTypes[name].route}/`, en: `${ENGLISH_PREFIX}${englishOf(name).route}/` })),
];

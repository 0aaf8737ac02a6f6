/**
 * Addresses of the content types' pages, from the routes in the table: a type's section is
 * `/<route>/`, an entry's page the section plus its id. Every internal link to an entry is made
 * here, so a route can be renamed in one place (its page folder in src/pages/ with it).
 */
import { versionPairs } from '../lib/consultation/documents.ts';
import { sectionTitle } from './names.ts';
import { contentTypes, type ContentTypeName } from './table.ts';

export function sectionHref(type: ContentTypeName): string {
  return `/${contentTypes[type].route}/`;
}

export function entryHref(type: ContentTypeName, id: string): string {
  return `/${contentTypes[type].route}/${id}/`;
}

/** The breadcrumb leading to the type's section. */
export function sectionCrumb(type: ContentTypeName): { label: string; href: string } {
  return { label: sectionTitle(type), href: sectionHref(type) };
}

const guides = (document: string) => entryHref('guides', document);

/** Addresses of one guidance document: the current text, each version, comparisons, the blank remarks form. */
export const guideRoutes = {
  document: (document: string) => guides(document),
  version: (document: string, version: number) => `${guides(document)}wersja-${version}/`,
  comparisons: (document: string) => `${guides(document)}porownanie/`,
  comparison: (document: string, from: number, to: number) => `${guides(document)}porownanie/${from}-${to}/`,
  /** The comparison address with `{od}` and `{do}` for the version chooser to fill in. */
  comparisonTemplate: (document: string) => `${guides(document)}porownanie/{od}-{do}/`,
  remarkTemplate: (document: string, version: number) => `${guides(document)}wersja-${version}/formularz-uwag.csv`,
};

/** The page of an entry, or of the entry a reference names. */
export function hrefOf(entry: { collection: ContentTypeName; id: string }): string {
  return entryHref(entry.collection, entry.id);
}

/** Every address of a guidance document with these version numbers: the text, each version and its remarks form, the comparisons. */
export function guideAddresses(document: string, versions: readonly number[]): string[] {
  const ordered = [...versions].sort((a, b) => a - b);
  return [
    guideRoutes.document(document),
    ...ordered.flatMap((version) => [guideRoutes.version(document, version), guideRoutes.remarkTemplate(document, version)]),
    ...(ordered.length > 1 ? [guideRoutes.comparisons(document)] : []),
    ...versionPairs(ordered).map(([older, newer]) => guideRoutes.comparison(document, older, newer)),
  ];
}

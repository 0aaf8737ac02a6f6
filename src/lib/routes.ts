// TEMPORARY: src/lib/charts still builds entry links here; it moves to src/collections/routes.ts once the chart modules are split.
/**
 * Addresses of the site. Each collection has a Polish section address; an entry's page is the
 * section plus its id. Every internal link is made here, so a section can be renamed in one place.
 */

export const sections = {
  projects: { path: 'projekty', singular: 'projekt', plural: 'Projekty' },
  models: { path: 'modele', singular: 'model', plural: 'Modele' },
  programmes: { path: 'programy', singular: 'program', plural: 'Programy' },
  trainings: { path: 'szkolenia', singular: 'szkolenie', plural: 'Szkolenia' },
  courses: { path: 'kursy', singular: 'kurs', plural: 'Kursy' },
  institutions: { path: 'instytucje', singular: 'instytucja', plural: 'Instytucje' },
  places: { path: 'miejsca', singular: 'miejsce', plural: 'Miejsca' },
  indicators: { path: 'wskazniki', singular: 'wskaźnik', plural: 'Wskaźniki' },
  glossary: { path: 'slownik', singular: 'pojęcie', plural: 'Słownik' },
  sources: { path: 'zrodla', singular: 'dokument źródłowy', plural: 'Dokumenty źródłowe' },
  guides: { path: 'dokumenty', singular: 'dokument', plural: 'Dokumenty' },
} as const;

export type SectionKey = keyof typeof sections;

export function sectionHref(section: SectionKey): string {
  return `/${sections[section].path}/`;
}

export function entryHref(section: SectionKey, id: string): string {
  return `/${sections[section].path}/${id}/`;
}

/** The section an address on this site belongs to: "/programy/x/#cel" → "programmes". */
export function sectionOfAddress(href: string): SectionKey | undefined {
  const folder = /^\/([^/?#]+)/.exec(href)?.[1];
  return (Object.keys(sections) as SectionKey[]).find((key) => sections[key].path === folder);
}

/** Addresses of one guidance document: the current text, each version, comparisons, the blank remarks form. */
export const guideRoutes = {
  document: (document: string) => entryHref('guides', document),
  version: (document: string, version: number) => `${entryHref('guides', document)}wersja-${version}/`,
  comparisons: (document: string) => `${entryHref('guides', document)}porownanie/`,
  comparison: (document: string, from: number, to: number) => `${entryHref('guides', document)}porownanie/${from}-${to}/`,
  /** The comparison address with `{od}` and `{do}` for the version chooser to fill in. */
  comparisonTemplate: (document: string) => `${entryHref('guides', document)}porownanie/{od}-{do}/`,
  remarkTemplate: (document: string, version: number) => `${entryHref('guides', document)}wersja-${version}/formularz-uwag.csv`,
};

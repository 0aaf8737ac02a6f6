// TEMPORARY: src/lib/charts/territory-map.ts still builds entry links here; once it takes them from its caller, as chart-tables.ts does (ChartLinks), this file goes.
/**
 * Addresses of entries' pages for the territory map: each collection's Polish section address
 * plus the entry's id. The site's own links come from the table (src/collections/routes.ts).
 */

const sectionPaths = {
  projects: 'projekty',
  models: 'modele',
  programmes: 'programy',
  trainings: 'szkolenia',
  courses: 'kursy',
  institutions: 'instytucje',
  places: 'miejsca',
  indicators: 'wskazniki',
  glossary: 'slownik',
  sources: 'zrodla',
  guides: 'dokumenty',
} as const;

type SectionKey = keyof typeof sectionPaths;

export function entryHref(section: SectionKey, id: string): string {
  return `/${sectionPaths[section]}/${id}/`;
}

/**
 * How the collections grow. Editors add entries to some collections gmina by gmina (a gmina, its
 * local programme, its social-welfare centre), so those reach thousands of entries; the others grow
 * with projects and the models they produce, by tens. Pages decide by kind, never by the count of
 * the day: whatever lists a per-gmina collection is paged or shows a preview, and the course-path
 * builder lists their sections only through its filter.
 */
import { sectionOfAddress, type SectionKey } from './routes.ts';

const PER_GMINA_COLLECTIONS = ['programmes', 'institutions', 'places'] as const satisfies readonly SectionKey[];

/** Genitive plural for sentences such as "sekcje programów, instytucji i miejsc". */
const PER_GMINA_GENITIVE: Record<(typeof PER_GMINA_COLLECTIONS)[number], string> = {
  programmes: 'programów',
  institutions: 'instytucji',
  places: 'miejsc',
};

export function growsPerGmina(section: SectionKey | undefined): section is (typeof PER_GMINA_COLLECTIONS)[number] {
  return section !== undefined && (PER_GMINA_COLLECTIONS as readonly SectionKey[]).includes(section);
}

/** True for an address on the page of an entry of a per-gmina collection (or on its index). */
export function isPerGminaAddress(href: string): boolean {
  return growsPerGmina(sectionOfAddress(href));
}

/** "programów", "programów i instytucji", "programów, instytucji i miejsc": in the order of `PER_GMINA_COLLECTIONS`. */
export function perGminaGenitiveList(sections: Iterable<SectionKey>): string {
  const present = new Set(sections);
  const names = PER_GMINA_COLLECTIONS.filter((section) => present.has(section)).map((section) => PER_GMINA_GENITIVE[section]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} i ${names[names.length - 1]}`;
}

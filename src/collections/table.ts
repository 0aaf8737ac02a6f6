/**
 * The content model in one table: one row per content type. Everything else derives from it:
 * Astro's collections and their loaders (src/content.config.ts), the content rules (src/rules/),
 * the site's addresses (./routes.ts), the names pages give each type (./names.ts), search filters,
 * relation lists, the link catalogue, the home page and the editors' manual (docs/EDITING.md).
 *
 * Adding a content type is its schema in src/schemas/, its row here and its page template in
 * src/pages/<route>/ (docs/ARCHITECTURE.md walks through it).
 */
import type { z } from 'astro/zod';
import { courseSchema } from '../schemas/course.ts';
import type { ReferenceTo } from '../schemas/fields.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { guideVersionSchema } from '../schemas/guide.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { institutionSchema } from '../schemas/institution.ts';
import { modelSchema } from '../schemas/model.ts';
import { placeSchema } from '../schemas/place.ts';
import { programmeSchema } from '../schemas/programme.ts';
import { projectSchema } from '../schemas/project.ts';
import { sourceSchema } from '../schemas/source.ts';
import { trainingSchema } from '../schemas/training.ts';

/**
 * Where a type's files live under `content/`:
 * - `documents`: a folder, one page per file, `<id>.md` (plain text) or `<id>.mdx` (text with components);
 * - `versioned`: a folder per document, one file per version, `<document>/<version>.md(x)`;
 * - `list`: one YAML file holding a list of entries, each with an `id`.
 */
export type Storage = 'documents' | 'versioned' | 'list';

/**
 * How a type grows. Editors add some types gmina by gmina (a gmina, its programme, its social
 * welfare centre), so those reach thousands of entries: whatever lists them is paged, and the
 * course-path builder lists their sections only through its filter. The rest grow with projects.
 */
export type Growth = 'per-gmina' | 'per-project';

/** The readers the home page shows where to start, by the id of their part of the page. */
export type StartReader = 'dla-samorzadow' | 'dla-trenerow' | 'dla-konsultacji';

/** The sections of an entry's page a trainer can link from a course path (src/data/link-catalogue.ts). */
export type CatalogueSection = 'keyFacts' | 'body' | 'workflow' | 'roles' | 'charts' | 'indicators';

/**
 * A list of the entries that refer to an entry, shown on its page (./relations.ts fills in the
 * defaults): the programmes of a województwo, the models of a project, what a source informs.
 */
export interface RelationSpec {
  /**
   * Names the relation for page templates and is the address segment of the whole list:
   * `/miejsca/<id>/programy/`. Unique within the owner's type. With `from: '*'`, each type's list
   * takes the type's plural as its slug (`pojecia`).
   */
  slug: string;
  /** The type of the referring entries (a key of this table); `*` means every type, one list each (a source's page). */
  from: string;
  /** The referring entry's field that holds the reference; any field when omitted. */
  field?: string;
  /**
   * The whole list's title, followed by ": " and the owner's name: "Programy na obszarze: Michałowo".
   * For `from: '*'` it follows the type's plural: "Programy oparte na dokumencie: …".
   */
  title: string;
  /** The section's heading on the owner's page, where it is not the referring type's related-section title. */
  heading?: string;
  /** One sentence before the list on the owner's page. */
  intro?: string;
  /** What "Zobacz wszystkie …" names, where it is not the referring type's plural. */
  noun?: string;
  /** Cards with each entry's summary (the default), plain links, or a table the page template draws. */
  layout?: 'cards' | 'links' | 'table';
}

export interface ContentTypeRow {
  storage: Storage;
  /** The folder (documents, versioned) or file (list) under `content/`. */
  location: string;
  /** The zod schema of one entry (src/schemas/), given the way references to other entries are made. */
  schema: (reference: ReferenceTo) => z.ZodType;
  /** The address segment of the type's pages: `/programy/<id>/`. */
  route: string;
  names: {
    /** One entry, lower case: "program". Capitalised, it labels pages of the type ("Program") and is the search filter value. */
    singular: string;
    /** Many entries, lower case: "programy". Capitalised, it is the section's title, unless `sectionTitle` says otherwise. */
    plural: string;
    /** Genitive plural, for sentences such as "sekcje programów, instytucji i miejsc". */
    genitivePlural: string;
    /** The section's title where it is not the capitalised plural ("Słownik"). */
    sectionTitle?: string;
    /** The title of the section listing related entries of this type, where it is not the section's title. */
    relatedTitle?: string;
  };
  /**
   * Where every page links to the type's section: the main navigation (in the table's order,
   * before "Szukaj"), the footer (by the section's title, among the footer's other links), or
   * neither, for a section its neighbours lead to (courses, from the trainings).
   */
  navigation: 'main' | 'footer' | 'none';
  /**
   * The type's link under "Od czego zacząć" on the home page (./navigation.ts): the reader it is
   * for, its place in that reader's list, and its wording there, where the section's title does
   * not say what it holds for that reader.
   */
  startHere?: { reader: StartReader; position: number; label?: string };
  /** The field holding the name an entry goes by in lists and links. */
  titleField: 'title' | 'label' | 'term';
  /** The order lists of the type follow: by name, the Polish way, or as written in the file (indicators, sources). */
  order: 'title' | 'file';
  /** The field holding an entry's former ids, whose addresses lead to its page (`aliases`; the glossary's `formerIds`). */
  formerIdsField: 'aliases' | 'formerIds';
  growth: Growth;
  /**
   * Where the places an entry concerns are found, for the search filter "Województwo": the fields
   * whose references lead to them (directly, or through the referred entry's own places), or
   * `self` for the type whose entries are places.
   */
  placeFields?: 'self' | readonly string[];
  /** Lists of the entries that refer to an entry of this type, shown on its page (./relations.ts). */
  relations?: readonly RelationSpec[];
  /** What of an entry's page a trainer can put in a course path, in the catalogue's order. */
  catalogue?: { order: number; sections: readonly CatalogueSection[] };
}

const defineTypes = <T extends Record<string, ContentTypeRow>>(rows: T) => rows;

export const contentTypes = defineTypes({
  projects: {
    storage: 'documents',
    location: 'projects',
    schema: projectSchema,
    route: 'projekty',
    names: { singular: 'projekt', plural: 'projekty', genitivePlural: 'projektów' },
    navigation: 'main',
    startHere: { reader: 'dla-samorzadow', position: 3, label: 'Projekty: kto, za ile, gdzie' },
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
    placeFields: ['territory'],
    relations: [
      { slug: 'wskazniki', from: 'indicators', field: 'project', title: 'Wskaźniki projektu', layout: 'table' },
      { slug: 'modele', from: 'models', field: 'project', title: 'Modele wypracowane w projekcie', intro: 'Model, który wypracowano w projekcie.' },
      { slug: 'programy', from: 'programmes', field: 'project', title: 'Programy przyjęte w ramach projektu', intro: 'Programy przyjęte w ramach projektu.' },
      { slug: 'szkolenia', from: 'trainings', field: 'project', title: 'Szkolenia w projekcie', intro: 'Szkolenia i spotkania prowadzone w projekcie.' },
    ],
    catalogue: { order: 2, sections: ['keyFacts', 'body', 'charts', 'indicators'] },
  },
  models: {
    storage: 'documents',
    location: 'models',
    schema: modelSchema,
    route: 'modele',
    names: { singular: 'model', plural: 'modele', genitivePlural: 'modeli' },
    navigation: 'main',
    startHere: { reader: 'dla-samorzadow', position: 1, label: 'Modele współpracy i opieki' },
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
    placeFields: ['project'],
    relations: [
      { slug: 'programy', from: 'programmes', field: 'model', title: 'Programy według modelu', heading: 'Programy według tego modelu' },
      { slug: 'szkolenia', from: 'trainings', field: 'models', title: 'Szkolenia o modelu', heading: 'Szkolenia o tym modelu' },
    ],
    catalogue: { order: 1, sections: ['keyFacts', 'body', 'workflow', 'roles'] },
  },
  programmes: {
    storage: 'documents',
    location: 'programmes',
    schema: programmeSchema,
    route: 'programy',
    names: { singular: 'program', plural: 'programy', genitivePlural: 'programów' },
    navigation: 'main',
    startHere: { reader: 'dla-samorzadow', position: 2, label: 'Programy przyjęte przez gminy' },
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-gmina',
    placeFields: ['place'],
    catalogue: { order: 3, sections: ['keyFacts', 'body'] },
  },
  trainings: {
    storage: 'documents',
    location: 'trainings',
    schema: trainingSchema,
    route: 'szkolenia',
    names: { singular: 'szkolenie', plural: 'szkolenia', genitivePlural: 'szkoleń' },
    navigation: 'main',
    startHere: { reader: 'dla-trenerow', position: 1, label: 'Szkolenia i moduły' },
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
    placeFields: ['project'],
    relations: [
      {
        slug: 'kursy',
        from: 'courses',
        field: 'trainings',
        title: 'Kursy do szkolenia',
        intro: 'Sekcje, kroki modeli i wykresy tej bazy wiedzy ułożone przez redakcję w zajęcia do tego szkolenia.',
      },
    ],
    catalogue: { order: 4, sections: ['keyFacts', 'body'] },
  },
  courses: {
    storage: 'documents',
    location: 'courses',
    schema: courseSchema,
    route: 'kursy',
    names: { singular: 'kurs', plural: 'kursy', genitivePlural: 'kursów', relatedTitle: 'Kursy w tej bazie wiedzy' },
    navigation: 'none',
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
    placeFields: ['trainings'],
  },
  institutions: {
    storage: 'documents',
    location: 'institutions',
    schema: institutionSchema,
    route: 'instytucje',
    names: { singular: 'instytucja', plural: 'instytucje', genitivePlural: 'instytucji' },
    navigation: 'main',
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-gmina',
    placeFields: ['places'],
    relations: [
      { slug: 'lider-projektu', from: 'projects', field: 'lead', title: 'Lider projektu' },
      { slug: 'partner-projektu', from: 'projects', field: 'partners', title: 'Partner projektu' },
      { slug: 'inna-rola-w-projekcie', from: 'projects', field: 'otherParticipants', title: 'Inna rola w projekcie' },
      { slug: 'role-w-modelach', from: 'models', field: 'roles', title: 'Role w modelach', heading: 'Role w modelach' },
      { slug: 'szkolenia', from: 'trainings', title: 'Szkolenia z udziałem instytucji' },
    ],
  },
  places: {
    storage: 'documents',
    location: 'places',
    schema: placeSchema,
    route: 'miejsca',
    names: { singular: 'miejsce', plural: 'miejsca', genitivePlural: 'miejsc' },
    navigation: 'footer',
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-gmina',
    placeFields: 'self',
    relations: [
      { slug: 'miejsca-na-obszarze', from: 'places', field: 'parent', title: 'Miejsca na obszarze', noun: 'miejsca na tym obszarze', layout: 'links' },
      { slug: 'projekty', from: 'projects', field: 'territory', title: 'Projekty na obszarze', heading: 'Projekty na tym obszarze' },
      { slug: 'programy', from: 'programmes', field: 'place', title: 'Programy na obszarze' },
      { slug: 'instytucje', from: 'institutions', field: 'places', title: 'Instytucje działające na obszarze' },
    ],
  },
  indicators: {
    storage: 'list',
    location: 'indicators.yaml',
    schema: indicatorSchema,
    route: 'wskazniki',
    names: { singular: 'wskaźnik', plural: 'wskaźniki', genitivePlural: 'wskaźników' },
    navigation: 'main',
    startHere: { reader: 'dla-trenerow', position: 3, label: 'Wskaźniki projektów' },
    titleField: 'label',
    order: 'file',
    formerIdsField: 'aliases',
    growth: 'per-project',
  },
  guides: {
    storage: 'versioned',
    location: 'guides',
    schema: guideVersionSchema,
    route: 'dokumenty',
    names: { singular: 'dokument', plural: 'dokumenty', genitivePlural: 'dokumentów' },
    navigation: 'main',
    startHere: { reader: 'dla-konsultacji', position: 1, label: 'Dokumenty i ich wersje' },
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
  },
  glossary: {
    storage: 'list',
    location: 'glossary.yaml',
    schema: glossaryTermSchema,
    route: 'slownik',
    names: { singular: 'pojęcie', plural: 'pojęcia', genitivePlural: 'pojęć', sectionTitle: 'Słownik' },
    navigation: 'main',
    startHere: { reader: 'dla-trenerow', position: 2, label: 'Słownik skrótów i pojęć' },
    titleField: 'term',
    order: 'title',
    // `aliases` of a glossary term are other spellings of it, so its former ids have their own field.
    formerIdsField: 'formerIds',
    growth: 'per-project',
  },
  sources: {
    storage: 'list',
    location: 'sources.yaml',
    schema: (_reference: ReferenceTo) => sourceSchema,
    route: 'zrodla',
    names: { singular: 'dokument źródłowy', plural: 'dokumenty źródłowe', genitivePlural: 'dokumentów źródłowych' },
    navigation: 'footer',
    startHere: { reader: 'dla-konsultacji', position: 3 },
    titleField: 'title',
    order: 'file',
    formerIdsField: 'aliases',
    growth: 'per-project',
    // Every page names the documents it is written from: a source's page lists them, type by type.
    relations: [{ slug: '*', from: '*', title: 'oparte na dokumencie', layout: 'links' }],
  },
});

export type ContentTypeName = keyof typeof contentTypes;

/** Every content type, in the table's order (which lists, navigation and a source's page follow). */
export const contentTypeNames = Object.keys(contentTypes) as ContentTypeName[];

/**
 * Types whose entries are one each (everything but the versioned guidance documents, whose
 * versions src/data/guides.ts gathers into documents): what the knowledge base and its back-links hold.
 */
export type EntryTypeName = { [N in ContentTypeName]: (typeof contentTypes)[N]['storage'] extends 'versioned' ? never : N }[ContentTypeName];

export const entryTypeNames = contentTypeNames.filter((name) => contentTypes[name].storage !== 'versioned') as EntryTypeName[];

/** Types stored one page per file, with status, version and history: what the change list and the search filters cover. */
export type DocumentTypeName = { [N in ContentTypeName]: (typeof contentTypes)[N]['storage'] extends 'documents' ? N : never }[ContentTypeName];

export const documentTypeNames = contentTypeNames.filter((name) => contentTypes[name].storage === 'documents') as DocumentTypeName[];

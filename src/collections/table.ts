/**
 * The content model in one table: one row per content type. Everything else derives from it:
 * Astro's collections and their loaders (src/content.config.ts), the content rules (src/rules/),
 * the site's addresses (./routes.ts), the names pages give each type (./names.ts), search filters,
 * relation lists, the link catalogue, the home page and the editors' manual (docs/EDITING.md).
 *
 * Adding a content type is its schema in src/schemas/, its row here and its page template in
 * src/pages/<route>/ (docs/ARCHITECTURE.md walks through it).
 */
import { consultationReportSchema } from '../schemas/consultation-report.ts';
import { courseSchema } from '../schemas/course.ts';
import { easyReadSchema } from '../schemas/easy-read.ts';
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

import type { ContentTypeRow } from './row.ts';

const defineTypes = <T extends Record<string, ContentTypeRow>>(rows: T) => rows;

export const contentTypes = defineTypes({
  projects: {
    storage: 'documents',
    location: 'projects',
    schema: projectSchema,
    route: 'projekty',
    offline: 'page',
    english: { route: 'projects', required: true, kind: 'Project', listTitle: 'The five projects' },
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
    offline: 'page',
    english: { route: 'models', required: true, kind: 'Model', listTitle: 'The models' },
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
    offline: 'page',
    english: { route: 'programmes', required: false, kind: 'Programme', listTitle: 'A local programme' },
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
    offline: 'course',
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
  consultationReports: {
    storage: 'records',
    location: 'consultation-reports',
    schema: consultationReportSchema,
    route: 'raporty-z-konsultacji',
    names: { singular: 'raport z konsultacji', plural: 'raporty z konsultacji', genitivePlural: 'raportów z konsultacji' },
    navigation: 'none',
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
  },
  easyRead: {
    storage: 'documents',
    location: 'easy-read',
    schema: easyReadSchema,
    route: 'latwy-tekst',
    names: {
      singular: 'tekst łatwy do czytania',
      plural: 'teksty łatwe do czytania',
      genitivePlural: 'tekstów łatwych do czytania',
      // The section's page is the site's information in easy-to-read text, linked from every footer.
      sectionTitle: 'Tekst łatwy do czytania',
    },
    navigation: 'footer',
    titleField: 'title',
    order: 'title',
    formerIdsField: 'aliases',
    growth: 'per-project',
    placeFields: ['model', 'programme'],
    readingLevel: 'easy-read',
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
    schema: () => sourceSchema,
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

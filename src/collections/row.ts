/**
 * What one row of the content model (./table.ts) says about a content type: where its files live,
 * its schema, address, names, navigation, growth, relations and catalogue sections.
 */
import type { z } from 'astro/zod';
import type { ReferenceTo } from '../schemas/fields.ts';

/**
 * Where a type's files live under `content/`:
 * - `documents`: a folder, one page per file, `<id>.md` (plain text) or `<id>.mdx` (text with components);
 * - `versioned`: a folder per document, one file per version, `<document>/<version>.md(x)`;
 * - `list`: one YAML file holding a list of entries, each with an `id`;
 * - `records`: a folder of YAML files, one entry each, `<id>.yaml` (data a tool writes, e.g. a consultation report).
 */
export type Storage = 'documents' | 'versioned' | 'list' | 'records';

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
  /**
   * How easy the type's pages must be to read: `easy-read` holds the title, description and text
   * of every entry to the easy-to-read limits of src/lib/readability.ts (src/rules/readability.ts).
   */
  readingLevel?: 'easy-read';
  /**
   * Whether a reader can save the type's pages for reading without a connection ("Zapisz do czytania
   * bez internetu", src/data/offline-packs.ts): `'page'`, each page with its easy-to-read and English
   * counterparts; `'course'`, a course with its path, trainings and the pages its sessions use.
   */
  offline?: 'page' | 'course';
  /**
   * English pages of the type (docs/ARCHITECTURE.md, "English pages"): under `/en/<route>/<id>/`,
   * written from the entry's `english` field. `required`: every entry must have one (a missing
   * translation stops the build); otherwise only entries with the field have an English page.
   */
  english?: {
    route: string;
    required: boolean;
    /** The type's name over an English page's title and before a link to one, e.g. "Model". */
    kind: string;
    /** The heading of the type's list on the English home page, e.g. "The models". */
    listTitle: string;
  };
  /** What of an entry's page a trainer can put in a course path, in the catalogue's order. */
  catalogue?: { order: number; sections: readonly CatalogueSection[] };
}

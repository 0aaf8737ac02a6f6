/**
 * The generated parts of the editors' manual (docs/EDITING.md): for each content type of the
 * table (src/collections/table.ts), where its files live, its address, and a table of its fields
 * (name, required or not, kind of value, description) walked from its zod schema, whose fields
 * carry their Polish descriptions (`.describe('…')`). Each part stands between markers,
 * `<!-- pola:projects:start -->` … `<!-- pola:projects:end -->`; the fields every document page
 * shares are one part of their own, `pola:wspolne`. `npm run docs` rewrites the parts, and
 * tests/unit/editing-docs.test.ts fails when the manual and the schemas disagree.
 */
import { z } from 'astro/zod';
import { contentLocation } from '../../src/collections/files.ts';
import { entryHref, guideRoutes } from '../../src/collections/routes.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from '../../src/collections/table.ts';
import { documentFields, referenceById, type ReferenceTo } from '../../src/schemas/fields.ts';

/** The manual, relative to the project root. */
export const EDITING_DOC = 'docs/EDITING.md';

/** The part holding the fields every document page shares. */
export const COMMON_PART = 'wspolne';

/** Every generated part of the manual: the common fields, then each type in the table's order. */
export const PART_NAMES: readonly string[] = [COMMON_PART, ...contentTypeNames];

export const startMarker = (part: string) => `<!-- pola:${part}:start -->`;
export const endMarker = (part: string) => `<!-- pola:${part}:end -->`;

const GENERATED_NOTE = '<!-- Wygenerowane przez `npm run docs` z opisów pól w src/schemas/; zmiany wprowadzaj tam, nie tutaj. -->';

/** How a field reads in a table row. */
export interface FieldRow {
  /** `budget › total`; fields of list items follow the list's name (`changes › date`). */
  path: string;
  required: boolean;
  /** The value used when the field is left out, if the schema has one. */
  defaultValue?: unknown;
  kind: string;
  description: string;
}

/** Metadata a reference made by `stubReference` carries: which type it names. */
const REFERENCE_KEY = 'reference';

/**
 * The schemas are built the way src/content.config.ts builds them, with the reference function
 * swapped for one that also records which type a reference names, so the table can say
 * "identyfikator (instytucja)".
 */
const stubReference = ((collection: string) => referenceById(collection).meta({ [REFERENCE_KEY]: collection })) as ReferenceTo;

function metaOf(schema: z.ZodType): Record<string, unknown> {
  return (z.globalRegistry.get(schema) as Record<string, unknown> | undefined) ?? {};
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** The field's value schema under `.optional()` and `.default()`, and the description of the outermost layer that has one. */
function unwrap(field: z.ZodType): Unwrapped {
  let schema = field;
  let required = true;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    if (schema instanceof z.ZodOptional) {
      required = false;
      schema = schema.unwrap() as z.ZodType;
    } else if (schema instanceof z.ZodDefault) {
      required = false;
      defaultValue = schema.def.defaultValue;
      schema = schema.unwrap() as z.ZodType;
    } else break;
    description ??= schema.description;
  }
  return { schema, required, defaultValue, description };
}

function typeNames(type: string): { singular: string; plural: string } {
  if (!(type in contentTypes)) throw new Error(`reference to an unknown content type: ${type}`);
  return contentTypes[type as ContentTypeName].names;
}

const code = (value: string) => `\`${value}\``;

/** What kind of value a schema takes, in the editors' words. */
function kindOf(schema: z.ZodType): string {
  const meta = metaOf(schema);
  if (typeof meta[REFERENCE_KEY] === 'string') return `identyfikator (${typeNames(meta[REFERENCE_KEY]).singular})`;
  if (typeof meta.editorType === 'string') return meta.editorType;
  if (schema instanceof z.ZodPipe) return kindOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodEnum) return `jedno z: ${schema.options.map((option) => code(String(option))).join(', ')}`;
  if (schema instanceof z.ZodString) return 'tekst';
  if (schema instanceof z.ZodNumber) return schema.format === 'safeint' ? 'liczba całkowita' : 'liczba';
  if (schema instanceof z.ZodBoolean) return `${code('true')} albo ${code('false')}`;
  if (schema instanceof z.ZodObject) return 'zestaw pól (niżej)';
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map(kindOf).join(' albo ');
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType).schema;
    const reference = metaOf(element)[REFERENCE_KEY];
    if (typeof reference === 'string') return `lista identyfikatorów (${typeNames(reference).plural})`;
    if (element instanceof z.ZodObject) return 'lista wpisów z polami (niżej)';
    return `lista: ${kindOf(element)}`;
  }
  throw new Error(`no kind for a ${schema.def.type} schema: give it .meta({ editorType: '…' }) in src/schemas/`);
}

/** The object whose fields follow a field's own row: its own, its list items', or a union's object variant. */
function nestedObject(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodArray) return nestedObject(unwrap(schema.element as z.ZodType).schema);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map((option) => nestedObject(option)).find((found) => found !== undefined);
  return undefined;
}

/** One row per field of the object, each followed by the rows of its own fields. */
export function fieldRows(object: z.ZodObject, parents: readonly string[] = []): FieldRow[] {
  return Object.entries(object.shape).flatMap(([name, field]) => {
    const path = [...parents, name];
    const { schema, required, defaultValue, description } = unwrap(field as z.ZodType);
    if (!description) throw new Error(`field „${path.join(' › ')}” has no description: end its schema with .describe('…') in src/schemas/`);
    const row: FieldRow = { path: path.join(' › '), required, defaultValue, kind: kindOf(schema), description };
    const nested = nestedObject(schema);
    return [row, ...(nested ? fieldRows(nested, path) : [])];
  });
}

/** The object schema of a table row (schemas may add refinements, which zod 4 keeps on the object itself). */
function objectSchema(type: ContentTypeName): z.ZodObject {
  const schema = contentTypes[type].schema(stubReference);
  if (!(schema instanceof z.ZodObject)) throw new Error(`the schema of ${type} is not an object`);
  return schema;
}

const commonRows = (): FieldRow[] => fieldRows(z.strictObject(documentFields(stubReference)));

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function requiredCell(row: FieldRow): string {
  if (row.required) return 'tak';
  if (row.defaultValue === undefined) return 'nie';
  return `nie (domyślnie ${code(JSON.stringify(row.defaultValue))})`;
}

function fieldTable(rows: readonly FieldRow[]): string {
  const lines = ['| pole | wymagane | wartość | opis |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${code(row.path)} | ${requiredCell(row)} | ${cell(row.kind)} | ${cell(row.description)} |`);
  return lines.join('\n');
}

/** Where a type's files are and the address of an entry's page, from its row in the table. */
function whereLine(type: ContentTypeName): string {
  const { storage } = contentTypes[type];
  const location = contentLocation(type);
  if (storage === 'documents') {
    return `Pliki: ${code(`${location}<id>.md`)} albo ${code(`${location}<id>.mdx`)}, jeden na stronę. Adres strony: ${code(entryHref(type, '<id>'))}.`;
  }
  if (storage === 'versioned') {
    return (
      `Pliki: ${code(`${location}<dokument>/<wersja>.mdx`)} (albo ${code('.md')}), folder na dokument, plik na wersję (${code('1.mdx')}, ${code('2.mdx')}…). ` +
      `Adres dokumentu: ${code(entryHref(type, '<dokument>'))}, adres jego wersji 2: ${code(guideRoutes.version('<dokument>', 2))}.`
    );
  }
  if (storage === 'records') {
    return `Pliki: ${code(`${location}<id>.yaml`)}, jeden na stronę. Adres strony: ${code(entryHref(type, '<id>'))}.`;
  }
  return `Plik: ${code(location)}, lista wpisów, każdy z własnym ${code('id')}. Adres strony wpisu: ${code(entryHref(type, '<id>'))}.`;
}

/** The generated text of one part, without its markers. */
export function generatePart(part: string): string {
  const common = commonRows();
  if (part === COMMON_PART) return [GENERATED_NOTE, '', fieldTable(common)].join('\n');
  if (!contentTypeNames.includes(part as ContentTypeName)) throw new Error(`unknown part of the manual: ${part}`);
  const type = part as ContentTypeName;
  const rows = fieldRows(objectSchema(type));
  const commonDescriptions = new Map(common.map((row) => [row.path, row.description]));
  // A type that has every common field, described as the common part describes it, lists only its own.
  const hasCommon = common.every((shared) => rows.some((row) => row.path === shared.path && row.description === shared.description));
  const own = hasCommon ? rows.filter((row) => commonDescriptions.get(row.path) !== row.description) : rows;
  const lead = hasCommon ? 'Pola wspólne stron (zob. „Pola wspólne stron”) oraz:' : 'Pola:';
  return [GENERATED_NOTE, '', whereLine(type), '', lead, '', fieldTable(own)].join('\n');
}

/** The text between a part's markers in the manual, or undefined when the markers are missing. */
export function currentPart(doc: string, part: string): string | undefined {
  const start = doc.indexOf(startMarker(part));
  const end = doc.indexOf(endMarker(part));
  if (start === -1 || end === -1 || end < start) return undefined;
  return doc
    .slice(start + startMarker(part).length, end)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}

/** The manual with every generated part rewritten from the schemas; throws when a part's markers are missing. */
export function updateEditingDoc(doc: string): string {
  let text = doc;
  for (const part of PART_NAMES) {
    const start = text.indexOf(startMarker(part));
    const end = text.indexOf(endMarker(part));
    if (start === -1 || end === -1 || end < start) {
      throw new Error(`${EDITING_DOC}: brak znaczników ${startMarker(part)} … ${endMarker(part)}; dopisz je w rozdziale tego rodzaju treści`);
    }
    text = `${text.slice(0, start + startMarker(part).length)}\n${generatePart(part)}\n${text.slice(end)}`;
  }
  return text;
}

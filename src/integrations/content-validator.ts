/**
 * Reads every file under `content/` and checks it against the schemas before Astro builds
 * anything. Astro alone would only log an unknown reference and would roll an impossible date
 * such as 2024-02-30 over to 1 March; here both stop the build with a message naming the file and
 * the field. The same function backs `npm run validate` and the schema tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { aliasesOnlyInDrafts, checkAliasClaims, type AliasClaim } from '../lib/aliases.ts';
import { type ContentProblem, describeIssue, formatFieldPath, problemsFromIssue } from '../lib/editor-errors.ts';
import { checkGuideBody } from '../lib/consultation/body-rules.ts';
import { checkVersions, versionFromFileName, type VersionFile } from '../lib/consultation/version-rules.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { checkPinnedIds } from '../lib/pinned-ids.ts';
import { findMdxOnlySyntax } from '../lib/markdown-syntax.ts';
import { isDraft } from '../lib/publication.ts';
import { findReferences, type FoundReference, suggestId } from '../lib/references.ts';
import { checkWorkflow, type GraphStep, workflowFieldLabel } from '../lib/workflow-graph.ts';
import { courseItemProblem } from '../lib/course-items.ts';
import { terytParentProblem } from '../lib/teryt.ts';
import { yamlReasonPl } from '../lib/yaml-errors.ts';
import { sectionHref } from '../collections/routes.ts';
import { staticPages } from '../lib/site-pages.ts';
import { CONTENT_ROOT, contentLocation, pageFileStem } from '../collections/files.ts';
import { RESERVED_SECTIONS } from '../collections/names.ts';
import { contentTypeNames, contentTypes as collectionDefinitions, type ContentTypeName as CollectionName, type ContentTypeRow } from '../collections/table.ts';
import { ENTRY_ID } from '../schemas/entry-id.ts';
import type { ReferenceTo } from '../schemas/fields.ts';

export interface ValidatedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
}

export interface ValidationResult {
  entries: ValidatedEntry[];
  problems: ContentProblem[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Same output shape as Astro's `reference()`; existence is checked after all files are read. */
const referenceStandIn: ReferenceTo = (collection) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `brak wymaganego pola: podaj identyfikator wpisu z kolekcji „${collection}”`
          : `oczekiwano identyfikatora wpisu z kolekcji „${collection}”; znaleziono ${describeFoundShort(issue.input)}`,
    })
    .min(1, { error: `oczekiwano identyfikatora wpisu z kolekcji „${collection}”; pole jest puste` })
    .transform((id) => ({ collection, id }));

function describeFoundShort(value: unknown): string {
  return typeof value === 'string' ? `„${value}”` : JSON.stringify(value);
}

/** YAML without implicit timestamps, so dates reach the schema as written and can be checked strictly. */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

function yamlProblem(file: string, error: unknown, offsetLines = 0): ContentProblem {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 + offsetLines : undefined;
    return {
      file,
      field: '',
      message: `błąd składni YAML${line ? ` w wierszu ${line}` : ''}: ${yamlReasonPl(error.reason)}. Sprawdź wcięcia, dwukropki i cudzysłowy.`,
    };
  }
  return { file, field: '', message: `nie udało się odczytać pliku: ${String(error)}` };
}

interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  entryLabel?: string;
  /** Undefined when the file could not be read; its id still counts, so references to it are not reported twice. */
  data?: unknown;
  /** Markdown or MDX body and the line it starts on, for checks of the text. */
  body?: { text: string; firstLine: number };
}

const CITE_SOURCE = /<Cite\s+source=["']([^"']*)["']/g;

/** Source ids named by `<Cite source="…" />` in an MDX body, with their line numbers in the file. */
export function findCitedSources(body: string, firstLine: number): { id: string; line: number }[] {
  return [...body.matchAll(CITE_SOURCE)].map((match) => ({
    id: match[1] ?? '',
    line: firstLine + body.slice(0, match.index).split('\n').length - 1,
  }));
}

function readDocuments(root: string, collection: CollectionName, folder: string, problems: ContentProblem[], idPrefix = ''): RawEntry[] {
  const directory = path.join(root, CONTENT_ROOT, folder);
  if (!existsSync(directory)) return [];
  const entries: RawEntry[] = [];
  const fileOfId = new Map<string, string>();
  for (const name of readdirSync(directory).sort()) {
    const file = path.posix.join(CONTENT_ROOT, folder, name);
    const stem = pageFileStem(name);
    if (stem === null) {
      problems.push({
        file,
        field: '',
        message: `w folderze ${CONTENT_ROOT}/${folder}/ mogą być tylko pliki .md (sam tekst) i .mdx (tekst z komponentami); usuń ten plik albo zmień jego rozszerzenie`,
      });
      continue;
    }
    const id = idPrefix + stem;
    if (!ENTRY_ID.test(stem)) {
      problems.push({
        file,
        field: '',
        message: `nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „rops-bialystok.md”`,
      });
      continue;
    }
    const sameId = fileOfId.get(stem);
    if (sameId !== undefined) {
      problems.push({ file, field: '', message: `ten sam adres ma już plik ${sameId}; jedna strona to jeden plik: .md albo .mdx, nie oba` });
      continue;
    }
    fileOfId.set(stem, file);
    const text = readFileSync(path.join(directory, name), 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match && /^\uFEFF?---\r?\n/.test(text)) {
      problems.push({
        file,
        field: '',
        message: 'nagłówek (frontmatter) nie jest zamknięty: po ostatnim polu nagłówka dopisz wiersz „---”, a dopiero pod nim treść strony',
      });
      entries.push({ collection, id, file });
      continue;
    }
    if (!match) {
      problems.push({
        file,
        field: '',
        message: 'brak nagłówka (frontmatter): plik musi zaczynać się od wiersza „---”, pól nagłówka i kolejnego wiersza „---”',
      });
      entries.push({ collection, id, file });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? '');
    } catch (error) {
      problems.push(yamlProblem(file, error, 1));
      entries.push({ collection, id, file });
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({ file, field: '', message: 'nagłówek (frontmatter) musi być zestawem pól „nazwa: wartość”' });
      entries.push({ collection, id, file });
      continue;
    }
    const firstLine = match[0].split('\n').length;
    entries.push({ collection, id, file, data, body: { text: text.slice(match[0].length), firstLine } });
  }
  return entries;
}

/** `<folder>/<document>/<version>.mdx` (or `.md`): one subfolder per document, one file per version. */
function readVersioned(root: string, collection: CollectionName, folder: string, problems: ContentProblem[]): RawEntry[] {
  const directory = path.join(root, CONTENT_ROOT, folder);
  if (!existsSync(directory)) return [];
  const entries: RawEntry[] = [];
  for (const name of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const where = path.posix.join(CONTENT_ROOT, folder, name.name);
    if (!name.isDirectory()) {
      problems.push({
        file: where,
        field: '',
        message: `w folderze ${CONTENT_ROOT}/${folder}/ każdy dokument ma własny folder z plikami wersji (np. ${folder}/poradnik/1.mdx); przenieś ten plik do folderu dokumentu`,
      });
      continue;
    }
    if (!ENTRY_ID.test(name.name)) {
      problems.push({
        file: where,
        field: '',
        message: 'nazwa folderu jest adresem dokumentu, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki',
      });
      continue;
    }
    for (const file of readdirSync(path.join(directory, name.name)).sort()) {
      if (pageFileStem(file) !== null && versionFromFileName(file) === null) {
        problems.push({ file: `${where}/${file}`, field: '', message: 'plik wersji nazywa się jej numerem: 1.mdx, 2.mdx, 3.mdx… (albo 1.md, 2.md…)' });
      }
    }
    entries.push(
      ...readDocuments(root, collection, path.posix.join(folder, name.name), problems, `${name.name}/`).filter(
        (entry) => versionFromFileName(path.posix.basename(entry.file)) !== null,
      ),
    );
  }
  return entries;
}

function readList(root: string, collection: CollectionName, fileName: string, problems: ContentProblem[]): RawEntry[] {
  const file = path.posix.join(CONTENT_ROOT, fileName);
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(absolute, 'utf8'));
  } catch (error) {
    problems.push(yamlProblem(file, error));
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push({ file, field: '', message: 'plik musi być listą wpisów, z których każdy zaczyna się od „- id: …”' });
    return [];
  }
  const seen = new Map<string, number>();
  const entries: RawEntry[] = [];
  data.forEach((item, index) => {
    const rawId = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : `pozycja ${index + 1}`;
    const entryLabel = typeof rawId === 'string' ? rawId : `pozycja ${index + 1}`;
    if (typeof rawId === 'string') {
      const first = seen.get(rawId);
      if (first !== undefined) {
        problems.push({
          file,
          entry: entryLabel,
          field: 'id',
          message: `identyfikator „${rawId}” jest już użyty przez pozycję ${first + 1}; każdy wpis musi mieć własny`,
        });
        return;
      }
      seen.set(rawId, index);
    }
    entries.push({ collection, id, file, entryLabel, data: item });
  });
  return entries;
}

export interface ValidationOptions {
  /** A preview build (`KB_DRAFTS=1`) publishes drafts, so published entries may refer to them. */
  includeDrafts?: boolean;
}

/** Validates all content under `root/content`. Never throws for bad content: problems are returned. */
export function validateContent(root: string, options: ValidationOptions = {}): ValidationResult {
  const problems: ContentProblem[] = [];
  const raw: RawEntry[] = [];
  for (const [name, definition] of Object.entries(collectionDefinitions) as [CollectionName, ContentTypeRow][]) {
    raw.push(
      ...(definition.storage === 'documents'
        ? readDocuments(root, name, definition.location, problems)
        : definition.storage === 'versioned'
          ? readVersioned(root, name, definition.location, problems)
          : readList(root, name, definition.location, problems)),
    );
  }

  const entries: ValidatedEntry[] = [];
  // Building a zod schema costs far more than using it: one per collection, not one per file.
  const schemas = new Map<CollectionName, z.ZodType>();
  for (const entry of raw) {
    if (entry.data === undefined) continue;
    let schema = schemas.get(entry.collection);
    if (!schema) {
      schema = collectionDefinitions[entry.collection].schema(referenceStandIn);
      schemas.set(entry.collection, schema);
    }
    const result = schema.safeParse(entry.data, { reportInput: true, error: (issue) => describeIssue(issue as never) });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...problemsFromIssue(issue as never, entry.file, entry.entryLabel));
      continue;
    }
    entries.push({ collection: entry.collection, id: entry.id, file: entry.file, data: result.data });
  }

  const idsByCollection = new Map<string, Set<string>>();
  for (const entry of raw) {
    if (!idsByCollection.has(entry.collection)) idsByCollection.set(entry.collection, new Set());
    idsByCollection.get(entry.collection)!.add(entry.id);
  }
  // A list file that could not be read has no known ids; references into it would only repeat its syntax error.
  const unreadableLists = new Set<string>(
    Object.entries(collectionDefinitions)
      .filter(
        ([, definition]) =>
          definition.storage === 'list' && problems.some((problem) => problem.file === `${CONTENT_ROOT}/${definition.location}` && problem.field === ''),
      )
      .map(([name]) => name),
  );
  const names = new Set<string>(Object.keys(collectionDefinitions));
  const labels = new Map(raw.map((entry) => [`${entry.collection}/${entry.id}`, entry.entryLabel]));
  // Walking every entry's data is the costly part; both reference checks share one walk.
  const referencing = entries.map((entry) => ({ entry, references: findReferences(entry.data, names) }));
  for (const { entry, references } of referencing) {
    for (const reference of references) {
      const known = idsByCollection.get(reference.collection) ?? new Set<string>();
      if (known.has(reference.id) || unreadableLists.has(reference.collection)) continue;
      const where = contentLocation(reference.collection as CollectionName);
      const suggestion = suggestId(reference.id, known);
      const label = labels.get(`${entry.collection}/${entry.id}`);
      problems.push({
        file: entry.file,
        ...(label === undefined ? {} : { entry: label }),
        field: formatFieldPath(reference.path),
        message:
          `oczekiwano identyfikatora istniejącego wpisu z ${where}; znaleziono „${reference.id}”, a takiego wpisu nie ma` +
          (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
      });
    }
  }
  if (!options.includeDrafts) problems.push(...referencesToDrafts(referencing, labels));
  problems.push(...guideProblems(raw, entries));
  for (const entry of raw) {
    if (!entry.body) continue;
    for (const problem of checkPinnedIds(entry.body.text, entry.body.firstLine, RESERVED_SECTIONS)) {
      problems.push({ file: entry.file, field: `treść, wiersz ${problem.line}, identyfikator nagłówka`, message: problem.message });
    }
    if (!entry.file.endsWith('.md')) continue;
    for (const { line, found } of findMdxOnlySyntax(entry.body.text, entry.body.firstLine)) {
      problems.push({
        file: entry.file,
        field: `treść, wiersz ${line}`,
        message: `„${found}” działa tylko w pliku .mdx; w pliku .md zostałby wypisany jako tekst albo pominięty. Zmień rozszerzenie pliku na .mdx`,
      });
    }
  }
  problems.push(...aliasProblems(raw, entries, options));
  const workflowCodes = new Map<string, string>();
  for (const entry of entries) {
    const workflow = entry.collection === 'models' ? (entry.data as { workflow?: { code: string; steps: GraphStep[] } }).workflow : undefined;
    if (!workflow) continue;
    const codeOwner = workflowCodes.get(workflow.code);
    if (codeOwner === undefined) workflowCodes.set(workflow.code, entry.file);
    else {
      problems.push({
        file: entry.file,
        field: 'workflow › code',
        message: `kod „${workflow.code}” ma już przebieg w ${codeOwner}; kody kroków („${workflow.code} 1”) muszą wskazywać jeden model, wybierz inny kod`,
      });
    }
    for (const problem of checkWorkflow(workflow.steps)) {
      problems.push({ file: entry.file, field: workflowFieldLabel(problem), message: problem.message });
    }
  }
  problems.push(...courseProblems(entries));
  problems.push(...terytProblems(entries));
  const sourceIds = idsByCollection.get('sources') ?? new Set<string>();
  for (const entry of raw) {
    if (!entry.body || unreadableLists.has('sources')) continue;
    for (const citation of findCitedSources(entry.body.text, entry.body.firstLine)) {
      if (sourceIds.has(citation.id)) continue;
      const suggestion = suggestId(citation.id, sourceIds);
      problems.push({
        file: entry.file,
        field: `treść, wiersz ${citation.line}, <Cite source>`,
        message:
          `oczekiwano identyfikatora źródła z ${CONTENT_ROOT}/sources.yaml; znaleziono „${citation.id}”, a takiego źródła nie ma` +
          (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
      });
    }
  }
  return { entries, problems };
}

/**
 * A public build leaves drafts out, so a published entry that names a draft would point at a page
 * that does not exist. Editors either publish the draft or remove the reference.
 */
function referencesToDrafts(
  referencing: readonly { entry: ValidatedEntry; references: readonly FoundReference[] }[],
  labels: ReadonlyMap<string, string | undefined>,
): ContentProblem[] {
  const drafts = new Set(referencing.filter(({ entry }) => isDraft(entry.data)).map(({ entry }) => `${entry.collection}/${entry.id}`));
  if (drafts.size === 0) return [];
  const problems: ContentProblem[] = [];
  for (const { entry, references } of referencing) {
    if (isDraft(entry.data)) continue;
    for (const reference of references) {
      if (!drafts.has(`${reference.collection}/${reference.id}`)) continue;
      const label = labels.get(`${entry.collection}/${entry.id}`);
      problems.push({
        file: entry.file,
        ...(label === undefined ? {} : { entry: label }),
        field: formatFieldPath(reference.path),
        message: `„${reference.id}” ma status projekt, więc nie trafi do publicznej wersji serwisu, a ten opublikowany wpis by do niego prowadził; usuń odwołanie albo zmień status wpisu „${reference.id}” (podgląd z wersjami roboczymi: KB_DRAFTS=1)`,
      });
    }
  }
  return problems;
}

/** The entry's current id as its address uses it: a guidance document's versions share the document's id. */
function addressId(collection: CollectionName, id: string): string {
  return collectionDefinitions[collection].storage === 'versioned' ? documentIdOf(id) : id;
}

/** The former ids each entry lists (`aliases`, in the glossary `formerIds`), as `src/lib/aliases.ts` reads them. */
export function aliasClaims(entries: readonly ValidatedEntry[]): AliasClaim[] {
  return entries.flatMap((entry) => {
    const field = collectionDefinitions[entry.collection].formerIdsField;
    const aliases = ((entry.data as Record<string, unknown>)[field] ?? []) as string[];
    if (aliases.length === 0) return [];
    const inList = collectionDefinitions[entry.collection].storage === 'list';
    return [{ section: entry.collection, id: addressId(entry.collection, entry.id), file: entry.file, ...(inList ? { entry: entry.id } : {}), field, aliases }];
  });
}

/** Former ids that clash with current ids or with each other; in a public build, also those only a draft version gives. */
function aliasProblems(raw: readonly RawEntry[], entries: readonly ValidatedEntry[], options: ValidationOptions): ContentProblem[] {
  const currentIds = new Map<CollectionName, Map<string, string>>();
  for (const entry of raw) {
    const ids = currentIds.get(entry.collection) ?? new Map<string, string>();
    const id = addressId(entry.collection, entry.id);
    const storage = collectionDefinitions[entry.collection].storage;
    if (!ids.has(id)) ids.set(id, storage === 'versioned' ? `${path.posix.dirname(entry.file)}/` : entry.file);
    currentIds.set(entry.collection, ids);
  }
  const problems = checkAliasClaims(aliasClaims(entries), currentIds);
  if (options.includeDrafts) return problems;
  const versionsByDocument = new Map<string, ValidatedEntry[]>();
  for (const entry of entries) {
    if (collectionDefinitions[entry.collection].storage !== 'versioned') continue;
    const document = documentIdOf(entry.id);
    const versions = versionsByDocument.get(document) ?? [];
    versions.push(entry);
    versionsByDocument.set(document, versions);
  }
  for (const [document, versions] of versionsByDocument) {
    const ordered = [...versions].sort((a, b) => (a.data as { version: number }).version - (b.data as { version: number }).version);
    problems.push(
      ...aliasesOnlyInDrafts(
        document,
        ordered.map((version) => ({
          file: version.file,
          draft: isDraft(version.data),
          field: collectionDefinitions[version.collection].formerIdsField,
          aliases: (version.data as { aliases: string[] }).aliases,
        })),
      ),
    );
  }
  return problems;
}

/** Rules across the versions of each guidance document, and what its text may hold. */
function guideProblems(raw: readonly RawEntry[], entries: readonly ValidatedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byDocument = new Map<string, VersionFile[]>();
  for (const entry of entries) {
    if (collectionDefinitions[entry.collection].storage !== 'versioned') continue;
    const [document = ''] = entry.id.split('/');
    const files = byDocument.get(document) ?? [];
    files.push({ file: entry.file, fileVersion: versionFromFileName(path.posix.basename(entry.file)), data: entry.data as VersionFile['data'] });
    byDocument.set(document, files);
  }
  for (const files of byDocument.values()) problems.push(...checkVersions(files));
  for (const entry of raw) {
    if (!entry.body || collectionDefinitions[entry.collection].storage !== 'versioned') continue;
    for (const problem of checkGuideBody(entry.body.text, entry.body.firstLine)) {
      problems.push({ file: entry.file, field: `treść, wiersz ${problem.line}`, message: problem.message });
    }
  }
  return problems;
}

/** A place's TERYT code must extend the code of the place it lies in (`parent`), when both give one. */
function terytProblems(entries: readonly ValidatedEntry[]): ContentProblem[] {
  type Place = { teryt?: string; parent?: { id: string } };
  const places = new Map(entries.filter((entry) => entry.collection === 'places').map((entry) => [entry.id, entry]));
  const problems: ContentProblem[] = [];
  for (const entry of places.values()) {
    const { teryt, parent } = entry.data as Place;
    const parentTeryt = parent ? (places.get(parent.id)?.data as Place | undefined)?.teryt : undefined;
    if (teryt === undefined || parent === undefined || parentTeryt === undefined) continue;
    const message = terytParentProblem(teryt, { id: parent.id, teryt: parentTeryt });
    if (message) problems.push({ file: entry.file, field: 'teryt', message });
  }
  return problems;
}

/** Each session item of a course must name a step that exists or a page of the site. */
function courseProblems(entries: readonly ValidatedEntry[]): ContentProblem[] {
  const steps = new Map<string, number>();
  const entryIds = new Map<string, Set<string>>();
  for (const entry of entries) {
    const { route } = collectionDefinitions[entry.collection];
    const ids = entryIds.get(route) ?? new Set<string>();
    ids.add(addressId(entry.collection, entry.id));
    entryIds.set(route, ids);
    const workflow = entry.collection === 'models' ? (entry.data as { workflow?: { code: string; steps: unknown[] } }).workflow : undefined;
    if (workflow) steps.set(workflow.code, workflow.steps.length);
  }
  const pages = new Set<string>([...Object.values(staticPages), ...contentTypeNames.map((key) => sectionHref(key))]);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'courses') continue;
    const { sessions } = entry.data as { sessions: { items: string[] }[] };
    sessions.forEach((session, sessionIndex) => {
      session.items.forEach((item, itemIndex) => {
        const message = courseItemProblem(item, { steps }, { entryIds, pages });
        if (message) problems.push({ file: entry.file, field: `sessions › pozycja ${sessionIndex + 1} › items › pozycja ${itemIndex + 1}`, message });
      });
    });
  }
  return problems;
}

/**
 * One reading of `content/`: each file as a loader hands it over (its text read once), each
 * entry through its schema, then every content rule on the whole. Astro's content layer drives it
 * in a build (./astro-loaders.ts); the tests drive the same steps over fixture folders. Pure: the
 * texts, the schemas and the archive's file names are handed in.
 */
import type { z } from 'astro/zod';
import { CONTENT_ROOT } from '../collections/files.ts';
import { contentTypes, type ContentTypeName } from '../collections/table.ts';
import { readListFile, readPageFile, readRecordFile } from '../lib/content-file.ts';
import { countKnockOns, describeIssue, formatProblemReport, problemsFromIssue, type ContentProblem, type KnockOnCount } from '../lib/editor-errors.ts';
import { fileNameProblem } from '../rules/files.ts';
import { runRules } from '../rules/index.ts';
import type { ContentFile, ParsedEntry } from '../rules/types.ts';
import { readingLevelOf } from '../collections/reading-level.ts';

/** A page file's id: its path in the type's folder without the extension (`<document>/<version>` for a guide's version). */
export function pageEntryId(relativePath: string): string {
  return relativePath.replace(/\.mdx?$/, '');
}

export interface RoundResult {
  problems: ContentProblem[];
  knockOns: KnockOnCount[];
  /** Entries read and valid. */
  entries: readonly ParsedEntry[];
  /** The report the build prints, when there are problems. */
  report?: string;
}

export class ContentRound {
  readonly #schemas: ReadonlyMap<ContentTypeName, z.ZodType>;
  readonly #files = new Map<string, ContentFile>();
  readonly #entries = new Map<string, ParsedEntry>();
  readonly #bodies = new Map<string, ParsedEntry['body']>();
  readonly #problems: ContentProblem[] = [];
  readonly #unreadable = new Set<string>();
  /** Files whose entry failed (could not be read, or failed its schema). */
  readonly #failedFiles = new Set<string>();

  constructor(schemas: ReadonlyMap<ContentTypeName, z.ZodType>) {
    this.#schemas = schemas;
  }

  /** Files whose entries must not be stored: the build stops on them, and a cached copy would hide the problem next time. */
  isRejected(file: string): boolean {
    const known = this.#files.get(file);
    return known !== undefined && (this.#failedFiles.has(file) || fileNameProblem(known.type, file) !== undefined);
  }

  /** True for an entry whose fields failed: the store must not keep it. */
  isFailed(type: ContentTypeName, id: string): boolean {
    const entry = this.#entries.get(`${type}/${id}`);
    return entry !== undefined && entry.data === undefined;
  }

  /** A page file's text: its frontmatter fields for the schema and its body for the renderer. */
  readPage(type: ContentTypeName, file: string, text: string): { data: Record<string, unknown>; body: string } {
    this.#files.set(file, { type, file });
    if (fileNameProblem(type, file) !== undefined) return { data: {}, body: '' };
    const read = readPageFile(file, text, { prose: readingLevelOf(type) !== undefined });
    this.#problems.push(...read.problems);
    const id = pageEntryId(file.slice(`${CONTENT_ROOT}/${contentTypes[type].location}/`.length));
    if (read.facts) this.#bodies.set(file, read.facts);
    // An entry whose file cannot be read still exists: references to it are knock-ons, not unknown ids.
    if (!read.data) this.#record({ type, id, file });
    return { data: read.data ?? {}, body: read.body };
  }

  /** A record file's text (`<id>.yaml`): its fields for the schema; a record has no body. */
  readRecord(type: ContentTypeName, file: string, text: string): { data: Record<string, unknown>; body: string } {
    this.#files.set(file, { type, file });
    if (fileNameProblem(type, file) !== undefined) return { data: {}, body: '' };
    const read = readRecordFile(file, text);
    this.#problems.push(...read.problems);
    const id = file.slice(`${CONTENT_ROOT}/${contentTypes[type].location}/`.length).replace(/\.yaml$/, '');
    if (!read.data) this.#record({ type, id, file });
    return { data: read.data ?? {}, body: '' };
  }

  /** Another file in a type's folder (not `.md`/`.mdx`): reported by the file-name rule. */
  strayFile(type: ContentTypeName, file: string): void {
    this.#files.set(file, { type, file });
  }

  /** A list file's text: its entries, each with an id, for the loader to parse one by one. */
  readList(type: ContentTypeName, file: string, text: string): { id: string }[] {
    this.#files.set(file, { type, file });
    const read = readListFile(file, text);
    this.#problems.push(...read.problems);
    if (read.unreadable) this.#unreadable.add(file);
    const items: { id: string }[] = [];
    for (const item of read.items) {
      // An entry without an id never reaches the loader's parse; its schema problems are told here.
      if (typeof (item.data as { id?: unknown } | null)?.id !== 'string') this.parse(type, item.id, file, item.data, item.label);
      else items.push(item.data as { id: string });
    }
    return items;
  }

  /** An entry's fields through its type's schema: the schema's output, or undefined with the problems recorded. */
  parse(type: ContentTypeName, id: string, file: string, data: unknown, entryLabel?: string): unknown {
    const label = entryLabel ?? (contentTypes[type].storage === 'list' ? id : undefined);
    const known = this.#entries.get(`${type}/${id}`);
    // The file could not be read: its problem is told, the empty fields would only add noise.
    if (known && known.data === undefined && known.file === file) return undefined;
    const result = this.#schemas.get(type)!.safeParse(data, { reportInput: true, error: (issue) => describeIssue(issue as never) });
    if (!result.success) {
      for (const issue of result.error.issues) this.#problems.push(...problemsFromIssue(issue as never, file, label));
      this.#record({ type, id, file, ...(label === undefined ? {} : { entry: label }), raw: data });
      return undefined;
    }
    this.#record({ type, id, file, ...(label === undefined ? {} : { entry: label }), data: result.data });
    return result.data;
  }

  /** An entry a loader kept from an earlier build (its file unchanged), with its stored fields. */
  cached(type: ContentTypeName, id: string, file: string, data: unknown): void {
    if (!this.#entries.has(`${type}/${id}`)) this.#record({ type, id, file, data });
  }

  #record(entry: ParsedEntry): void {
    this.#entries.set(`${entry.type}/${entry.id}`, entry);
    if (entry.data === undefined && contentTypes[entry.type].storage !== 'list') this.#failedFiles.add(entry.file);
  }

  /** Every rule over everything read; the report when anything is wrong. */
  finish(options: { includeDrafts: boolean; archive: ReadonlySet<string> }): RoundResult {
    const entries = [...this.#entries.values()]
      .map((entry) => ({ ...entry, ...(this.#bodies.has(entry.file) ? { body: this.#bodies.get(entry.file) } : {}) }))
      // By file, each file's entries in their order in it (a list file's positions).
      .sort((a, b) => a.file.localeCompare(b.file));
    const files = [...this.#files.values()].sort((a, b) => a.file.localeCompare(b.file));
    const { problems, knockOns } = runRules({ files, entries, includeDrafts: options.includeDrafts, archive: options.archive, unreadable: this.#unreadable });
    // Files are read in parallel: their own problems are put in file order, each file's in the order found.
    const byFile = [...this.#problems].sort((a, b) => a.file.localeCompare(b.file));
    const all = [...byFile, ...problems];
    const counted = countKnockOns(knockOns);
    return {
      problems: all,
      knockOns: counted,
      entries: entries.filter((entry) => entry.data !== undefined),
      ...(all.length > 0 ? { report: formatProblemReport(all, counted) } : {}),
    };
  }
}

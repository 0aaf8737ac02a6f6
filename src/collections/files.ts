/** Where content files are and how their names make ids. */
import { contentTypes, type ContentTypeName } from './table.ts';

/** Folder holding all content, relative to the project root. */
export const CONTENT_ROOT = 'content';

/** A page file's name: `<id>.md` or `<id>.mdx`. */
const PAGE_FILE = /^(.*)\.mdx?$/;

/** The id part of a page file's name (`rops-bialystok.md` → `rops-bialystok`); null for any other file. */
export function pageFileStem(name: string): string | null {
  return PAGE_FILE.exec(name)?.[1] ?? null;
}

/** A record file's name: `<id>.yaml`. */
const RECORD_FILE = /^(.*)\.yaml$/;

/** The id part of a record file's name (`poradnik-wersja-2.yaml` → `poradnik-wersja-2`); null for any other file. */
export function recordFileStem(name: string): string | null {
  return RECORD_FILE.exec(name)?.[1] ?? null;
}

/** Where a type's files are, as editors see it: `content/projects/` or `content/glossary.yaml`. */
export function contentLocation(type: ContentTypeName): string {
  const { storage, location } = contentTypes[type];
  return storage === 'list' ? `${CONTENT_ROOT}/${location}` : `${CONTENT_ROOT}/${location}/`;
}

/** Rule inputs from a few files written in the test: each page's text read as the pipeline reads it. */
import { readPageFile } from '../../lib/content-file.ts';
import type { ContentTypeName } from '../../collections/table.ts';
import type { ParsedEntry, RuleInput } from '../types.ts';
import { readingLevelOf } from '../../collections/reading-level.ts';

export interface TestPage {
  type: ContentTypeName;
  id: string;
  /** Path from the project root; `content/<type folder>/<id>.md` when left out. */
  file?: string;
  /** The schema's output; a page whose data is `undefined` failed its schema. */
  data?: unknown;
  /** The page's text after the frontmatter. */
  body?: string;
  entry?: string;
}

/** A frontmatter of `lines` lines, so a body's first line is line `lines + 1` of its file. */
export function withFrontmatter(body: string, lines = 3): string {
  return ['---', ...Array.from({ length: lines - 2 }, (_, index) => `pole${index}: 1`), '---', body].join('\n');
}

export function ruleInput(pages: readonly TestPage[], options: Partial<Omit<RuleInput, 'entries' | 'files'>> = {}): RuleInput {
  const entries: ParsedEntry[] = pages.map((page) => {
    const file = page.file ?? `content/${page.type}/${page.id}.md`;
    const facts =
      page.body === undefined ? undefined : readPageFile(file, withFrontmatter(page.body), { prose: readingLevelOf(page.type) !== undefined }).facts;
    return {
      type: page.type,
      id: page.id,
      file,
      ...(page.entry ? { entry: page.entry } : {}),
      ...('data' in page ? { data: page.data } : { data: {} }),
      ...(facts ? { body: facts } : {}),
    };
  });
  return {
    files: entries.map((entry) => ({ type: entry.type, file: entry.file })),
    entries,
    includeDrafts: false,
    archive: new Set(),
    unreadable: new Set(),
    ...options,
  };
}

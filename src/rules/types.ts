/**
 * What the content rules see: every file the loaders found and every entry parsed by its schema,
 * with the facts of its text. A rule is a small pure function from these to problems.
 */
import type { ContentTypeName } from '../collections/table.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { BodyFacts } from '../lib/markdown/body-facts.ts';

/** One file under `content/` a loader found, readable or not. */
export interface ContentFile {
  type: ContentTypeName;
  /** Path from the project root: `content/projects/liderzy-kooperacji.mdx`. */
  file: string;
}

/** One entry: its schema output, or a failure (reported where it happened) that other entries' checks must not repeat. */
export interface ParsedEntry {
  type: ContentTypeName;
  /** The entry's id in its collection: the file name, `<document>/<version>` for a guide's version, `id` in a list. */
  id: string;
  file: string;
  /** For entries of a list file: the entry's id or position. */
  entry?: string;
  /** The schema's output; undefined when the entry could not be read or failed its schema. */
  data?: unknown;
  /** For an entry that failed its schema: the fields as written, so rules can tell what depended on it. */
  raw?: unknown;
  /** The facts of a page file's text. */
  body?: BodyFacts;
}

export interface RuleInput {
  files: readonly ContentFile[];
  entries: readonly ParsedEntry[];
  /** A preview build (`KB_DRAFTS=1`) publishes drafts, so published entries may refer to them. */
  includeDrafts: boolean;
  /** Files that could not be read at all (a list file with a syntax error): none of their entries is known. */
  unreadable: ReadonlySet<string>;
  /** File names in `content/archive/`, the copies of the source documents. */
  archive: ReadonlySet<string>;
}

/**
 * A problem found because another entry is broken (a course naming the steps of a model whose
 * workflow failed its schema): counted under that entry's file, not listed one by one.
 */
export interface KnockOn {
  /** Where the entry whose own problem causes this one is: its file (and entry of a list file). */
  cause: string;
  /** The file the knock-on would be reported in. */
  file: string;
}

export interface RuleResult {
  problems: ContentProblem[];
  knockOns?: KnockOn[];
}

export interface Rule {
  /** A short English name, for tests and the architecture notes. */
  name: string;
  check(input: RuleInput): RuleResult;
}

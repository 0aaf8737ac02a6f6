/**
 * One parse of a page file's text into an mdast tree, by Sätteri, the parser the build renders
 * with, so the content rules see the text exactly as the build does (code fences, HTML, JSX).
 * The whole file is parsed, frontmatter included, so every node's line is the line of the file.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { CONTENT_FEATURES } from './features.ts';

export interface MdastNode {
  type: string;
  children?: MdastNode[];
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: { hProperties?: Record<string, unknown> };
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

/** A syntax error the parser found, with the line of the file. */
export interface SyntaxProblem {
  line: number;
  message: string;
}

/** `1:6: Expected a closing tag for `<Cite>` (1:6) before …` → line 1 and the parser's words. */
function syntaxProblem(error: unknown): SyntaxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
  return match ? { line: Number(match[1]), message: match[3]!.trim() } : { line: 1, message: text };
}

/** The tree of a `.md` or `.mdx` file, or the syntax error that stops an MDX parse. */
export function parsePageText(text: string, format: 'md' | 'mdx'): { tree: MdastNode } | { error: SyntaxProblem } {
  try {
    const options = { features: CONTENT_FEATURES };
    return { tree: (format === 'mdx' ? mdxToMdast(text, options) : markdownToMdast(text, options)) as unknown as MdastNode };
  } catch (error) {
    return { error: syntaxProblem(error) };
  }
}

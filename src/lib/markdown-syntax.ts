/**
 * What only MDX understands, found in a plain Markdown (`.md`) file: there a component such as
 * `<Cite source="…" />` or an `import` line would not run but be printed, or dropped as unknown
 * HTML, and the page would quietly lose a citation or a table. The editor learns it before the
 * build, with the line, and renames the file to `.mdx`.
 */

export interface MdxOnlySyntax {
  /** Line number in the file. */
  line: number;
  /** What was found, as the editor wrote it (shortened). */
  found: string;
}

const FENCE = /^ {0,3}(```|~~~)/;
/** A JSX component: a tag whose name starts with a capital (HTML tags are lower case). */
const COMPONENT_TAG = /<\/?[A-Z][\w.]*(?=[\s/>])[^>]*>?/;
const MODULE_LINE = /^(?:import|export)\s/;

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

/** MDX-only constructs in a Markdown body, outside code blocks and inline code. */
export function findMdxOnlySyntax(body: string, firstLine: number): MdxOnlySyntax[] {
  const found: MdxOnlySyntax[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    const opening = FENCE.exec(text)?.[1];
    if (fence) {
      if (opening === fence) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    if (MODULE_LINE.test(text)) {
      found.push({ line, found: shorten(text) });
      return;
    }
    const withoutCode = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const component = COMPONENT_TAG.exec(withoutCode);
    if (component) found.push({ line, found: shorten(component[0]) });
  });
  return found;
}

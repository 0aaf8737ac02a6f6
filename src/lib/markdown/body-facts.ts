/**
 * What the content rules need to know of a page's text, read off its one mdast tree: headings and
 * the ids pinned on them, links, citations, markup that does not belong in a page, and the blocks
 * a guidance document is numbered by. Lines are lines of the file.
 */
import type { MdastNode } from './parse.ts';

export interface HeadingFact {
  depth: number;
  /** The heading's text, as the page's id for it is made from. */
  text: string;
  line: number;
  /** The id pinned with `{ #id }`, as written (checked by the rules). */
  pinned?: string;
  /** The attribute block as written, when it holds anything but one id: `{.klasa}`, `{ #a b }`. */
  strayAttributes?: string;
}

export interface LinkFact {
  url: string;
  line: number;
}

export interface CitationFact {
  source: string;
  line: number;
}

export interface FoundFact {
  /** What was found, as the editor wrote it (shortened). */
  found: string;
  line: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'blockquote' | 'table' | 'code' | 'html' | 'component' | 'other';

export interface BlockFact {
  kind: BlockKind;
  line: number;
  /** A heading's level. */
  depth?: number;
}

/** A block of the page's prose as a reader reads it: one line of text, with the line of the file it starts on. */
export interface ProseFact {
  text: string;
  line: number;
}

export interface BodyFacts {
  headings: HeadingFact[];
  links: LinkFact[];
  citations: CitationFact[];
  /** In a `.md` file: components and `import`/`export` lines, which only MDX runs. */
  mdxOnly: FoundFact[];
  /** Scripts, frames, event handlers and `javascript:` addresses, which no page may publish. */
  unsafe: FoundFact[];
  /** The top-level blocks after the frontmatter, in order. */
  blocks: BlockFact[];
  /** Headings, paragraphs and list items as plain text, for the readability rule; only when asked for (it copies the whole text). */
  prose?: ProseFact[];
}

const MAX_FOUND = 60;

function shorten(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length > MAX_FOUND ? `${trimmed.slice(0, MAX_FOUND - 1)}…` : trimmed;
}

function lineOf(node: MdastNode): number {
  return node.position?.start.line ?? 1;
}

/** The text of a node as the page's heading id is made from it: text and inline code, in order. */
export function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const UNSAFE_TAG = /<\s*(script|iframe|object|embed|frame|frameset)\b/i;
const EVENT_HANDLER = /<[a-z][^>]*\s(on[a-z]+)\s*=/i;
const JAVASCRIPT_IN_ATTRIBUTE = /\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i;
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
const COMPONENT_TAG = /<\/?[A-Z][\w.]*(?=[\s/>])[^>]*>?/;
const MODULE_LINE = /^(?:import|export)\s/;

function isJavascriptUrl(url: string): boolean {
  return /^\s*(?:javascript|vbscript):/i.test(url) || /^\s*data:\s*text\/html/i.test(url);
}

/** Why raw HTML must not be published, or undefined when it may. */
function unsafeHtml(html: string): string | undefined {
  const tag = UNSAFE_TAG.exec(html);
  if (tag) return tag[0];
  const handler = EVENT_HANDLER.exec(html);
  if (handler) return `${handler[1]}=`;
  const javascript = JAVASCRIPT_IN_ATTRIBUTE.exec(html);
  if (javascript) return javascript[0];
  return undefined;
}

function blockKind(node: MdastNode): BlockKind {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'blockquote':
    case 'table':
    case 'code':
    case 'html':
      return node.type;
    case 'mdxJsxFlowElement':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      return 'component';
    default:
      return 'other';
  }
}

function headingFact(node: MdastNode, lines: readonly string[]): HeadingFact {
  const line = lineOf(node);
  const fact: HeadingFact = { depth: node.depth ?? 1, text: textOf(node).trim(), line };
  const properties = node.data?.hProperties;
  if (!properties) return fact;
  const keys = Object.keys(properties);
  const id = properties.id;
  if (keys.length === 1 && typeof id === 'string' && id !== '') return { ...fact, pinned: id };
  const written = /\{[^{}]*\}\s*$/.exec(lines[line - 1] ?? '')?.[0]?.trim();
  return { ...fact, strayAttributes: written ?? `{${keys.join(' ')}}` };
}

const PROSE_BLOCKS = new Set(['heading', 'paragraph']);

/** Headings, paragraphs and list items as plain one-line texts, in order (a list item's paragraphs are one text). */
function proseOf(tree: MdastNode): ProseFact[] {
  const prose: ProseFact[] = [];
  const visit = (node: MdastNode): void => {
    if (PROSE_BLOCKS.has(node.type) || node.type === 'listItem') {
      const own = (node.type === 'listItem' ? (node.children ?? []).filter((child) => child.type === 'paragraph') : [node]).map(textOf).join(' ');
      const line = own.replace(/\s+/g, ' ').trim();
      if (line !== '') prose.push({ text: line, line: lineOf(node) });
      if (node.type !== 'listItem') return;
    }
    (node.children ?? []).forEach(visit);
  };
  (tree.children ?? []).forEach(visit);
  return prose;
}

/**
 * The facts of a page file's tree. `format` says how the file is read: in `.md` a component is
 * raw HTML the page would print or drop, which the rules report; in `.mdx` it runs.
 */
export function bodyFacts(tree: MdastNode, text: string, format: 'md' | 'mdx', options: { prose?: boolean } = {}): BodyFacts {
  const lines = text.split(/\r?\n/);
  const facts: BodyFacts = { headings: [], links: [], citations: [], mdxOnly: [], unsafe: [], blocks: [], ...(options.prose ? { prose: proseOf(tree) } : {}) };
  for (const block of tree.children ?? []) {
    if (block.type === 'yaml' || block.type === 'toml') continue;
    facts.blocks.push({ kind: blockKind(block), line: lineOf(block), ...(block.type === 'heading' ? { depth: block.depth ?? 1 } : {}) });
  }
  const visit = (node: MdastNode, atLineStart: boolean): void => {
    const line = lineOf(node);
    switch (node.type) {
      case 'heading':
        facts.headings.push(headingFact(node, lines));
        break;
      case 'link':
      case 'definition':
      case 'image':
        if (node.url !== undefined) {
          if (isJavascriptUrl(node.url)) facts.unsafe.push({ found: shorten(node.url), line });
          else if (node.type !== 'image') facts.links.push({ url: node.url, line });
        }
        break;
      case 'html': {
        const value = node.value ?? '';
        const unsafe = unsafeHtml(value);
        if (unsafe) facts.unsafe.push({ found: shorten(unsafe), line });
        const href = /<a\s[^>]*\bhref\s*=\s*["']([^"']*)["']/i.exec(value)?.[1];
        if (href !== undefined && !isJavascriptUrl(href)) facts.links.push({ url: href, line });
        if (format === 'md') {
          const component = COMPONENT_TAG.exec(value);
          if (component) facts.mdxOnly.push({ found: shorten(component[0]), line });
        }
        break;
      }
      case 'text':
        if (format === 'md') {
          // A line of the paragraph that starts with `import`/`export`: a module line only MDX would run.
          (node.value ?? '').split('\n').forEach((part, index) => {
            if ((index > 0 || atLineStart) && MODULE_LINE.test(part)) facts.mdxOnly.push({ found: shorten(part), line: line + index });
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (UNSAFE_ELEMENTS.has(name.toLowerCase())) facts.unsafe.push({ found: `<${name}>`, line });
        for (const attribute of node.attributes ?? []) {
          const value = typeof attribute.value === 'string' ? attribute.value : undefined;
          if (attribute.name && /^on[a-z]/i.test(attribute.name)) facts.unsafe.push({ found: `${attribute.name}=`, line });
          else if (value !== undefined && isJavascriptUrl(value)) facts.unsafe.push({ found: shorten(value), line });
          else if (name === 'a' && attribute.name === 'href' && value !== undefined) facts.links.push({ url: value, line });
        }
        if (name === 'Cite') {
          const source = node.attributes?.find((attribute) => attribute.name === 'source')?.value;
          facts.citations.push({ source: typeof source === 'string' ? source : '', line });
        }
        break;
      }
    }
    (node.children ?? []).forEach((child, index) => visit(child, node.type === 'paragraph' ? index === 0 : atLineStart && index === 0));
  };
  for (const block of tree.children ?? []) visit(block, true);
  return facts;
}

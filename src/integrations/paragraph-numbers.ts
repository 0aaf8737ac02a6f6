/**
 * A Sätteri hast plugin that numbers the text of guidance documents for citation: each top-level
 * `h2` becomes "§ N. …", each top-level block under it is wrapped as unit "ust. M" with the anchor
 * `p-N-M` and a link to itself. The numbered structure (ids, labels, plain text) is handed to the
 * page as `remarkPluginFrontmatter.structure`, so the remark form, the CSV template and the version
 * comparison all read exactly the numbers and text the page shows. Runs after `asciiHeadingIds`,
 * whose readable heading ids it keeps.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ParagraphNumberer, sectionLabel } from '../lib/consultation/paragraphs.ts';
import { CONTENT_ROOT } from '../collections/files.ts';
import { contentTypes } from '../collections/table.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}

interface VisitContext {
  readonly data: Record<string, unknown>;
  textContent(node: HastNode): string;
  parent(node: HastNode): HastNode | undefined;
  prependChild(node: HastNode, child: unknown): void;
  replaceNode(node: HastNode, replacement: unknown): void;
}

interface FactoryContext {
  readonly fileURL: URL | undefined;
}

/** Blocks that can stand as a unit of text; anything else at the top level stops the build. */
const UNIT_TAGS = ['p', 'ul', 'ol'];
const GUIDES_FOLDER = `${path.sep}${CONTENT_ROOT}${path.sep}${contentTypes.guides.location}${path.sep}`;

export function isGuideFile(fileURL: URL | undefined): boolean {
  return fileURL !== undefined && fileURLToPath(fileURL).includes(GUIDES_FOLDER);
}

function text(value: string) {
  return { type: 'text', value };
}

export function guideParagraphNumbers() {
  return (factory: FactoryContext) => {
    if (!isGuideFile(factory.fileURL)) return null;
    const file = fileURLToPath(factory.fileURL!);
    const numberer = new ParagraphNumberer();
    return {
      name: 'kb-guide-paragraph-numbers',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'pre', 'hr', 'div', ...UNIT_TAGS],
        visit(node: HastNode, ctx: VisitContext) {
          if (ctx.parent(node)?.type !== 'root') return;
          const tag = node.tagName ?? '';
          if (tag === 'h2') {
            const id = typeof node.properties?.id === 'string' ? node.properties.id : '';
            const section = numberer.startSection(ctx.textContent(node), id).number;
            ctx.prependChild(node, text(`${sectionLabel(section)}. `));
            return;
          }
          if (!UNIT_TAGS.includes(tag)) {
            throw new Error(`${file}: element <${tag}> nie może stać w dokumencie do konsultacji; dozwolone są nagłówki „## …”, akapity i listy`);
          }
          let paragraph;
          try {
            paragraph = numberer.nextParagraph(ctx.textContent(node));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
          ctx.replaceNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { id: paragraph.id, className: ['unit'], dataUnit: paragraph.label },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: `#${paragraph.id}`, className: ['unit__number'], ariaLabel: `${paragraph.label} — odnośnik do tego ustępu` },
                children: [text(`ust. ${paragraph.unit}`)],
              },
              node,
            ],
          });
        },
      },
      after(_root: HastNode, ctx: VisitContext) {
        const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro) astro.frontmatter = { ...astro.frontmatter, structure: numberer.structure };
      },
    };
  };
}

/**
 * A Sätteri hast plugin giving every top-level paragraph and list of an entry's text a stable id
 * (`cele-projektu-akapit-2`, see src/lib/paragraph-ids.ts) and a "¶" copy-link control in the
 * margin: `div.anchored-block > [block#id, a.anchor-link]`. Runs after `asciiHeadingIds`, whose
 * ids name the sections. Guidance documents are left to `guideParagraphNumbers`, which numbers
 * their units for citation (`p-2-3`).
 */
import { paragraphTarget } from '../lib/copy-link.ts';
import { RESERVED_SECTION_IDS } from '../collections/names.ts';
import { ParagraphIds } from '../lib/paragraph-ids.ts';
import { SlugRegistry } from '../lib/slug.ts';
import { copyLinkElement, HEADING_TAGS, type HastElement, type HastNode } from './hast.ts';
import { isGuideFile } from './paragraph-numbers.ts';

interface VisitContext {
  textContent(node: HastNode): string;
  parent(node: HastNode): HastNode | undefined;
  setProperty(node: HastNode, name: string, value: unknown): void;
  wrapNode(node: HastNode, wrapper: HastElement): void;
}

interface FactoryContext {
  readonly fileURL: URL | undefined;
}

const BLOCK_TAGS = ['p', 'ul', 'ol'];

export function paragraphAnchors() {
  return (factory: FactoryContext) => {
    if (isGuideFile(factory.fileURL)) return null;
    // Every id already on the page is taken before the first paragraph is numbered: a first pass
    // over the elements alone, as a walk over the whole tree would bring every node of every
    // entry across from Sätteri's Rust side.
    const registry = new SlugRegistry(RESERVED_SECTION_IDS);
    const numbering = new ParagraphIds(registry);
    const takenIds = {
      name: 'kb-paragraph-anchors-taken-ids',
      element: {
        filter: [],
        visit(node: HastElement) {
          const id = node.properties?.id;
          if (typeof id === 'string' && id !== '') registry.claim(id);
        },
      },
    };
    const anchors = {
      name: 'kb-paragraph-anchors',
      element: {
        filter: [...HEADING_TAGS, ...BLOCK_TAGS],
        visit(node: HastElement, ctx: VisitContext) {
          if (ctx.parent(node)?.type !== 'root') return;
          if (HEADING_TAGS.includes(node.tagName)) {
            const id = node.properties?.id;
            if (typeof id === 'string') numbering.startSection(id, ctx.textContent(node));
            return;
          }
          const block = numbering.next();
          ctx.setProperty(node, 'id', block.id);
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { class: 'anchored-block' },
            children: [copyLinkElement(block.id, paragraphTarget(block.number, block.sectionTitle), 'paragraph')],
          });
        },
      },
    };
    return [takenIds, anchors];
  };
}

/**
 * A Sätteri hast plugin putting a "Kopiuj link" control beside every h2–h4 of page content:
 * `div.heading-wrapper > [heading, a.anchor-link]`, the same markup as
 * src/components/SectionHeading.astro. The control sits outside the heading, so the heading's text
 * (contents list, search, its accessible name) stays the heading alone. Runs last of the content
 * plugins: the ids are final and the guide plugin has numbered its sections ("§ 2. …").
 */
import { sectionTarget } from '../lib/copy-link.ts';
import { copyLinkElement, type HastElement, type HastNode } from './hast.ts';

interface VisitContext {
  textContent(node: HastNode): string;
  wrapNode(node: HastNode, wrapper: HastElement): void;
}

const LINKED_HEADINGS = ['h2', 'h3', 'h4'];

export function headingCopyLinks() {
  return () => ({
    name: 'kb-heading-copy-links',
    element: {
      filter: LINKED_HEADINGS,
      visit(node: HastElement, ctx: VisitContext) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || id === '') return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { class: `heading-wrapper heading-wrapper--${node.tagName}` },
          children: [copyLinkElement(id, sectionTarget(ctx.textContent(node)), 'heading')],
        });
      },
    },
  });
}

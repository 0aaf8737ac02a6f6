/**
 * A Sätteri hast plugin giving every heading in page content an ASCII id ("Źródła finansowania" →
 * `zrodla-finansowania`) instead of the default Unicode slug, so anchors read well in addresses and
 * survive copying into slides. A heading with an explicit id keeps it. Runs before Astro's own
 * heading-id plugin, which then records these ids for the contents list.
 */
import { SlugRegistry } from '../lib/slug.ts';
import { LAYOUT_SECTION_IDS } from '../lib/page-sections.ts';

interface HastElement {
  tagName: string;
  properties?: Record<string, unknown>;
}

interface VisitContext {
  textContent(node: HastElement): string;
  setProperty(node: HastElement, name: string, value: unknown): void;
}

export function asciiHeadingIds() {
  return () => {
    const registry = new SlugRegistry(LAYOUT_SECTION_IDS);
    return {
      name: 'kb-ascii-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: HastElement, ctx: VisitContext) {
          const existing = node.properties?.id;
          if (typeof existing === 'string' && registry.claim(existing)) return;
          ctx.setProperty(node, 'id', registry.slug(ctx.textContent(node)));
        },
      },
    };
  };
}

/**
 * A Sätteri hast plugin giving every heading in page content an ASCII id ("Źródła finansowania" →
 * `zrodla-finansowania`) instead of the default Unicode slug, so anchors read well in addresses and
 * survive copying into slides. An id the editor pinned (`## Źródła finansowania { #finansowanie }`,
 * read by the `headingAttributes` feature) is kept, and claimed before any heading is slugged, so
 * an earlier heading whose slug happens to be the same gives way to the pin (`cele-2`), not the
 * other way round. Runs before Astro's own heading-id plugin, which then records these ids for
 * the contents list. The pins are validated before the build (src/lib/pinned-ids.ts).
 */
import { SlugRegistry } from '../lib/slug.ts';
import { RESERVED_SECTION_IDS } from '../collections/names.ts';
import { HEADING_TAGS, type HastElement } from './hast.ts';

interface VisitContext {
  textContent(node: HastElement): string;
  setProperty(node: HastElement, name: string, value: unknown): void;
}

function pinnedId(node: HastElement): string | undefined {
  const id = node.properties?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function asciiHeadingIds() {
  return () => {
    const registry = new SlugRegistry(RESERVED_SECTION_IDS);
    /** Pinned ids claimed up front; each is kept by the first heading that carries it. */
    const pins = new Set<string>();
    // Two passes over the headings alone, the first claiming the pins: a walk over the whole tree
    // (a `before` hook) would bring every node of every entry across from Sätteri's Rust side.
    return [
      {
        name: 'kb-ascii-heading-ids-pins',
        element: {
          filter: HEADING_TAGS,
          visit(node: HastElement) {
            const id = pinnedId(node);
            if (id !== undefined && registry.claim(id)) pins.add(id);
          },
        },
      },
      {
        name: 'kb-ascii-heading-ids',
        element: {
          filter: HEADING_TAGS,
          visit(node: HastElement, ctx: VisitContext) {
            const id = pinnedId(node);
            if (id !== undefined && pins.delete(id)) return;
            ctx.setProperty(node, 'id', registry.slug(ctx.textContent(node)));
          },
        },
      },
    ];
  };
}

/**
 * Addresses for the paragraphs and lists of an entry's text, so a trainer can link one paragraph:
 * each block is numbered within the section it stands in and named after that section's heading,
 * `cele-projektu-akapit-2`. Blocks before the first heading count under `wstep`. An id stays put
 * while its section keeps its heading id (pin it to survive a rewording) and the blocks above it
 * in the section stay as they are. Guidance documents number their text differently (`p-2-3`,
 * see consultation/paragraphs.ts).
 */
import type { SlugRegistry } from './slug.ts';

/** The section name of the blocks before the first heading. */
export const INTRO_SECTION_ID = 'wstep';

const INFIX = 'akapit';

/** Ids of this shape belong to paragraphs; an editor may not pin one on a heading. */
export const PARAGRAPH_ANCHOR = new RegExp(`-${INFIX}-\\d+$`);

export function paragraphAnchorId(sectionId: string, number: number): string {
  return `${sectionId}-${INFIX}-${number}`;
}

export interface AnchoredBlock {
  id: string;
  /** Position within the section, from 1. */
  number: number;
  /** Text of the section's heading; undefined before the first heading. */
  sectionTitle: string | undefined;
}

/**
 * Numbers blocks in document order. The registry must already hold every id on the page (headings,
 * the layout's sections), so a paragraph id never takes one of them; in the unlikely case the
 * wanted id is taken, it gets the registry's "-2" suffix instead.
 */
export class ParagraphIds {
  readonly #registry: SlugRegistry;
  #sectionId = INTRO_SECTION_ID;
  #sectionTitle: string | undefined;
  #count = 0;

  constructor(registry: SlugRegistry) {
    this.#registry = registry;
  }

  /** A heading opens a new section: the blocks after it count from 1 again. */
  startSection(headingId: string, title: string): void {
    this.#sectionId = headingId;
    this.#sectionTitle = title;
    this.#count = 0;
  }

  next(): AnchoredBlock {
    this.#count += 1;
    const wanted = paragraphAnchorId(this.#sectionId, this.#count);
    const id = this.#registry.claim(wanted) ? wanted : this.#registry.slug(wanted);
    return { id, number: this.#count, sectionTitle: this.#sectionTitle };
  }
}

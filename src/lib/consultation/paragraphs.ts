/**
 * Citable numbering of a guidance document: each `##` section is a paragraph („§ 2”), each block
 * of text in it a unit („ust. 3”), in the style of Polish legal drafts. Readers cite "§ 2 ust. 3"
 * and link `#p-2-3`; remarks are tied to the same pair. The numbers belong to one version: a
 * later version may renumber, and the comparison page says which unit became which.
 */

/** One numbered unit of text: a paragraph, a list or a quotation under a section heading. */
export interface NumberedParagraph {
  /** Anchor id, e.g. `p-2-3`. */
  id: string;
  /** Section number (§). */
  section: number;
  /** Unit number within the section (ust.). */
  unit: number;
  /** Citation as a reader writes it, e.g. "§ 2 ust. 3". */
  label: string;
  /** The unit's text without markup; list items on separate lines. */
  text: string;
}

/** One section (§) of a guidance document. */
export interface NumberedSection {
  number: number;
  /** Heading text without the "§ 2." prefix. */
  title: string;
  /** Anchor id of the section heading (its readable slug). */
  id: string;
}

/** The numbered structure of one version, as the page shows it. */
export interface DocumentStructure {
  sections: NumberedSection[];
  paragraphs: NumberedParagraph[];
}

export function paragraphId(section: number, unit: number): string {
  return `p-${section}-${unit}`;
}

export function paragraphLabel(section: number, unit: number): string {
  return `§ ${section} ust. ${unit}`;
}

export function sectionLabel(section: number): string {
  return `§ ${section}`;
}

const PARAGRAPH_ID = /^p-([1-9]\d*)-([1-9]\d*)$/;

/** Reads `p-2-3` back into its numbers; null for anything else. */
export function parseParagraphId(id: string): { section: number; unit: number } | null {
  const match = PARAGRAPH_ID.exec(id);
  if (!match) return null;
  return { section: Number(match[1]), unit: Number(match[2]) };
}

/** Collapses runs of spaces and tabs but keeps line breaks, which separate list items. */
export function normaliseParagraphText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Hands out numbers while walking a document's top-level blocks in order. A unit before the
 * first section heading has no number to take, so it is an error the caller reports.
 */
export class ParagraphNumberer {
  private section = 0;
  private unit = 0;
  readonly structure: DocumentStructure = { sections: [], paragraphs: [] };

  startSection(title: string, id: string): NumberedSection {
    this.section += 1;
    this.unit = 0;
    const section = { number: this.section, title: title.trim(), id };
    this.structure.sections.push(section);
    return section;
  }

  /** Numbers the next unit of the current section; throws when no section has started. */
  nextParagraph(text: string): NumberedParagraph {
    if (this.section === 0) {
      throw new Error(
        'tekst przed pierwszym nagłówkiem „## …”: każdy ustęp musi należeć do paragrafu (§), więc dokument zaczyna się od nagłówka drugiego stopnia',
      );
    }
    this.unit += 1;
    const paragraph = {
      id: paragraphId(this.section, this.unit),
      section: this.section,
      unit: this.unit,
      label: paragraphLabel(this.section, this.unit),
      text: normaliseParagraphText(text),
    };
    this.structure.paragraphs.push(paragraph);
    return paragraph;
  }
}

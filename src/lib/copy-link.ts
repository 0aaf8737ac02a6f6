/**
 * The "Kopiuj link" controls beside headings, paragraphs and charts, which trainers use to paste
 * the address of an exact section into slides and handouts. Without JavaScript a control is a
 * plain link to its anchor; with it, src/browser/copy-link.ts copies the address and announces it.
 * The words come from the interface dictionary in the page's language (Polish unless told), so the
 * server markup, the MDX plugins and the script say the same thing.
 */
import { interfaceText, type Language } from './i18n/interface-text.ts';

const words = (language: Language) => interfaceText(language).copyLink;

/** Collapses whitespace, so a heading broken over lines in the source reads as one line. */
const oneLine = (title: string) => title.replace(/\s+/g, ' ').trim();

/** The visible label of the control beside a heading or a chart. */
export function copyLinkLabel(language: Language = 'pl'): string {
  return words(language).label;
}

/** What a control points at, worded to follow "link": `do sekcji „Cele”`. */
export function sectionTarget(title: string, language: Language = 'pl'): string {
  return words(language).section(oneLine(title));
}

/** A paragraph or list, counted within its section; before the first heading, from the start of the text. */
export function paragraphTarget(number: number, sectionTitle: string | undefined, language: Language = 'pl'): string {
  return words(language).paragraph(number, sectionTitle === undefined ? undefined : oneLine(sectionTitle));
}

export function chartTarget(title: string, language: Language = 'pl'): string {
  return words(language).chart(oneLine(title));
}

/** The accessible name: starts with the visible label, so speech users can say what they see. */
export function copyLinkName(target: string, language: Language = 'pl'): string {
  return `${copyLinkLabel(language)} ${target}`;
}

export function copiedMessage(target: string, language: Language = 'pl'): string {
  return words(language).copied(target);
}

/** When the browser refuses the clipboard, the address is still in the address bar. */
export function copyFailedMessage(target: string, language: Language = 'pl'): string {
  return words(language).failed(target);
}

/** How the control looks: a text link beside a heading or chart title, or "¶" in the margin of a paragraph. */
export type CopyLinkLook = 'heading' | 'paragraph';

/**
 * Attributes of the control's `<a>`, shared by the Astro component and the MDX plugins. The class
 * and `data-copy-link` also let the print stylesheet hide every control; `data-pagefind-ignore`
 * keeps the words out of search excerpts.
 */
export function copyLinkAttributes(id: string, target: string, look: CopyLinkLook, language: Language = 'pl'): Record<string, string> {
  return {
    class: `anchor-link anchor-link--${look}`,
    href: `#${id}`,
    'aria-label': copyLinkName(target, language),
    'data-copy-link': target,
    'data-pagefind-ignore': '',
  };
}

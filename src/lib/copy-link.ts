/**
 * The "Kopiuj link" controls beside headings, paragraphs and charts, which trainers use to paste
 * the address of an exact section into slides and handouts. Without JavaScript a control is a
 * plain link to its anchor; with it, src/browser/copy-link.ts copies the address and announces it.
 * The words live here so the server markup, the MDX plugins and the script say the same thing.
 */

/** The visible label of the control beside a heading or a chart. */
export const COPY_LINK_LABEL = 'Kopiuj link';

/** Collapses whitespace, so a heading broken over lines in the source reads as one line. */
function quoted(title: string): string {
  return `„${title.replace(/\s+/g, ' ').trim()}”`;
}

/** What a control points at, worded to follow "link": `do sekcji „Cele”`. */
export function sectionTarget(title: string): string {
  return `do sekcji ${quoted(title)}`;
}

/** A paragraph or list, counted within its section; before the first heading, from the start of the text. */
export function paragraphTarget(number: number, sectionTitle: string | undefined): string {
  return sectionTitle === undefined ? `do akapitu ${number} na początku tekstu` : `do akapitu ${number} w sekcji ${quoted(sectionTitle)}`;
}

export function chartTarget(title: string): string {
  return `do wykresu ${quoted(title)}`;
}

/** The accessible name: starts with the visible label, so speech users can say what they see. */
export function copyLinkName(target: string): string {
  return `${COPY_LINK_LABEL} ${target}`;
}

export function copiedMessage(target: string): string {
  return `Skopiowano link ${target}.`;
}

/** When the browser refuses the clipboard, the address is still in the address bar. */
export function copyFailedMessage(target: string): string {
  return `Nie udało się skopiować linku ${target}. Adres jest teraz w pasku adresu przeglądarki: skopiuj go stamtąd.`;
}

/** How the control looks: a text link beside a heading or chart title, or "¶" in the margin of a paragraph. */
export type CopyLinkLook = 'heading' | 'paragraph';

/**
 * Attributes of the control's `<a>`, shared by the Astro component and the MDX plugins. The class
 * and `data-copy-link` also let the print stylesheet hide every control; `data-pagefind-ignore`
 * keeps the words out of search excerpts.
 */
export function copyLinkAttributes(id: string, target: string, look: CopyLinkLook): Record<string, string> {
  return {
    class: `anchor-link anchor-link--${look}`,
    href: `#${id}`,
    'aria-label': copyLinkName(target),
    'data-copy-link': target,
    'data-pagefind-ignore': '',
  };
}

/**
 * The code a reader pastes into their own page to embed a figure: an `<iframe>` of fixed height,
 * which works on its own, and optionally the site's resize script (`/osadz/wysokosc.js`), which
 * fits the iframe to the figure as it changes (src/lib/embeds/embed-resize.ts).
 */
import { escapeMarkup } from '../escape-markup.ts';
import type { EmbedKind } from './embed-address.ts';

/** The script another site may load to resize embeds; a fixed name, so pasted code keeps working. */
export const RESIZE_SCRIPT_PATH = '/osadz/wysokosc.js';

/**
 * Heights in CSS pixels that show each kind whole on a typical desktop page, without the script:
 * a chart with its title, description and source line; the map with its filter and legend; the
 * explorer with one step open. Taller content scrolls inside the frame.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedKind, number>> = { chart: 760, map: 980, workflow: 1200 };

/** Marks the iframes the resize script looks after. */
export const EMBED_ATTRIBUTE = 'data-osadz';

export interface EmbedCodeInput {
  /** The embed's full address, view included: `https://…/osadz/…/?projekt=…`. */
  address: string;
  /** The figure's title: the iframe's accessible name. */
  title: string;
  kind: EmbedKind;
}

/** The `<iframe>` element, on one line, every value escaped. */
export function iframeCode({ address, title, kind }: EmbedCodeInput): string {
  const attributes = [
    `src="${escapeMarkup(address)}"`,
    `title="${escapeMarkup(title)}"`,
    'width="100%"',
    `height="${EMBED_HEIGHTS[kind]}"`,
    'style="border: 0; max-width: 100%;"',
    'loading="lazy"',
    EMBED_ATTRIBUTE,
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** The `<script>` of the resize script, from the site's own origin (`https://modele.example.gov.pl`). */
export function resizeScriptCode(origin: string): string {
  return `<script src="${escapeMarkup(new URL(RESIZE_SCRIPT_PATH, origin).href)}" async></script>`;
}

/** What the "copy" button copies: the iframe, then the optional script on its own line. */
export function embedCode(input: EmbedCodeInput): string {
  return `${iframeCode(input)}\n${resizeScriptCode(new URL(input.address).origin)}`;
}

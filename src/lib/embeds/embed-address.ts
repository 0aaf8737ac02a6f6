/**
 * Addresses of embeds: the page another site puts in an `<iframe>` to show one figure of a page
 * (a chart, the territory map, a model's workflow). An embed's address is derived from the full
 * page's address and the figure's id, so each figure has exactly one, and the embed can link back:
 *
 *   /projekty/liderzy-kooperacji/ + wykres-budzet  ⇄  /osadz/projekty/liderzy-kooperacji/wykres-budzet/
 *
 * The view a reader chose (the map's project, the explorer's step and filters) travels in the
 * embed's query and fragment, the same way the full page keeps it.
 */
import { PROJECT_PARAM } from '../charts/territory-map-address.ts';
import { ACTOR_PARAM, SECTOR_PARAM } from '../workflow-filter-address.ts';

/** Every embed lives under this folder; only it may be framed by other sites (src/lib/security-headers.ts). */
export const EMBED_FOLDER = '/osadz/';

/** What kind of figure an embed shows: it decides which view travels in the address and the iframe's height. */
export type EmbedKind = 'chart' | 'map' | 'workflow';

interface ViewRule {
  /** Query parameters that hold the view. */
  params: readonly string[];
  /** Whether the fragment names part of the view (a step: `#krok-…`). */
  keepsStep: boolean;
}

const VIEW_RULES: Readonly<Record<EmbedKind, ViewRule>> = {
  chart: { params: [], keepsStep: false },
  map: { params: [PROJECT_PARAM], keepsStep: false },
  workflow: { params: [ACTOR_PARAM, SECTOR_PARAM], keepsStep: true },
};

/** The fragment of a step opened in the explorer (src/lib/workflow-explorer.ts, `stepAnchor`). */
const STEP_FRAGMENT = /^#krok-[\w-]+$/;

/** A figure id as it may appear in an address: the anchors the site writes (`wykres-budzet`, `przebieg`). */
const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The embed of figure `figureId` on the page at `pagePath` (a site path ending in `/`). */
export function embedPath(pagePath: string, figureId: string): string {
  if (!pagePath.startsWith('/') || !pagePath.endsWith('/')) throw new Error(`Adres strony do osadzenia musi zaczynać się i kończyć ukośnikiem: „${pagePath}”`);
  if (!FIGURE_ID.test(figureId)) throw new Error(`Identyfikator osadzanego elementu może mieć tylko małe litery, cyfry i łączniki: „${figureId}”`);
  if (pagePath.startsWith(EMBED_FOLDER)) throw new Error(`Strona osadzenia nie może mieć własnego osadzenia: „${pagePath}”`);
  return `${EMBED_FOLDER}${pagePath.slice(1)}${figureId}/`;
}

/** Whether a site path is an embed page, which other sites may frame. */
export function isEmbedPath(sitePath: string): boolean {
  return sitePath.startsWith(EMBED_FOLDER) && sitePath.length > EMBED_FOLDER.length;
}

/** The full page an embed comes from, at its figure: `/projekty/liderzy-kooperacji/#wykres-budzet`. */
export function fullPageAddress(embed: string): string {
  const match = /^\/osadz\/(.*\/)?([^/]+)\/$/.exec(embed);
  if (!match) throw new Error(`To nie jest adres osadzenia: „${embed}”`);
  return `/${match[1] ?? ''}#${match[2]}`;
}

/**
 * The embed's address with the view of the page it is offered on: only the query parameters of
 * the figure's kind (other parameters of the page stay behind), and the step for a workflow.
 */
export function embedAddress(embed: string, kind: EmbedKind, current: { search: string; hash: string }): string {
  const rule = VIEW_RULES[kind];
  const from = new URLSearchParams(current.search);
  const kept = new URLSearchParams();
  for (const name of rule.params) {
    const value = from.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  const fragment = rule.keepsStep && STEP_FRAGMENT.test(current.hash) ? current.hash : '';
  return `${embed}${query ? `?${query}` : ''}${fragment}`;
}

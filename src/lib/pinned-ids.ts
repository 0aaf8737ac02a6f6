/**
 * Heading ids an editor pins in the text, `## Źródła finansowania { #finansowanie }`, so a section
 * keeps its address when its heading is reworded: a pinned id must be a slug and not an address
 * the site already gives to something else (the rule in src/rules/pinned-ids.ts checks the page).
 */
import { parseParagraphId } from './consultation/paragraphs.ts';
import { PARAGRAPH_ANCHOR } from './paragraph-ids.ts';
import { isSlug, slugify } from './slug.ts';

/** Addresses other parts of a page hand out by pattern, each with what uses them. */
const RESERVED_PATTERNS: readonly { test: (id: string) => boolean; owner: string }[] = [
  { test: (id) => id.startsWith('krok-'), owner: 'identyfikatory zaczynające się od „krok-” to adresy kroków modelu' },
  { test: (id) => id.startsWith('wykres-'), owner: 'identyfikatory zaczynające się od „wykres-” to adresy wykresów' },
  { test: (id) => parseParagraphId(id) !== null, owner: 'identyfikatory w postaci „p-2-3” to adresy ustępów dokumentów do konsultacji' },
  { test: (id) => PARAGRAPH_ANCHOR.test(id), owner: 'identyfikatory kończące się na „-akapit-” i numer to adresy akapitów' },
];

/** Why a pinned id cannot be used on any page, or undefined when it can. */
export function pinnedIdProblem(id: string, reservedSections: ReadonlyMap<string, string>): string | undefined {
  if (!isSlug(id)) {
    const suggestion = slugify(id);
    return `identyfikator „${id}” może mieć tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki między nimi${suggestion ? `, np. „${suggestion}”` : ''}`;
  }
  const section = reservedSections.get(id);
  if (section) return `identyfikator „${id}” ma już sekcja „${section}”, którą strona dodaje sama; wybierz inny`;
  const reserved = RESERVED_PATTERNS.find((pattern) => pattern.test(id));
  if (reserved) return `${reserved.owner}; wybierz dla nagłówka inny identyfikator niż „${id}”`;
  return undefined;
}

/**
 * Heading ids an editor pins in the text, `## Źródła finansowania { #finansowanie }`, so a section
 * keeps its address when its heading is reworded. Checked before the build, with the line of the
 * file, because the Markdown pipeline that applies them knows nothing of lines: a pinned id must be
 * a slug, unique on the page and not an address the site already gives to something else.
 */
import { parseParagraphId } from './consultation/paragraphs.ts';
import { PARAGRAPH_ANCHOR } from './paragraph-ids.ts';
import { isSlug, slugify } from './slug.ts';

export interface PinnedIdProblem {
  /** Line number in the file. */
  line: number;
  message: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$/;
/** The attribute block Sätteri reads at the end of a heading; a `\{` escapes it. */
const ATTRIBUTES = /(?<!\\)\{([^{}]*)\}$/;
const PINNED = /^#(\S+)$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Addresses other parts of a page hand out by pattern, each with what uses them. */
const RESERVED_PATTERNS: readonly { test: (id: string) => boolean; owner: string }[] = [
  { test: (id) => id.startsWith('krok-'), owner: 'identyfikatory zaczynające się od „krok-” to adresy kroków modelu' },
  { test: (id) => id.startsWith('wykres-'), owner: 'identyfikatory zaczynające się od „wykres-” to adresy wykresów' },
  { test: (id) => parseParagraphId(id) !== null, owner: 'identyfikatory w postaci „p-2-3” to adresy ustępów dokumentów do konsultacji' },
  { test: (id) => PARAGRAPH_ANCHOR.test(id), owner: 'identyfikatory kończące się na „-akapit-” i numer to adresy akapitów' },
];

/** Why a pinned id cannot be used on any page, or undefined when it can. */
function idProblem(id: string, reservedSections: ReadonlyMap<string, string>): string | undefined {
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

/**
 * Problems with the heading attribute blocks of an MDX body. `firstLine` is the line of the file
 * the body starts on. Lines inside fenced code are not headings.
 */
export function checkPinnedIds(body: string, firstLine: number, reservedSections: ReadonlyMap<string, string>): PinnedIdProblem[] {
  const problems: PinnedIdProblem[] = [];
  const seen = new Map<string, number>();
  let inFence = false;
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const lineNumber = firstLine + index;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) return;
    const heading = HEADING.exec(line);
    const attributes = heading ? ATTRIBUTES.exec(heading[2] ?? '') : null;
    if (!attributes) return;
    const pinned = PINNED.exec((attributes[1] ?? '').trim());
    if (!pinned) {
      problems.push({
        line: lineNumber,
        message: `nawias klamrowy na końcu nagłówka to miejsce na stały identyfikator sekcji, zapisany jako { #identyfikator }, np. { #zrodla-finansowania }; znaleziono „${attributes[0]}”`,
      });
      return;
    }
    const id = pinned[1]!;
    const problem = idProblem(id, reservedSections);
    if (problem) {
      problems.push({ line: lineNumber, message: problem });
      return;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ line: lineNumber, message: `identyfikator „${id}” ma już nagłówek w wierszu ${earlier}; każda sekcja strony potrzebuje własnego` });
      return;
    }
    seen.set(id, lineNumber);
  });
  return problems;
}

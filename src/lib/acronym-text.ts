/**
 * Finding acronyms in plain text, shared by the build-time annotator (`abbreviations.ts`) and the
 * islands, which must render their own explanations: kept free of any HTML parser so it can ship
 * to the browser.
 */

/**
 * Whether a word is written as an acronym: at least two capitals and capitals for at least half
 * of its letters ("OPS", "MRiPS", "EaSI", "ROPS-u", "PO WER"), unlike a name ("Unia Europejska").
 */
export function isAcronym(text: string): boolean {
  const letters = [...text].filter((character) => /\p{L}/u.test(character));
  const capitals = letters.filter((character) => /\p{Lu}/u.test(character));
  return capitals.length >= 2 && capitals.length * 2 >= letters.length;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for all acronyms, longest first so "EFS+" wins over "EFS" and "PO WER" over "PO". */
export function acronymPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** A match counts only as a whole word: "OPS" in "GOPS" or "OPS-owi" stem checks use the neighbours. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? (text[start - 1] ?? '') : '';
  const after = text[end] ?? '';
  const lastOfMatch = text[end - 1] ?? '';
  // "EFS+" ends in a symbol, so the next character may be anything but another "+".
  const afterOk = LETTER_OR_DIGIT.test(lastOfMatch) ? !LETTER_OR_DIGIT.test(after) : after !== '+';
  return !LETTER_OR_DIGIT.test(before) && afterOk;
}

/** Text cut into plain runs and acronyms with their expansion, for components that render `<abbr>` themselves. */
export type TextSegment = string | { term: string; expansion: string };

export function splitAcronyms(text: string, abbreviations: readonly { term: string; expansion: string }[]): TextSegment[] {
  const pattern = acronymPattern(abbreviations.map((abbreviation) => abbreviation.term));
  if (!pattern) return [text];
  const byTerm = new Map(abbreviations.map((abbreviation) => [abbreviation.term, abbreviation.expansion]));
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const expansion = byTerm.get(match[0]);
    if (expansion === undefined || !isWholeWord(text, start, end)) continue;
    if (start > last) segments.push(text.slice(last, start));
    segments.push({ term: match[0], expansion });
    last = end;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** A glossary row as far as acronyms go. */
export interface GlossaryAcronymSource {
  id: string;
  data: { term: string; expansion?: string | undefined; aliases: readonly string[] };
}

/**
 * Every written form the glossary explains as an acronym: the term and its acronym-like aliases
 * ("IRWiR" for "IRWiR PAN"), each with the expansion and the glossary entry id.
 */
export function glossaryAcronymForms(entries: readonly GlossaryAcronymSource[]): { term: string; expansion: string; id: string }[] {
  return entries.flatMap(({ id, data }) => {
    const { expansion } = data;
    if (!expansion) return [];
    return [data.term, ...data.aliases.filter(isAcronym)].map((term) => ({ term, expansion, id }));
  });
}

/** The forms from `forms` that occur in `text` as whole words. */
export function acronymsUsedIn<T extends { term: string }>(text: string, forms: readonly T[]): T[] {
  return forms.filter((form) => splitAcronyms(text, [{ term: form.term, expansion: '' }]).some((segment) => typeof segment !== 'string'));
}

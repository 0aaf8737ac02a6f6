/**
 * Words a reader sees apart that the search index holds as one. Two words the page shows one after
 * the other, in separate boxes or with a space between, are run together when their joined form is
 * a word of the indexed text while the page never shows it so: no query finds the joined word, and
 * the excerpts show it glued ("Lata obowiązywania2021–2025").
 */

/**
 * Whitespace-separated words, without the quotes, brackets and punctuation around them. Not the
 * letter runs of src/lib/search-text.ts: those cut "1-, 2-dniowe" into "1", "2" and "dniowe", and
 * a page's index can hold "12" from a part the layout does not show (a closed table), which would
 * make glue out of a coincidence.
 */
function wordsBetweenSpaces(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[„“"'(«[]+|[”"'),.:;!?»\]]+$/g, ''))
    .filter((word) => word !== '');
}

/** Each pair of shown words run together in the index, as "first | second", once. */
export function wordsRunTogether(shownText: string, indexedText: string): string[] {
  const shown = wordsBetweenSpaces(shownText);
  const shownWords = new Set(shown);
  const indexedWords = new Set(wordsBetweenSpaces(indexedText));
  const pairs = new Set<string>();
  for (const [position, word] of shown.entries()) {
    const next = shown[position + 1];
    if (next === undefined) continue;
    const joined = word + next;
    if (indexedWords.has(joined) && !shownWords.has(joined)) pairs.add(`${word} | ${next}`);
  }
  return [...pairs];
}

/**
 * Two texts compared word by word: how alike they are (to tell an edited text from a replaced one)
 * and the diff the comparison page marks up with `<ins>` and `<del>`.
 */
import { diffWordsWithSpace } from 'diff';

/** A piece of a changed text: kept in both versions, only in the newer one, or only in the older one. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** How often each word (a run of letters and digits, lower-cased, composed) occurs in a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').toLocaleLowerCase('pl-PL').match(WORD) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/** The Dice coefficient of two word counts (see `wordSimilarity`). */
export function diceSimilarity(left: Map<string, number>, right: Map<string, number>): number {
  const size = total(left) + total(right);
  if (size === 0) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / size;
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their words (runs of letters and
 * digits, case ignored, punctuation dropped, a repeated word counted as often as it occurs), i.e.
 * twice the number of shared words divided by the number of words in both texts. Texts without any
 * word score 0, so two different runs of punctuation never pair.
 */
export function wordSimilarity(left: string, right: string): number {
  return diceSimilarity(wordCounts(left), wordCounts(right));
}

/** The word-by-word diff of two texts; the parts join back into each text exactly. */
export function wordParts(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind: WordPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') parts.push({ kind, text: change.value });
  }
  return parts;
}

/**
 * Where the alignment of two versions finds a run of removed items next to a run of added ones,
 * which of them are one text edited rather than one text replaced by another: the pairs become
 * `changed` items with a word diff, the rest stay `removed` and `added`.
 */
import { diceSimilarity } from './word-diff.ts';

/** A heading or unit as the pairing sees it: its type and the counts of its words. */
export interface PairableEntry {
  type: 'heading' | 'paragraph';
  words: Map<string, number>;
}

/**
 * Removed and added texts are paired into one changed item when `wordSimilarity` is at least this:
 * with the Dice measure, half of all the words of the two texts are shared.
 */
export const PAIRING_THRESHOLD = 0.5;

/**
 * Beyond this many removed × added items in one run, the runs are not paired at all (they stay
 * removed and added): the pairing costs time in proportion to the product, and a run that long is
 * a rewrite rather than an edit.
 */
const MAX_PAIRING_CELLS = 250_000;

/**
 * Pairs of (removed index, added index), in order, that give the highest total similarity while
 * keeping both runs in their order. Only items of one type at or above the threshold pair, with one
 * exception: a run that is exactly one heading replaced by one heading is a renamed section whatever
 * the new title, since the text around it is unchanged.
 */
export function pairRuns(removedRun: readonly PairableEntry[], addedRun: readonly PairableEntry[]): [number, number][] {
  const [onlyRemoved] = removedRun;
  const [onlyAdded] = addedRun;
  if (removedRun.length === 1 && addedRun.length === 1 && onlyRemoved?.type === 'heading' && onlyAdded?.type === 'heading') return [[0, 0]];
  const rows = removedRun.length;
  const columns = addedRun.length;
  if (rows === 0 || columns === 0 || rows * columns > MAX_PAIRING_CELLS) return [];

  // scores[i][j]: similarity of removed i and added j when they may pair, else 0.
  const scores = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < columns; j += 1) {
      const left = removedRun[i]!;
      const right = addedRun[j]!;
      const score = left.type === right.type ? diceSimilarity(left.words, right.words) : 0;
      scores[i * columns + j] = score >= PAIRING_THRESHOLD ? score : 0;
    }
  }
  // best[i][j]: the highest total for the first i removed and the first j added items.
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let i = 1; i <= rows; i += 1) {
    for (let j = 1; j <= columns; j += 1) {
      const score = scores[(i - 1) * columns + (j - 1)]!;
      const skip = Math.max(best[(i - 1) * width + j]!, best[i * width + (j - 1)]!);
      best[i * width + j] = score > 0 ? Math.max(skip, best[(i - 1) * width + (j - 1)]! + score) : skip;
    }
  }

  const pairs: [number, number][] = [];
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    const here = best[i * width + j]!;
    const score = scores[(i - 1) * columns + (j - 1)]!;
    if (score > 0 && here === best[(i - 1) * width + (j - 1)]! + score) {
      pairs.push([i - 1, j - 1]);
      i -= 1;
      j -= 1;
    } else if (here === best[(i - 1) * width + j]!) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
  return pairs.reverse();
}

/** For tests of word diffs: the text of one side, rebuilt from the parts. */
import type { WordPart } from '../word-diff.ts';

/** The older text (`removed`) or the newer one (`added`): the `same` parts with that side's own. */
export function textOfSide(parts: readonly WordPart[], side: 'added' | 'removed'): string {
  return parts
    .filter((part) => part.kind === 'same' || part.kind === side)
    .map((part) => part.text)
    .join('');
}

/**
 * A public build leaves drafts out, so a published entry that names a draft would point at a page
 * that does not exist. Editors either publish the draft or remove the reference.
 */
import { formatFieldPath, type ContentProblem } from '../lib/editor-errors.ts';
import { isDraft } from '../lib/publication.ts';
import { entriesWithReferences, keyOf } from './entries.ts';
import type { Rule } from './types.ts';

export const referencesToDrafts: Rule = {
  name: 'references to drafts',
  check(input) {
    if (input.includeDrafts) return { problems: [] };
    const walked = entriesWithReferences(input);
    const drafts = new Set(walked.filter(({ entry }) => isDraft(entry.data)).map(({ entry }) => keyOf(entry.type, entry.id)));
    if (drafts.size === 0) return { problems: [] };
    const problems: ContentProblem[] = [];
    for (const { entry, references } of walked) {
      if (isDraft(entry.data)) continue;
      for (const reference of references) {
        if (!drafts.has(keyOf(reference.collection, reference.id))) continue;
        problems.push({
          file: entry.file,
          ...(entry.entry === undefined ? {} : { entry: entry.entry }),
          field: formatFieldPath(reference.path),
          message: `„${reference.id}” ma status projekt, więc nie trafi do publicznej wersji serwisu, a ten opublikowany wpis by do niego prowadził; usuń odwołanie albo zmień status wpisu „${reference.id}” (podgląd z wersjami roboczymi: KB_DRAFTS=1)`,
        });
      }
    }
    return { problems };
  },
};

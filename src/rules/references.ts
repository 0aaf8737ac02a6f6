/**
 * Every reference names an entry that exists. A reference to an entry whose own file failed is
 * not reported again: it is a knock-on of that file's problem.
 */
import { contentLocation } from '../collections/files.ts';
import type { ContentTypeName } from '../collections/table.ts';
import { formatFieldPath, type ContentProblem } from '../lib/editor-errors.ts';
import { suggestId } from '../lib/references.ts';
import { entriesWithReferences, failedKeys, placesByKey, idsByType, keyOf, unreadableTypes } from './entries.ts';
import type { KnockOn, Rule } from './types.ts';

export const references: Rule = {
  name: 'references',
  check(input) {
    const known = idsByType(input);
    const failed = failedKeys(input);
    const places = placesByKey(input);
    const unreadable = unreadableTypes(input);
    const problems: ContentProblem[] = [];
    const knockOns: KnockOn[] = [];
    for (const { entry, references } of entriesWithReferences(input)) {
      for (const reference of references) {
        const type = reference.collection as ContentTypeName;
        const key = keyOf(type, reference.id);
        if (failed.has(key)) {
          knockOns.push({ cause: places.get(key)!, file: entry.file });
          continue;
        }
        const ids = known.get(type) ?? new Set<string>();
        if (ids.has(reference.id) || unreadable.has(type)) continue;
        const suggestion = suggestId(reference.id, ids);
        problems.push({
          file: entry.file,
          ...(entry.entry === undefined ? {} : { entry: entry.entry }),
          field: formatFieldPath(reference.path),
          message:
            `oczekiwano identyfikatora istniejącego wpisu z ${contentLocation(type)}; znaleziono „${reference.id}”, a takiego wpisu nie ma` +
            (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
        });
      }
    }
    return { problems, knockOns };
  },
};

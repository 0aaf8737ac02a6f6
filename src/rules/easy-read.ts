/**
 * An easy-to-read text sits at the address of the page it summarises (`/latwy-tekst/<id>/`), so
 * its file is named with that page's id; a guidance document it names must exist (models and
 * programmes are references, checked by ./references.ts).
 */
import { contentLocation } from '../collections/files.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { suggestId } from '../lib/references.ts';
import { EASY_READ_SUBJECT_FIELDS } from '../schemas/easy-read.ts';
import { addressId, readEntries } from './entries.ts';
import type { Rule } from './types.ts';
import { readingLevelOf } from '../collections/reading-level.ts';

type Subject = Partial<Record<(typeof EASY_READ_SUBJECT_FIELDS)[number], string | { id: string }>>;

export const easyReadSubjects: Rule = {
  name: 'easy-read subjects',
  check(input) {
    const problems: ContentProblem[] = [];
    const guides = new Set(input.entries.filter((entry) => entry.type === 'guides').map((entry) => addressId('guides', entry.id)));
    for (const entry of readEntries(input)) {
      if (readingLevelOf(entry.type) !== 'easy-read') continue;
      const subject = entry.data as Subject;
      const field = EASY_READ_SUBJECT_FIELDS.find((name) => subject[name] !== undefined);
      if (!field) continue;
      const value = subject[field]!;
      const id = typeof value === 'string' ? value : value.id;
      if (field === 'guide' && !guides.has(id)) {
        const suggestion = suggestId(id, guides);
        problems.push({
          file: entry.file,
          field,
          message:
            `oczekiwano nazwy folderu dokumentu z ${contentLocation('guides')}; znaleziono „${id}”, a takiego dokumentu nie ma` +
            (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
        });
      } else if (id !== entry.id) {
        problems.push({
          file: entry.file,
          field,
          message: `tekst łatwy do czytania ma adres strony, którą streszcza: nazwij plik „${id}” (z tym samym rozszerzeniem), a nie „${entry.id}”`,
        });
      }
    }
    return { problems };
  },
};

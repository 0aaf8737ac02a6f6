/**
 * TERYT codes across places: a place's code extends the code of the place it lies in (`parent`),
 * and no two places share a code (one of them would be the wrong place in joined statistics).
 */
import type { ContentProblem } from '../lib/editor-errors.ts';
import { terytParentProblem } from '../lib/teryt.ts';
import { keyOf, readEntries } from './entries.ts';
import type { Rule } from './types.ts';

interface Place {
  teryt?: string;
  parent?: { collection: string; id: string };
}

export const terytCodes: Rule = {
  name: 'teryt codes',
  check(input) {
    const withCodes = readEntries(input).filter((entry) => typeof (entry.data as Place).teryt === 'string');
    const byKey = new Map(withCodes.map((entry) => [keyOf(entry.type, entry.id), entry]));
    const problems: ContentProblem[] = [];
    const holders = new Map<string, string>();
    for (const entry of withCodes) {
      const { teryt, parent } = entry.data as Place & { teryt: string };
      const holder = holders.get(teryt);
      if (holder === undefined) holders.set(teryt, entry.file);
      else {
        problems.push({
          file: entry.file,
          field: 'teryt',
          message: `kod TERYT „${teryt}” ma już ${holder}; jeden kod oznacza jedno miejsce, więc sprawdź kod w rejestrze TERYT albo połącz oba wpisy`,
        });
      }
      const parentTeryt = parent ? (byKey.get(keyOf(parent.collection, parent.id))?.data as Place | undefined)?.teryt : undefined;
      if (parent === undefined || parentTeryt === undefined) continue;
      const message = terytParentProblem(teryt, { id: parent.id, teryt: parentTeryt });
      if (message) problems.push({ file: entry.file, field: 'teryt', message });
    }
    return { problems };
  },
};

/** Every `<Cite source="…" />` in a text names a source document of content/sources.yaml. */
import { contentLocation } from '../collections/files.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { suggestId } from '../lib/references.ts';
import { idsByType, unreadableTypes } from './entries.ts';
import type { Rule } from './types.ts';

/** The type `<Cite source>` names: the one the `Cite` component links to. */
const SOURCE_TYPE = 'sources';

export const citations: Rule = {
  name: 'citations',
  check(input) {
    if (unreadableTypes(input).has(SOURCE_TYPE)) return { problems: [] };
    const sources = idsByType(input).get(SOURCE_TYPE) ?? new Set<string>();
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      for (const citation of entry.body?.citations ?? []) {
        if (sources.has(citation.source)) continue;
        const suggestion = suggestId(citation.source, sources);
        problems.push({
          file: entry.file,
          field: `treść, wiersz ${citation.line}, <Cite source>`,
          message:
            `oczekiwano identyfikatora źródła z ${contentLocation(SOURCE_TYPE)}; znaleziono „${citation.source}”, a takiego źródła nie ma` +
            (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
        });
      }
    }
    return { problems };
  },
};

export const archivedCopies: Rule = {
  name: 'archived copies',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      if (entry.type !== SOURCE_TYPE || entry.data === undefined) continue;
      const { archivedCopy } = entry.data as { archivedCopy?: string };
      if (archivedCopy === undefined || input.archive.has(archivedCopy)) continue;
      const near = suggestId(archivedCopy, input.archive);
      problems.push({
        file: entry.file,
        ...(entry.entry === undefined ? {} : { entry: entry.entry }),
        field: 'archivedCopy',
        message:
          `w folderze content/archive/ nie ma pliku „${archivedCopy}”; każdy dokument źródłowy ma tam swoją kopię, więc dodaj plik albo popraw nazwę` +
          (near ? `. Czy chodziło o „${near}”?` : ''),
      });
    }
    return { problems };
  },
};

/**
 * A guidance document across its versions (numbered 1, 2, 3… without gaps, dates never going
 * back, a draft only as the newest) and the text of each version, whose every block must get a
 * citable number: `##` headings (§) and, under them, paragraphs and lists (ust.).
 */
import { contentTypes } from '../collections/table.ts';
import { checkVersions, versionFromFileName, type VersionFile } from '../lib/consultation/version-rules.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { BlockFact } from '../lib/markdown/body-facts.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { readEntries } from './entries.ts';
import type { Rule } from './types.ts';

export const guideVersions: Rule = {
  name: 'guide versions',
  check(input) {
    const byDocument = new Map<string, VersionFile[]>();
    for (const entry of readEntries(input)) {
      if (contentTypes[entry.type].storage !== 'versioned') continue;
      const document = documentIdOf(entry.id);
      const name = entry.file.slice(entry.file.lastIndexOf('/') + 1);
      byDocument.set(document, [
        ...(byDocument.get(document) ?? []),
        { file: entry.file, fileVersion: versionFromFileName(name), data: entry.data as VersionFile['data'] },
      ]);
    }
    return { problems: [...byDocument.values()].flatMap((files) => checkVersions(files)) };
  },
};

/** What is wrong with one top-level block of a guidance document's text; undefined when it may stand there. */
export function guideBlockProblem(block: BlockFact, afterFirstHeading: boolean): string | undefined {
  if (block.kind === 'heading') {
    return block.depth === 2
      ? undefined
      : `nagłówek stopnia ${block.depth}: w dokumencie do konsultacji są tylko nagłówki „## …” (każdy to kolejny paragraf §), a tytuł strony pochodzi z pola „title”`;
  }
  if (!afterFirstHeading) {
    return 'tekst przed pierwszym nagłówkiem „## …”: każdy ustęp musi należeć do paragrafu (§), więc treść zaczyna się od nagłówka drugiego stopnia';
  }
  switch (block.kind) {
    case 'paragraph':
    case 'list':
      return undefined;
    case 'blockquote':
      return 'cytat blokowy („> …”) nie jest dozwolony w dokumencie do konsultacji; napisz zwykły akapit';
    case 'table':
      return 'tabela nie jest dozwolona w dokumencie do konsultacji: uwagi odnoszą się do ustępów tekstu; opisz to akapitem albo listą';
    case 'code':
      return 'blok kodu nie jest dozwolony w dokumencie do konsultacji';
    case 'html':
    case 'component':
      return 'znacznik HTML lub komponent na początku wiersza nie jest dozwolony w dokumencie do konsultacji; dozwolone jest tylko <Cite source="…" /> wewnątrz akapitu';
    default:
      return 'ten rodzaj bloku nie jest dozwolony w dokumencie do konsultacji; dozwolone są nagłówki „## …”, akapity i listy';
  }
}

export const guideText: Rule = {
  name: 'guide text',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      if (!entry.body || contentTypes[entry.type].storage !== 'versioned') continue;
      let afterFirstHeading = false;
      for (const block of entry.body.blocks) {
        const message = guideBlockProblem(block, afterFirstHeading);
        if (block.kind === 'heading') afterFirstHeading = true;
        // One report of text before the first heading is enough: the rest follows from it.
        if (message && !afterFirstHeading) afterFirstHeading = true;
        if (message) problems.push({ file: entry.file, field: `treść, wiersz ${block.line}`, message });
      }
    }
    return { problems };
  },
};

/**
 * Guidance documents as pages see them: versions grouped per document, and each version's
 * rendered text with the numbered structure the Markdown pipeline recorded. Both are computed
 * once per build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { groupVersions, type GuideDocument } from '../lib/consultation/documents.ts';
import type { DocumentStructure } from '../lib/consultation/paragraphs.ts';

export type GuideVersionEntry = CollectionEntry<'guides'>;

/** A guidance document as other entries name it: by its folder, e.g. an easy-to-read text's subject. */
export const guideDocumentRef = (id: string) => ({ collection: 'guides', id }) as const;
export type Guide = GuideDocument<GuideVersionEntry>;

let documents: Promise<Guide[]> | undefined;

export function guideDocuments(): Promise<Guide[]> {
  documents ??= getCollection('guides').then((entries) => groupVersions(entries));
  return documents;
}

type Rendered = Awaited<ReturnType<typeof render>> & { structure: DocumentStructure };
const rendered = new Map<string, Promise<Rendered>>();

/** The version's content component, headings and numbered structure. */
export function renderVersion(entry: GuideVersionEntry): Promise<Rendered> {
  let result = rendered.get(entry.id);
  if (!result) {
    result = render(entry).then((output) => {
      const structure = output.remarkPluginFrontmatter?.structure as DocumentStructure | undefined;
      if (!structure) throw new Error(`${entry.filePath ?? `content/guides/${entry.id}`}: brak numeracji ustępów — wtyczka numerująca nie objęła tego pliku`);
      return { ...output, structure };
    });
    rendered.set(entry.id, result);
  }
  return result;
}

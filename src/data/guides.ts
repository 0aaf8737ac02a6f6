/**
 * Guidance documents as pages see them: versions grouped per document, and each version's
 * rendered text with the numbered structure the Markdown pipeline recorded (both computed once
 * per build), and the consulted versions the organiser's tool reads forms of.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { guideRoutes, sectionCrumb } from '../collections/routes.ts';
import { documentIdOf, groupVersions, type GuideDocument } from '../lib/consultation/documents.ts';
import type { ConsultedVersion } from '../lib/consultation/review/received-form.ts';
import { toIsoDate } from '../lib/dates.ts';
import type { DocumentStructure } from '../lib/consultation/paragraphs.ts';

export type GuideVersionEntry = CollectionEntry<'guides'>;

/** A guidance document as other entries name it: by its folder, e.g. an easy-to-read text's subject. */
export const guideDocumentRef = (id: string) => ({ collection: 'guides', id }) as const;

/** The documents' section in a page's breadcrumbs (the organiser's tool, the reports). */
export const guidesCrumb = () => sectionCrumb('guides');
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

/** Every version that was (or is) in consultation, newest first, as the organiser's tool knows it. */
export async function consultedVersions(): Promise<ConsultedVersion[]> {
  const versions = (await guideDocuments()).flatMap((guide) => guide.versions.filter((version) => version.data.consultation));
  const consulted = await Promise.all(
    versions.map(async (version) => {
      const { structure } = await renderVersion(version);
      const documentId = documentIdOf(version.id);
      return {
        documentId,
        title: version.data.title,
        version: version.data.version,
        address: guideRoutes.version(documentId, version.data.version),
        period: { from: toIsoDate(version.data.consultation!.from), to: toIsoDate(version.data.consultation!.to) },
        paragraphs: structure.paragraphs.map(({ id, label, text }) => ({ id, label, text })),
      };
    }),
  );
  return consulted.sort((a, b) => b.period.from.localeCompare(a.period.from) || a.title.localeCompare(b.title, 'pl-PL'));
}
